#include "CsvExport.h"
#include "CsvCell.h"
#include <QCoreApplication>
#include <QSaveFile>
#include <cmath>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class CsvExportText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::CsvExport)
};

// cells: already written (CsvCell::text for text, number() for numbers).
QByteArray joinRow(const QStringList &cells) {
  return cells.join(QLatin1Char(',')).toUtf8() + '\n';
}
} // namespace

QString CsvExport::number(double value) {
  if (!std::isfinite(value))
    return {};
  return QString::number(value, 'g', 12); // QString::number is locale-independent
}

QByteArray CsvExport::trendTable(const TrendResult &result, double alpha) {
  QByteArray out =
      joinRow({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("n"), QStringLiteral("tau"),
               QStringLiteral("p_value"), QStringLiteral("sen_slope"), QStringLiteral("s"),
               QStringLiteral("z"), QStringLiteral("method"), QStringLiteral("significant")});
  for (auto it = result.trendTests.cbegin(); it != result.trendTests.cend(); ++it) {
    const TrendTest &t = it.value();
    out += joinRow({CsvCell::text(it.key()), CsvCell::text(result.names.value(it.key())),
                    QString::number(t.n), number(t.tau), number(t.pValue), number(t.senSlope), number(t.s),
                    number(t.z), CsvCell::text(t.method),
                    t.isSignificant(alpha) ? QStringLiteral("1") : QStringLiteral("0")});
  }
  return out;
}

QByteArray CsvExport::series(const TrendResult &result) {
  QByteArray out = joinRow(
      {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("period"), QStringLiteral("value")});
  for (auto it = result.series.cbegin(); it != result.series.cend(); ++it) {
    const QString prefix =
        CsvCell::text(it.key()) + QLatin1Char(',') + CsvCell::text(result.names.value(it.key()));
    for (const SeriesPoint &p : it.value())
      out += joinRow({prefix, CsvCell::text(p.period), number(p.value)});
  }
  return out;
}

bool CsvExport::writeFile(const QByteArray &data, const QString &path, QString *error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    if (error)
      *error = CsvExportText::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  if (file.write(data) != data.size() || !file.commit()) {
    if (error)
      *error = CsvExportText::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

bool CsvExport::writeTrendTable(const TrendResult &result, const QString &path, QString *error,
                                double alpha) {
  return writeFile(trendTable(result, alpha), path, error);
}

bool CsvExport::writeSeries(const TrendResult &result, const QString &path, QString *error) {
  return writeFile(series(result), path, error);
}

} // namespace epidesk
