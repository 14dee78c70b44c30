#include "AnvisaReader.h"
#include "Cp1252.h"
#include "Geography.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <array>
#include <cstring>

namespace epidesk {

namespace {

constexpr int kMaxRawChars = 1000; // bounds the memory of a file full of bad rows

inline bool isBlankByte(char c) {
  return c == ' ' || c == '\t';
}

inline QByteArrayView trimmed(const char *b, const char *e) {
  while (b < e && isBlankByte(*b))
    ++b;
  while (e > b && isBlankByte(e[-1]))
    --e;
  return QByteArrayView(b, e - b);
}

// Unsigned decimal integer of at most maxDigits digits, nothing else.
inline bool parseUnsigned(QByteArrayView s, qint64 &out, int maxDigits = 18) {
  if (s.isEmpty() || s.size() > maxDigits)
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

// Non-negative decimal such as "69", "69.0" or "69,5".
inline bool parseDecimal(QByteArrayView s, double &out) {
  if (s.isEmpty() || s.size() > 12)
    return false;
  double v = 0, scale = 0;
  bool digits = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digits = true;
      if (scale == 0) {
        v = v * 10 + (c - '0');
      } else {
        v += (c - '0') * scale;
        scale /= 10;
      }
    } else if ((c == '.' || c == ',') && scale == 0) {
      scale = 0.1;
    } else {
      return false;
    }
  }
  out = v;
  return digits;
}

// ICD-10 code: a letter, two digits, optionally '.' and one or two more characters.
inline bool isCid10(QByteArrayView s) {
  if (s.size() < 3 || s.size() > 6)
    return false;
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (!(upper(s[0]) || (s[0] >= 'a' && s[0] <= 'z')) || !digit(s[1]) || !digit(s[2]))
    return false;
  qsizetype i = 3;
  if (i < s.size() && s[i] == '.')
    ++i;
  const qsizetype rest = s.size() - i;
  if (rest < (i == 4 ? 1 : 0) || rest > 2)
    return false;
  for (; i < s.size(); ++i)
    if (!(digit(s[i]) || upper(s[i]) || s[i] == '-'))
      return false;
  return true;
}

// 'A'..'Z' pairs -> index in Geography::ufSiglas(), -1 otherwise.
const std::array<qint8, 26 * 26> &ufLookup() {
  static const std::array<qint8, 26 * 26> table = [] {
    std::array<qint8, 26 * 26> t;
    t.fill(-1);
    const QStringList &siglas = Geography::ufSiglas();
    for (int i = 0; i < siglas.size(); ++i) {
      const QString s = siglas[i];
      if (s.size() == 2 && Geography::isValidUfSigla(s))
        t[(s[0].unicode() - 'A') * 26 + (s[1].unicode() - 'A')] = qint8(i);
    }
    return t;
  }();
  return table;
}

inline int ufIndex(QByteArrayView s) {
  if (s.size() != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z')
    return -1;
  return ufLookup()[(s[0] - 'A') * 26 + (s[1] - 'A')];
}

// Validates lines of one file after its header and hands them on.
class LineValidator {
public:
  LineValidator(QString fileName, AnvisaFormat::Variant variant, AnvisaRecordHandler &handler,
                AnvisaReadResult &result)
      : m_file(std::move(fileName)), m_names(AnvisaFormat::columnNames(variant)), m_handler(handler),
        m_result(result) {}

  void line(const char *b, const char *e, qint64 lineNo) {
    ++m_result.rowsRead;
    std::array<QByteArrayView, AnvisaFormat::ColumnCount> f;
    int count = 0;
    const char *p = b;
    for (;;) {
      const char *sep = static_cast<const char *>(std::memchr(p, AnvisaFormat::separator, e - p));
      const char *end = sep ? sep : e;
      if (count < AnvisaFormat::ColumnCount)
        f[count] = trimmed(p, end);
      ++count;
      if (!sep)
        break;
      p = sep + 1;
    }
    if (count != AnvisaFormat::ColumnCount)
      return reject(b, e, lineNo, QStringLiteral("row"),
                    QCoreApplication::translate("AnvisaReader", "expected %1 fields, found %2")
                        .arg(int(AnvisaFormat::ColumnCount))
                        .arg(count));

    AnvisaRecord r;
    r.line = lineNo;
    qint64 v = 0;
    if (!parseUnsigned(f[AnvisaFormat::Year], v, 4) || v < 1990 || v > 2100)
      return reject(b, e, lineNo, m_names[AnvisaFormat::Year],
                    QCoreApplication::translate("AnvisaReader", "year is not an integer from 1990 to 2100"));
    r.year = int(v);
    if (!parseUnsigned(f[AnvisaFormat::Month], v, 2) || v < 1 || v > 12)
      return reject(b, e, lineNo, m_names[AnvisaFormat::Month],
                    QCoreApplication::translate("AnvisaReader", "month is not an integer from 1 to 12"));
    r.month = int(v);
    r.ufIndex = ufIndex(f[AnvisaFormat::Uf]);
    if (r.ufIndex < 0)
      return reject(b, e, lineNo, m_names[AnvisaFormat::Uf],
                    QCoreApplication::translate("AnvisaReader", "not one of the 27 UF abbreviations"));
    if (!parseUnsigned(f[AnvisaFormat::Quantity], r.quantity))
      return reject(b, e, lineNo, m_names[AnvisaFormat::Quantity],
                    QCoreApplication::translate("AnvisaReader", "quantity is not a non-negative integer"));
    r.ingredient = f[AnvisaFormat::Ingredient];
    if (r.ingredient.isEmpty())
      return reject(b, e, lineNo, m_names[AnvisaFormat::Ingredient],
                    QCoreApplication::translate("AnvisaReader", "active ingredient is empty"));
    r.municipality = f[AnvisaFormat::Municipality];
    r.unit = f[AnvisaFormat::Unit];

    // Optional fields: malformed -> null and a warning.
    const QByteArrayView receipt = f[AnvisaFormat::ReceiptType];
    if (!receipt.isEmpty()) {
      if (receipt.size() == 1 && receipt[0] >= '1' && receipt[0] <= '5')
        r.receiptType = receipt[0] - '0';
      else
        warn(AnvisaFormat::ReceiptType);
    }
    const QByteArrayView cid = f[AnvisaFormat::Cid10];
    if (!cid.isEmpty()) {
      if (isCid10(cid))
        r.cid10 = cid;
      else
        warn(AnvisaFormat::Cid10);
    }
    const QByteArrayView sex = f[AnvisaFormat::Sex];
    if (!sex.isEmpty()) {
      if (sex.size() == 1 && (sex[0] == '1' || sex[0] == '2'))
        r.sex = sex[0] - '0';
      else
        warn(AnvisaFormat::Sex);
    }
    const QByteArrayView age = f[AnvisaFormat::Age];
    if (!age.isEmpty()) {
      double a = 0;
      if (parseDecimal(age, a) && a <= 200)
        r.age = a;
      else
        warn(AnvisaFormat::Age);
    }
    const QByteArrayView ageUnit = f[AnvisaFormat::AgeUnit];
    if (!ageUnit.isEmpty()) {
      if (ageUnit.size() == 1 && (ageUnit[0] == '1' || ageUnit[0] == '2'))
        r.ageUnit = ageUnit[0] - '0';
      else
        warn(AnvisaFormat::AgeUnit);
    }
    ++m_result.rowsLoaded;
    m_handler.record(r);
  }

  void reject(const char *b, const char *e, qint64 lineNo, const QString &field, const QString &reason) {
    ++m_result.rowsQuarantined;
    QuarantineEntry q;
    q.file = m_file;
    q.line = lineNo;
    q.field = field;
    q.reason = reason;
    q.raw = Cp1252::toUnicode(QByteArrayView(b, std::min<qsizetype>(e - b, kMaxRawChars)));
    m_handler.quarantine(std::move(q));
  }

private:
  void warn(AnvisaFormat::Column c) {
    ++m_result.warnings;
    ++m_warnings[c];
  }

public:
  void flushWarnings() {
    for (int c = 0; c < AnvisaFormat::ColumnCount; ++c)
      if (m_warnings[c])
        m_result.warningsByField[m_names[c]] += m_warnings[c];
  }

private:
  QString m_file;
  QStringList m_names;
  AnvisaRecordHandler &m_handler;
  AnvisaReadResult &m_result;
  std::array<qint64, AnvisaFormat::ColumnCount> m_warnings{};
};

inline bool isBlankLine(const char *b, const char *e) {
  for (; b < e; ++b)
    if (!isBlankByte(*b))
      return false;
  return true;
}

} // namespace

AnvisaReader::AnvisaReader(QString path, qint64 chunkBytes)
    : m_path(std::move(path)), m_chunkBytes(std::max<qint64>(chunkBytes, 16)) {}

AnvisaReadResult AnvisaReader::read(AnvisaRecordHandler &handler,
                                    const std::function<bool(qint64)> &onChunk) const {
  AnvisaReadResult result;
  const QString fileName = QFileInfo(m_path).fileName();
  auto fail = [&](const QString &error) {
    result.status = AnvisaReadResult::Status::Failed;
    result.error = error;
    return result;
  };
  QFile file(m_path);
  if (QFileInfo(m_path).isDir() || !file.open(QIODevice::ReadOnly))
    return fail(QCoreApplication::translate("AnvisaReader", "Cannot read %1: %2")
                    .arg(m_path, QFileInfo(m_path).isDir()
                                     ? QCoreApplication::translate("AnvisaReader", "it is a folder")
                                     : file.errorString()));

  std::optional<LineValidator> validator;
  QByteArray buffer;
  qsizetype kept = 0;        // bytes of an unfinished line at the front of buffer
  bool skippingLong = false; // inside a line longer than maxLineBytes
  QByteArray longLinePrefix; // its beginning, kept for the quarantine entry
  qint64 lineNo = 0;

  // Returns false when the header is wrong (result.error set).
  auto handleLine = [&](const char *b, const char *e) -> bool {
    ++lineNo;
    if (e > b && e[-1] == '\r')
      --e;
    if (isBlankLine(b, e))
      return true;
    if (validator) {
      validator->line(b, e, lineNo);
      return true;
    }
    const QByteArrayView header(b, e - b);
    const auto variant = AnvisaFormat::detectHeader(header);
    if (!variant) {
      fail(QCoreApplication::translate("AnvisaReader", "%1: unknown header \"%2\"; expected one of: %3")
               .arg(fileName, Cp1252::toUnicode(header.first(std::min<qsizetype>(header.size(), 300))),
                    AnvisaFormat::expectedHeaders()));
      return false;
    }
    validator.emplace(fileName, *variant, handler, result);
    return true;
  };
  auto handleLongLine = [&]() {
    ++lineNo;
    if (!validator) {
      fail(QCoreApplication::translate("AnvisaReader",
                                       "%1: the first line is not an ANVISA header; expected one of: %2")
               .arg(fileName, AnvisaFormat::expectedHeaders()));
      return false;
    }
    ++result.rowsRead;
    validator->reject(
        longLinePrefix.constData(), longLinePrefix.constData() + longLinePrefix.size(), lineNo,
        QStringLiteral("row"),
        QCoreApplication::translate("AnvisaReader", "line longer than %1 bytes").arg(maxLineBytes));
    longLinePrefix.clear();
    skippingLong = false;
    return true;
  };

  for (;;) {
    buffer.resize(kept + m_chunkBytes);
    const qint64 n = file.read(buffer.data() + kept, m_chunkBytes);
    if (n < 0)
      return fail(
          QCoreApplication::translate("AnvisaReader", "Cannot read %1: %2").arg(m_path, file.errorString()));
    result.bytes += n;
    const bool atEnd = n == 0;
    const char *begin = buffer.constData();
    const char *end = begin + kept + n;
    const char *p = begin;
    while (p < end) {
      const char *nl = static_cast<const char *>(std::memchr(p, '\n', end - p));
      if (!nl)
        break;
      if (skippingLong) {
        if (!handleLongLine())
          return result;
      } else if (!handleLine(p, nl)) {
        return result;
      }
      p = nl + 1;
    }
    if (atEnd) {
      if (skippingLong) {
        if (!handleLongLine())
          return result;
      } else if (p < end && !handleLine(p, end)) {
        return result;
      }
      break;
    }
    kept = end - p;
    if (skippingLong) {
      kept = 0; // still inside the long line: drop its bytes
    } else if (kept > maxLineBytes) {
      skippingLong = true;
      longLinePrefix = QByteArray(p, kMaxRawChars);
      kept = 0;
    } else if (kept > 0 && p != begin) {
      std::memmove(buffer.data(), p, kept);
    }
    if (onChunk && !onChunk(result.bytes)) {
      result.status = AnvisaReadResult::Status::Canceled;
      return result;
    }
  }
  if (!validator)
    return fail(QCoreApplication::translate("AnvisaReader", "%1 has no header row; expected one of: %2")
                    .arg(fileName, AnvisaFormat::expectedHeaders()));
  validator->flushWarnings();
  return result;
}

} // namespace epidesk
