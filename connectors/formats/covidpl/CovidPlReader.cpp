#include "CovidPlReader.h"
#include "CountField.h"
#include "InputFile.h"
#include "LineChunker.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <array>
#include <cstring>

namespace epidesk {

namespace {

enum Column { Cases, Deaths, Teryt, Date, ColumnCount };
const std::array<const char *, ColumnCount> kColumnNames = {"new_cases", "deaths", "teryt", "date"};

// Field without surrounding blanks and double quotes.
QByteArrayView unquoted(const char *b, const char *e) {
  while (b < e && (*b == ' ' || *b == '\t'))
    ++b;
  while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
    --e;
  if (e - b >= 2 && *b == '"' && e[-1] == '"')
    ++b, --e;
  return QByteArrayView(b, e - b);
}

QDate parseDay(QByteArrayView s) {
  qint64 v = 0;
  if (s.size() != 8 || parseNonNegative(s, v) != IntegerParse::Ok)
    return {};
  return QDate(int(v / 10000), int(v / 100 % 100), int(v % 100)); // invalid when out of range
}

std::vector<QByteArrayView> split(const char *b, const char *e) {
  std::vector<QByteArrayView> fields;
  for (const char *p = b;;) {
    const char *tab = static_cast<const char *>(std::memchr(p, '\t', size_t(e - p)));
    fields.push_back(unquoted(p, tab ? tab : e));
    if (!tab)
      break;
    p = tab + 1;
  }
  return fields;
}

QString columnName(Column c) {
  return QLatin1String(kColumnNames[size_t(c)]);
}

// The LineChunker handler of one file: the header, then validated rows.
class RowParser : public LineChunker::Handler {
public:
  RowParser(QString fileName, const QSet<QString> &known, const ReadLimits &limits, LineChunker &chunker,
            CovidPlRowHandler &handler, CovidPlReadResult &result,
            const std::function<bool(qint64)> &onProgress)
      : m_file(std::move(fileName)), m_known(known), m_limits(limits), m_chunker(chunker), m_handler(handler),
        m_result(result), m_onProgress(onProgress) {}

  bool line(const char *b, const char *e, qint64 lineNo) {
    if (unquoted(b, e).trimmed().isEmpty())
      return true;
    const std::vector<QByteArrayView> f = split(b, e);
    if (!m_haveHeader)
      return header(f);
    ++m_result.rowsRead;
    if (int(f.size()) != m_fieldCount)
      return reject(b, e, lineNo, QStringLiteral("row"),
                    QCoreApplication::translate("CovidPlReader", "expected %1 fields, found %2")
                        .arg(m_fieldCount)
                        .arg(f.size()));
    CovidPlRow row;
    row.line = lineNo;
    const QByteArrayView cases = f[size_t(m_index[Cases])], deaths = f[size_t(m_index[Deaths])];
    if (!parseCount(cases, m_limits.maxCount, row.cases))
      return reject(b, e, lineNo, columnName(Cases),
                    countProblem(cases, m_limits.maxCount,
                                 QCoreApplication::translate("CovidPlReader",
                                                             "new cases is not a non-negative integer")));
    if (!parseCount(deaths, m_limits.maxCount, row.deaths))
      return reject(
          b, e, lineNo, columnName(Deaths),
          countProblem(deaths, m_limits.maxCount,
                       QCoreApplication::translate("CovidPlReader", "deaths is not a non-negative integer")));
    row.day = parseDay(f[size_t(m_index[Date])]);
    if (!row.day.isValid())
      return reject(b, e, lineNo, columnName(Date),
                    QCoreApplication::translate("CovidPlReader", "date is not a valid day written YYYYMMDD"));
    // Bounding the file's totals bounds every per-day sum of its rows.
    qint64 totalCases = m_totalCases, totalDeaths = m_totalDeaths;
    if (!checkedAdd(totalCases, row.cases))
      return reject(b, e, lineNo, columnName(Cases), totalOverflowReason());
    if (!checkedAdd(totalDeaths, row.deaths))
      return reject(b, e, lineNo, columnName(Deaths), totalOverflowReason());
    m_totalCases = totalCases;
    m_totalDeaths = totalDeaths;
    row.teryt = QString::fromUtf8(f[size_t(m_index[Teryt])]);
    const QString code = row.teryt.startsWith(QLatin1Char('t')) ? row.teryt.mid(1) : row.teryt;
    if (m_known.contains(code))
      row.code = code;
    else
      ++m_result.unknownDistricts;
    ++m_result.rowsLoaded;
    m_handler.row(row);
    return true;
  }

  bool longLine(QByteArrayView prefix, qint64 lineNo) {
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
        prefix.data(), prefix.data() + prefix.size(), lineNo, QStringLiteral("row"),
        QCoreApplication::translate("CovidPlReader", "line longer than %1 bytes").arg(m_limits.maxLineBytes));
  }

  bool chunk(qint64 bytes) { return !m_onProgress || m_onProgress(bytes); }
  bool haveHeader() const { return m_haveHeader; }

private:
  bool header(const std::vector<QByteArrayView> &f) {
    for (int c = 0; c < ColumnCount; ++c) {
      m_index[c] = -1;
      for (size_t i = 0; i < f.size(); ++i)
        if (f[i].compare(QByteArrayView(kColumnNames[c]), Qt::CaseInsensitive) == 0)
          m_index[c] = int(i);
      if (m_index[c] < 0) {
        m_result.error = QCoreApplication::translate(
                             "CovidPlReader", "%1: the header has no column \"%2\"; expected new_cases, "
                                              "deaths, teryt and date separated by tabs")
                             .arg(m_file, columnName(Column(c)));
        return false;
      }
    }
    m_fieldCount = int(f.size());
    m_haveHeader = true;
    m_chunker.setMaxLineBytes(m_limits.maxLineBytes);
    return true;
  }

  bool reject(const char *b, const char *e, qint64 lineNo, const QString &field, const QString &reason) {
    ++m_result.rowsQuarantined;
    QuarantineEntry q;
    q.file = m_file;
    q.line = lineNo;
    q.field = field;
    q.reason = reason;
    q.raw = QString::fromUtf8(b, std::min<qsizetype>(e - b, LineChunker::prefixBytes));
    m_handler.quarantine(std::move(q));
    return true;
  }

  QString m_file;
  const QSet<QString> &m_known;
  const ReadLimits &m_limits;
  LineChunker &m_chunker;
  CovidPlRowHandler &m_handler;
  CovidPlReadResult &m_result;
  const std::function<bool(qint64)> &m_onProgress;
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
  LineChunker chunker(file, m_chunkBytes, m_limits.maxHeaderBytes);
  RowParser parser(fileName, m_known, m_limits, chunker, handler, result, onProgress);
  const LineChunker::End end = chunker.run(parser);
  result.bytes = chunker.bytesRead();
  switch (end) {
  case LineChunker::End::Stopped:
    return fail(result.error);
  case LineChunker::End::Canceled:
    result.status = CovidPlReadResult::Status::Canceled;
    return result;
  case LineChunker::End::ReadError:
    return fail(
        QCoreApplication::translate("CovidPlReader", "Cannot read %1: %2").arg(m_path, file.errorString()));
  case LineChunker::End::Done:
    break;
  }
  if (!parser.haveHeader())
    return fail(QCoreApplication::translate(
                    "CovidPlReader", "%1 has no header row; expected new_cases, deaths, teryt and date")
                    .arg(fileName));
  return result;
}

} // namespace epidesk
