#include "CovidPlReader.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <array>
#include <cstring>

namespace epidesk {

namespace {

constexpr int kMaxRawChars = 1000;
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

bool parseCount(QByteArrayView s, qint64 &out) {
  if (s.isEmpty() || s.size() > 12)
    return false;
  qint64 v = 0;
  for (char c : s) {
    if (c < '0' || c > '9')
      return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

QDate parseDay(QByteArrayView s) {
  qint64 v = 0;
  if (s.size() != 8 || !parseCount(s, v))
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

} // namespace

CovidPlReader::CovidPlReader(QString path, QSet<QString> knownDistricts)
    : m_path(std::move(path)), m_known(std::move(knownDistricts)) {}

CovidPlReadResult CovidPlReader::read(CovidPlRowHandler &handler,
                                      const std::function<bool(qint64)> &onProgress) const {
  CovidPlReadResult result;
  const QString fileName = QFileInfo(m_path).fileName();
  auto fail = [&](const QString &error) {
    result.status = CovidPlReadResult::Status::Failed;
    result.error = error;
    return result;
  };
  QFile file(m_path);
  if (QFileInfo(m_path).isDir() || !file.open(QIODevice::ReadOnly))
    return fail(QCoreApplication::translate("CovidPlReader", "Cannot read %1: %2")
                    .arg(m_path, QFileInfo(m_path).isDir()
                                     ? QCoreApplication::translate("CovidPlReader", "it is a folder")
                                     : file.errorString()));
  const QByteArray data = file.readAll();
  result.bytes = data.size();

  std::array<int, ColumnCount> index{};
  int fieldCount = 0;
  bool haveHeader = false;
  qint64 lineNo = 0;
  const char *p = data.constData(), *end = p + data.size();
  auto reject = [&](const char *b, const char *e, const QString &field, const QString &reason) {
    ++result.rowsQuarantined;
    QuarantineEntry q;
    q.file = fileName;
    q.line = lineNo;
    q.field = field;
    q.reason = reason;
    q.raw = QString::fromUtf8(b, std::min<qsizetype>(e - b, kMaxRawChars));
    handler.quarantine(std::move(q));
  };

  while (p < end) {
    const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    const char *b = p, *e = nl ? nl : end;
    p = nl ? nl + 1 : end;
    ++lineNo;
    if (e > b && e[-1] == '\r')
      --e;
    if (unquoted(b, e).trimmed().isEmpty())
      continue;
    const std::vector<QByteArrayView> f = split(b, e);
    if (!haveHeader) {
      for (int c = 0; c < ColumnCount; ++c) {
        index[c] = -1;
        for (size_t i = 0; i < f.size(); ++i)
          if (f[i].compare(QByteArrayView(kColumnNames[c]), Qt::CaseInsensitive) == 0)
            index[c] = int(i);
        if (index[c] < 0)
          return fail(QCoreApplication::translate("CovidPlReader",
                                                  "%1: the header has no column \"%2\"; expected new_cases, "
                                                  "deaths, teryt and date separated by tabs")
                          .arg(fileName, QLatin1String(kColumnNames[c])));
      }
      fieldCount = int(f.size());
      haveHeader = true;
      continue;
    }
    ++result.rowsRead;
    if ((result.rowsRead & 0xFFFF) == 0 && onProgress && !onProgress(qint64(b - data.constData()))) {
      result.status = CovidPlReadResult::Status::Canceled;
      return result;
    }
    if (int(f.size()) != fieldCount) {
      reject(b, e, QStringLiteral("row"),
             QCoreApplication::translate("CovidPlReader", "expected %1 fields, found %2")
                 .arg(fieldCount)
                 .arg(f.size()));
      continue;
    }
    CovidPlRow row;
    row.line = lineNo;
    if (!parseCount(f[size_t(index[Cases])], row.cases)) {
      reject(b, e, QLatin1String(kColumnNames[Cases]),
             QCoreApplication::translate("CovidPlReader", "new cases is not a non-negative integer"));
      continue;
    }
    if (!parseCount(f[size_t(index[Deaths])], row.deaths)) {
      reject(b, e, QLatin1String(kColumnNames[Deaths]),
             QCoreApplication::translate("CovidPlReader", "deaths is not a non-negative integer"));
      continue;
    }
    row.day = parseDay(f[size_t(index[Date])]);
    if (!row.day.isValid()) {
      reject(b, e, QLatin1String(kColumnNames[Date]),
             QCoreApplication::translate("CovidPlReader", "date is not a valid day written YYYYMMDD"));
      continue;
    }
    const QByteArrayView teryt = f[size_t(index[Teryt])];
    row.teryt = QString::fromUtf8(teryt);
    const QString code = row.teryt.startsWith(QLatin1Char('t')) ? row.teryt.mid(1) : row.teryt;
    if (m_known.contains(code))
      row.code = code;
    else
      ++result.unknownDistricts;
    ++result.rowsLoaded;
    handler.row(row);
  }
  if (!haveHeader)
    return fail(QCoreApplication::translate(
                    "CovidPlReader", "%1 has no header row; expected new_cases, deaths, teryt and date")
                    .arg(fileName));
  return result;
}

} // namespace epidesk
