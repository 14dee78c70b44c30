#include "ForecastExport.h"
#include "CsvExport.h"
#include "ForecastChart.h"
#include "ForecastModel.h"
#include "MapScene.h"
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <qcustomplot.h>

namespace epidesk {

namespace {

QString name(const QMap<QString, QString> &names, const QString &code) {
  return names.value(code);
}

QFont pointFont(double points, bool bold = false) {
  QFont f;
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

} // namespace

QString ForecastExport::defaultTitle() {
  return tr("EpiDesk forecast report");
}

QString ForecastExport::modelName(const QString &id) {
  if (id == QLatin1String("auto"))
    return tr("Automatic (best backtest MASE)");
  if (const auto model = ForecastModelRegistry::create(id))
    return model->name();
  return id;
}

QByteArray ForecastExport::forecastsCsv(const ForecastResult &result, const QMap<QString, QString> &names) {
  QString out = QStringLiteral("code,name,period,mean,lo80,hi80,lo95,hi95\n");
  for (auto it = result.forecasts.cbegin(); it != result.forecasts.cend(); ++it) {
    const QString prefix = CsvExport::field(it.key()) + QLatin1Char(',') +
                           CsvExport::field(name(names, it.key())) + QLatin1Char(',');
    for (const ForecastPoint &p : it.value()) {
      out += prefix + CsvExport::field(p.period);
      for (double v : {p.mean, p.lo80, p.hi80, p.lo95, p.hi95})
        out += QLatin1Char(',') + CsvExport::number(v);
      out += QLatin1Char('\n');
    }
  }
  return out.toUtf8();
}

QByteArray ForecastExport::backtestCsv(const ForecastResult &result, const QMap<QString, QString> &names) {
  QString out = QStringLiteral("code,name,origins,mase,smape,coverage80,coverage95\n");
  for (auto it = result.backtest.cbegin(); it != result.backtest.cend(); ++it) {
    const BacktestScore &s = it.value();
    out += CsvExport::field(it.key()) + QLatin1Char(',') + CsvExport::field(name(names, it.key())) +
           QLatin1Char(',') + QString::number(s.origins);
    for (double v : {s.mase, s.smape, s.coverage80, s.coverage95})
      out += QLatin1Char(',') + CsvExport::number(v);
    out += QLatin1Char('\n');
  }
  return out.toUtf8();
}

bool ForecastExport::writeForecastsCsv(const ForecastResult &result, const QString &path,
                                       const QMap<QString, QString> &names, QString *error) {
  return CsvExport::writeFile(forecastsCsv(result, names), path, error);
}

bool ForecastExport::writePdf(const ForecastReportContent &c, const QString &path, QString *error) {
  // ReportWriter's page flow is private to it; this report is one fixed page.
  QPdfWriter writer(path);
  writer.setPageSize(QPageSize(QPageSize::A4));
  writer.setResolution(72); // one unit = one point
  writer.setPageMargins(QMarginsF(0, 0, 0, 0));
  const QString title = c.title.isEmpty() ? defaultTitle() : c.title;
  writer.setTitle(title);
  writer.setCreator(QStringLiteral("EpiDesk %1").arg(QCoreApplication::applicationVersion()));

  QCPPainter painter;
  if (!painter.begin(&writer)) {
    if (error)
      *error = tr("Cannot write the PDF %1").arg(path);
    return false;
  }
  painter.setMode(QCPPainter::pmVectorized);
  painter.setMode(QCPPainter::pmNoCaching);

  const double margin = 42;
  const double width = writer.width() - 2 * margin;
  double y = margin;
  auto text = [&](const QString &s, const QFont &font, const QColor &color = Qt::black) {
    painter.setFont(font);
    painter.setPen(color);
    const QRectF r = painter.boundingRect(QRectF(margin, y, width, 1e5), Qt::TextWordWrap, s);
    painter.drawText(QRectF(margin, y, width, r.height()), Qt::TextWordWrap, s);
    y += r.height() + 2;
  };

  text(title, pointFont(18, true));
  const QString district = c.districtName.isEmpty() ? c.district
                           : c.district.isEmpty()   ? c.districtName
                                                  : QStringLiteral("%1 (%2)").arg(c.districtName, c.district);
  if (!district.isEmpty())
    text(district, pointFont(12, true), QColor(60, 60, 60));
  y += 4;
  const QLocale locale;
  QStringList settings;
  if (!c.data.isEmpty())
    settings << tr("Data: %1").arg(c.data);
  if (!c.indicator.isEmpty())
    settings << tr("Indicator: %1").arg(c.indicator);
  settings << tr("Model: %1").arg(modelName(c.request.model));
  settings << tr("Horizon: %n period(s)", nullptr, c.request.horizon);
  settings << tr("Backtest origins: %1").arg(c.request.backtestOrigins);
  if (!c.request.options.isEmpty()) {
    QStringList options;
    for (auto it = c.request.options.constBegin(); it != c.request.options.constEnd(); ++it)
      options << QStringLiteral("%1 = %2").arg(it.key(), it.value().toVariant().toString());
    settings << tr("Model options: %1").arg(options.join(QStringLiteral(", ")));
  }
  settings << tr("Series forecast: %1").arg(c.result.forecasts.size());
  text(settings.join(QLatin1Char('\n')), pointFont(9.5));
  y += 6;

  if (c.map) {
    const double h = 300;
    text(c.mapDate.isEmpty() ? tr("Map") : tr("Map: %1").arg(c.mapDate), pointFont(11, true));
    const QRectF target(margin, y, width, h);
    c.map->render(&painter, target);
    painter.setFont(pointFont(7.5));
    const QSizeF legend = c.map->legendSizeHint(&painter);
    c.map->renderLegend(&painter, QRectF(QPointF(margin + 4, y + h - legend.height() - 4), legend));
    y += h + 8;
  }
  if (c.chart) {
    const double h = 230;
    text(tr("Forecast"), pointFont(11, true));
    c.chart->render(&painter, QRectF(margin, y, width, h));
    y += h + 6;
  }
  if (!c.district.isEmpty()) {
    QStringList lines;
    const auto analogues = c.result.analogues.value(c.district);
    if (!analogues.empty()) {
      QStringList parts;
      for (const Analogue &a : analogues)
        parts << QStringLiteral("%1 %2 (%3)").arg(a.district, a.start, locale.toString(a.distance, 'g', 3));
      lines << tr("Analogues: %1").arg(parts.join(QStringLiteral("; ")));
    }
    if (!lines.isEmpty())
      text(lines.join(QLatin1Char('\n')), pointFont(8));
  }
  QString footer =
      tr("Generated %1").arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
  if (!c.source.isEmpty())
    footer += QStringLiteral(" · ") + tr("Data: %1").arg(c.source);
  painter.setFont(pointFont(7.5));
  painter.setPen(Qt::darkGray);
  painter.drawText(QRectF(margin, writer.height() - margin, width, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   footer);

  if (!painter.end() || !QFileInfo::exists(path)) {
    if (error)
      *error = tr("Cannot write the PDF %1").arg(path);
    return false;
  }
  return true;
}

} // namespace epidesk
