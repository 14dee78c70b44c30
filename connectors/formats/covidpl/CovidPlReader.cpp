#include "CovidPlReader.h"
#include "CountField.h"
#include "CsvReader.h"
#include "InputFile.h"
#include "Period.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <array>

namespace epidesk {

namespace {

enum Column { Cases, Deaths, Teryt, Date, ColumnCount };
const std::array<const char *, ColumnCount> kColumnNames = {"new_cases", "deaths", "teryt", "date"};

QDate parseDay(QByteArrayView s) {
  qint64 v = 0;
  if (s.size() != 8 || parseNonNegative(s, v) != IntegerParse::Ok)
    return {};
  return QDate(DayKey::year(v), DayKey::month(v), DayKey::day(v)); // invalid when out of range
}

QString columnName(Column c) {
  return QLatin1String(kColumnNames[size_t(c)]);
}

// A record of nothing but empty fields (blanks, tabs, "") is a blank line.
bool isBlank(const CsvRecord &record) {
  for (int i = 0; i < record.size(); ++i)
    if (!record.field(i).isEmpty())
      return false;
  return true;
}

// The records of one file: the header, then validated rows.
class RowParser {
public:
  RowParser(QString fileName, const QSet<QString> &known, const ReadLimits &limits, CsvReader &reader,
            CovidPlRowHandler &handler, CovidPlReadResult &result)
      : m_file(std::move(fileName)), m_known(known), m_limits(limits), m_reader(reader), m_handler(handler),
        m_result(result) {}

  // False stops reading (a bad header; the error is in the result).
  bool record(const CsvRecord &r) {
    if (r.tooLong)
      return longLine(r);
    if (isBlank(r))
      return true;
    if (!m_haveHeader)
      return header(r);
    ++m_result.rowsRead;
    const qint64 lineNo = r.line;
    if (r.size() != m_fieldCount)
      return reject(r, QStringLiteral("row"),
                    QCoreApplication::translate("CovidPlReader", "expected %1 fields, found %2")
                        .arg(m_fieldCount)
                        .arg(r.size()));
    CovidPlRow row;
    row.line = lineNo;
    const QByteArrayView cases = r.field(m_index[Cases]), deaths = r.field(m_index[Deaths]);
    if (!parseCount(cases, m_limits.maxCount, row.cases))
      return reject(r, columnName(Cases),
                    countProblem(cases, m_limits.maxCount,
                                 QCoreApplication::translate("CovidPlReader",
                                                             "new cases is not a non-negative integer")));
    if (!parseCount(deaths, m_limits.maxCount, row.deaths))
      return reject(
          r, columnName(Deaths),
          countProblem(deaths, m_limits.maxCount,
                       QCoreApplication::translate("CovidPlReader", "deaths is not a non-negative integer")));
    row.day = parseDay(r.field(m_index[Date]));
    if (!row.day.isValid())
      return reject(r, columnName(Date),
                    QCoreApplication::translate("CovidPlReader", "date is not a valid day written YYYYMMDD"));
    // Bounding the file's totals bounds every per-day sum of its rows.
    qint64 totalCases = m_totalCases, totalDeaths = m_totalDeaths;
    if (!checkedAdd(totalCases, row.cases))
      return reject(r, columnName(Cases), totalOverflowReason());
    if (!checkedAdd(totalDeaths, row.deaths))
      return reject(r, columnName(Deaths), totalOverflowReason());
    m_totalCases = totalCases;
    m_totalDeaths = totalDeaths;
    row.teryt = r.text(m_index[Teryt]);
    const QString code = row.teryt.startsWith(QLatin1Char('t')) ? row.teryt.mid(1) : row.teryt;
    if (m_known.contains(code))
      row.code = code;
    else
      ++m_result.unknownDistricts;
    ++m_result.rowsLoaded;
    m_handler.row(row);
    return true;
  }

  bool haveHeader() const { return m_haveHeader; }

private:
  bool longLine(const CsvRecord &r) {
    if (!m_haveHeader) {
      m_result.error = QCoreApplication::translate("CovidPlReader",
                                                   "%1: the first line is longer than %2 bytes, so not the "
                                                   "header; expected new_cases, deaths, teryt and date")
                           .arg(m_file)
                           .arg(m_limits.maxHeaderBytes);
      return false;
    }
    ++m_result.rowsRead;
    return reject(
        r, QStringLiteral("row"),
        QCoreApplication::translate("CovidPlReader", "line longer than %1 bytes").arg(m_limits.maxLineBytes));
  }

  bool header(const CsvRecord &r) {
    for (int c = 0; c < ColumnCount; ++c) {
      m_index[c] = -1;
      for (int i = 0; i < r.size(); ++i)
        if (r.field(i).compare(QByteArrayView(kColumnNames[c]), Qt::CaseInsensitive) == 0)
          m_index[c] = int(i);
      if (m_index[c] < 0) {
        m_result.error = QCoreApplication::translate(
                             "CovidPlReader", "%1: the header has no column \"%2\"; expected new_cases, "
                                              "deaths, teryt and date separated by tabs")
                             .arg(m_file, columnName(Column(c)));
        return false;
      }
    }
    m_fieldCount = r.size();
    m_haveHeader = true;
    m_reader.setMaxRecordBytes(m_limits.maxLineBytes);
    return true;
  }

  bool reject(const CsvRecord &r, const QString &field, const QString &reason) {
    ++m_result.rowsQuarantined;
    QuarantineEntry q;
    q.file = m_file;
    q.line = r.line;
    q.field = field;
    q.reason = reason;
    q.raw = QString::fromUtf8(r.raw().data(), r.raw().size());
    m_handler.quarantine(std::move(q));
    return true;
  }

  QString m_file;
  const QSet<QString> &m_known;
  const ReadLimits &m_limits;
  CsvReader &m_reader;
  CovidPlRowHandler &m_handler;
  CovidPlReadResult &m_result;
  std::array<int, ColumnCount> m_index{};
  int m_fieldCount = 0;
  bool m_haveHeader = false;
  qint64 m_totalCases = 0;
  qint64 m_totalDeaths = 0;
};

} // namespace

CovidPlReader::CovidPlReader(QString path, QSet<QString> knownDistricts, ReadLimits limits, qint64 chunkBytes)
    : m_path(std::move(path)), m_known(std::move(knownDistricts)), m_limits(limits),
      m_chunkBytes(chunkBytes) {}

CovidPlReadResult CovidPlReader::read(CovidPlRowHandler &handler,
                                      const std::function<bool(qint64)> &onProgress) const {
  CovidPlReadResult result;
  const QString fileName = QFileInfo(m_path).fileName();
  auto fail = [&](const QString &error) {
    result.status = CovidPlReadResult::Status::Failed;
    result.error = error;
    return result;
  };
  QFile file;
  QString why;
  if (!InputFile::open(file, m_path, m_limits.allowNonRegular, &why))
    return fail(InputFile::cannotRead(m_path, why));
  CsvReader::Options options;
  options.delimiter = '\t';
  options.maxRecordBytes = m_limits.maxHeaderBytes;
  options.chunkBytes = m_chunkBytes;
  CsvReader reader(file, options);
  RowParser parser(fileName, m_known, m_limits, reader, handler, result);
  CsvRecord record;
  qint64 reported = 0; // progress once per chunk read
  while (reader.next(record)) {
    result.bytes = reader.bytesRead();
    if (!parser.record(record))
      return fail(result.error);
    if (onProgress && result.bytes != reported && !onProgress(reported = result.bytes)) {
      result.status = CovidPlReadResult::Status::Canceled;
      return result;
    }
  }
  result.bytes = reader.bytesRead();
  if (reader.error() == CsvReader::Error::ReadError)
    return fail(
        QCoreApplication::translate("CovidPlReader", "Cannot read %1: %2").arg(m_path, file.errorString()));
  if (reader.error() != CsvReader::Error::None)
    return fail(QStringLiteral("%1:%2: %3").arg(fileName).arg(reader.errorLine()).arg(reader.errorString()));
  if (!parser.haveHeader())
    return fail(QCoreApplication::translate(
                    "CovidPlReader", "%1 has no header row; expected new_cases, deaths, teryt and date")
                    .arg(fileName));
  return result;
}

} // namespace epidesk
