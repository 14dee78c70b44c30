#include "SeriesCsvReader.h"
#include "CountField.h"
#include "CsvReader.h"
#include "InputFile.h"
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <cmath>
#include <map>
#include <optional>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class SeriesCsvReaderText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::SeriesCsvReader)
};

[[noreturn]] void fail(const QString &name, int line, const QString &field, const QString &message) {
  const QString where = line > 0 ? QStringLiteral("%1:%2").arg(name).arg(line) : name;
  throw SeriesCsvError((field.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                                        : QStringLiteral("%1: %2: %3").arg(where, field, message))
                           .toStdString());
}

struct Row {
  int line = 0;
  std::optional<double> value; // nullopt: missing (interpolated)
};

// The records of one file, under the header cap until the header is read.
class SeriesRows {
public:
  SeriesRows(const QString &name, const ReadLimits &limits) : m_name(name), m_limits(limits) {}

  void read(QIODevice &device) {
    CsvReader::Options options;
    options.maxRecordBytes = m_limits.maxHeaderBytes;
    CsvReader reader(device, options);
    CsvRecord record;
    while (reader.next(record)) {
      if (record.tooLong)
        tooLong(record.line);
      handle(record);
      if (header)
        reader.setMaxRecordBytes(m_limits.maxLineBytes);
    }
    if (reader.error() != CsvReader::Error::None)
      fail(m_name, int(reader.errorLine()), QString(), reader.errorString());
  }

  bool header = false;
  std::optional<Frequency> frequency;
  std::map<QDate, Row> rows;
  SeriesCsvReport rep;

private:
  [[noreturn]] void tooLong(qint64 lineNo) {
    if (!header)
      fail(m_name, int(lineNo), QString(),
           SeriesCsvReaderText::tr("the first line is longer than %1 bytes; expected the header "
                                   "\"period,value\"")
               .arg(m_limits.maxHeaderBytes));
    fail(m_name, int(lineNo), QString(),
         SeriesCsvReaderText::tr("line longer than %1 bytes").arg(m_limits.maxLineBytes));
  }

  void handle(const CsvRecord &record) {
    const int lineNo = int(record.line);
    const int fields = record.size();
    if (!header) {
      if (fields != 2 ||
          record.text(0).trimmed().compare(QLatin1String("period"), Qt::CaseInsensitive) != 0 ||
          record.text(1).trimmed().compare(QLatin1String("value"), Qt::CaseInsensitive) != 0)
        fail(m_name, lineNo, QString(), SeriesCsvReaderText::tr("expected the header \"period,value\""));
      header = true;
      return;
    }
    if (fields != 2)
      fail(m_name, lineNo, QString(),
           SeriesCsvReaderText::tr("expected 2 fields (period,value), found %1").arg(fields));
    ++rep.rows;

    const QString label = record.text(0).trimmed();
    const auto parsed = TimeSeries::parseLabel(label);
    if (!parsed)
      fail(m_name, lineNo, QStringLiteral("period"),
           SeriesCsvReaderText::tr("not a period (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY): \"%1\"")
               .arg(shortValue(label)));
    if (frequency && *frequency != parsed->first)
      fail(m_name, lineNo, QStringLiteral("period"),
           SeriesCsvReaderText::tr("\"%1\" has another format than the rows before it").arg(label));
    frequency = parsed->first;

    Row row{lineNo, std::nullopt};
    const QString valueText = record.text(1).trimmed();
    if (!valueText.isEmpty() && valueText.compare(QLatin1String("NA"), Qt::CaseInsensitive) != 0) {
      bool ok = false;
      const double v = QLocale::c().toDouble(valueText, &ok);
      if (!ok || !std::isfinite(v))
        fail(m_name, lineNo, QStringLiteral("value"),
             SeriesCsvReaderText::tr("not a number: \"%1\"").arg(shortValue(valueText)));
      row.value = v;
    }
    const auto [it, inserted] = rows.emplace(parsed->second, row);
    if (!inserted)
      fail(m_name, lineNo, QStringLiteral("period"),
           SeriesCsvReaderText::tr("duplicate period \"%1\" (first on line %2)")
               .arg(label)
               .arg(it->second.line));
  }

  const QString &m_name;
  const ReadLimits &m_limits;
};

TimeSeries readLines(QIODevice &device, const QString &name, SeriesCsvReport *report,
                     const ReadLimits &limits);

} // namespace

TimeSeries SeriesCsvReader::read(const QString &path, SeriesCsvReport *report, const ReadLimits &limits) {
  QFile file;
  QString why;
  if (!InputFile::open(file, path, limits.allowNonRegular, &why))
    fail(path, 0, QString(), SeriesCsvReaderText::tr("cannot open: %1").arg(why));
  return readLines(file, path, report, limits);
}

TimeSeries SeriesCsvReader::parse(const QByteArray &data, const QString &name, SeriesCsvReport *report,
                                  const ReadLimits &limits) {
  QBuffer buffer;
  buffer.setData(data);
  buffer.open(QIODevice::ReadOnly);
  return readLines(buffer, name, report, limits);
}

namespace {

TimeSeries readLines(QIODevice &device, const QString &name, SeriesCsvReport *report,
                     const ReadLimits &limits) {
  SeriesRows lines(name, limits);
  lines.read(device);
  const bool header = lines.header;
  const std::optional<Frequency> frequency = lines.frequency;
  const std::map<QDate, Row> &rows = lines.rows;
  SeriesCsvReport &rep = lines.rep;
  if (!header)
    fail(name, 0, QString(), SeriesCsvReaderText::tr("empty file: expected the header \"period,value\""));
  if (rows.empty())
    fail(name, 0, QString(), SeriesCsvReaderText::tr("no data rows"));
  if (!rows.begin()->second.value || !rows.rbegin()->second.value) {
    const Row &bad = rows.begin()->second.value ? rows.rbegin()->second : rows.begin()->second;
    fail(name, bad.line, QStringLiteral("value"),
         SeriesCsvReaderText::tr("missing at the first or last period (only inner gaps are interpolated)"));
  }

  TimeSeries series;
  series.code = QStringLiteral("series");
  series.frequency = *frequency;
  series.start = rows.begin()->first;
  const qint64 n = TimeSeries::stepsBetween(*frequency, series.start, rows.rbegin()->first) + 1;
  std::vector<std::optional<double>> known(static_cast<size_t>(n));
  for (const auto &[date, row] : rows)
    known[size_t(TimeSeries::stepsBetween(*frequency, series.start, date))] = row.value;

  // Linear interpolation between the nearest known neighbours.
  series.values.resize(size_t(n));
  qint64 prev = 0;
  for (qint64 i = 0; i < n; ++i) {
    if (known[size_t(i)]) {
      series.values[size_t(i)] = *known[size_t(i)];
      prev = i;
      continue;
    }
    qint64 next = i + 1;
    while (!known[size_t(next)])
      ++next;
    const double a = *known[size_t(prev)], b = *known[size_t(next)];
    series.values[size_t(i)] = a + (b - a) * double(i - prev) / double(next - prev);
    ++rep.gapsFilled;
    rep.filledPeriods << series.periodLabel(int(i));
  }
  if (report)
    *report = rep;
  return series;
}

} // namespace

} // namespace epidesk
