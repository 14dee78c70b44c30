#include "AnvisaReader.h"
#include "CountField.h"
#include "Geography.h"
#include "InputFile.h"
#include "LineChunker.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <array>
#include <cstring>

namespace epidesk {

namespace {

constexpr int kMaxRawChars = int(LineChunker::prefixBytes); // bounds the memory of a file full of bad rows

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
inline bool parseUnsigned(QByteArrayView s, qint64 &out, int maxDigits) {
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
  LineValidator(QString fileName, AnvisaFormat::Variant variant, const ReadLimits &limits,
                const EncodingDetector &encoding, AnvisaRecordHandler &handler, AnvisaReadResult &result)
      : m_file(std::move(fileName)), m_names(AnvisaFormat::columnNames(variant)), m_maxCount(limits.maxCount),
        m_encoding(encoding), m_handler(handler), m_result(result) {}

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
    r.encoding = m_encoding.encoding();
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
    if (!parseCount(f[AnvisaFormat::Quantity], m_maxCount, r.quantity))
      return reject(b, e, lineNo, m_names[AnvisaFormat::Quantity],
                    countProblem(f[AnvisaFormat::Quantity], m_maxCount,
                                 QCoreApplication::translate("AnvisaReader",
                                                             "quantity is not a non-negative integer")));
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
    // Last, so only rows that are loaded count towards the total.
    if (!checkedAdd(m_totalQuantity, r.quantity))
      return reject(b, e, lineNo, m_names[AnvisaFormat::Quantity], totalOverflowReason());
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
    q.raw = decodeText(QByteArrayView(b, std::min<qsizetype>(e - b, kMaxRawChars)), m_encoding.encoding());
    m_handler.quarantine(std::move(q));
  }

  void longLine(QByteArrayView prefix, qint64 lineNo, qint64 maxBytes) {
    ++m_result.rowsRead;
    reject(prefix.data(), prefix.data() + prefix.size(), lineNo, QStringLiteral("row"),
           QCoreApplication::translate("AnvisaReader", "line longer than %1 bytes").arg(maxBytes));
  }

  void flushWarnings() {
    for (int c = 0; c < AnvisaFormat::ColumnCount; ++c)
      if (m_warnings[c])
        m_result.warningsByField[m_names[c]] += m_warnings[c];
  }

private:
  void warn(AnvisaFormat::Column c) {
    ++m_result.warnings;
    ++m_warnings[c];
  }

  QString m_file;
  QStringList m_names;
  qint64 m_maxCount;
  const EncodingDetector &m_encoding;
  AnvisaRecordHandler &m_handler;
  AnvisaReadResult &m_result;
  std::array<qint64, AnvisaFormat::ColumnCount> m_warnings{};
  qint64 m_totalQuantity = 0;
};

inline bool isBlankLine(const char *b, const char *e) {
  for (; b < e; ++b)
    if (!isBlankByte(*b))
      return false;
  return true;
}

// The LineChunker handler of one file: the header first (under the header
// cap), then the rows. Sets result.error on a bad header.
class FileParser : public LineChunker::Handler {
public:
  FileParser(QString fileName, const ReadLimits &limits, LineChunker &chunker, AnvisaRecordHandler &handler,
             AnvisaReadResult &result, const std::function<bool(qint64)> &onChunk)
      : m_file(std::move(fileName)), m_limits(limits), m_chunker(chunker), m_handler(handler),
        m_result(result), m_onChunk(onChunk) {}

  bool data(const char *b, const char *e) {
    m_encoding.feed(QByteArrayView(b, e - b));
    return true;
  }
  bool line(const char *b, const char *e, qint64 lineNo) {
    if (isBlankLine(b, e))
      return true;
    if (m_validator) {
      m_validator->line(b, e, lineNo);
      return true;
    }
    const auto variant = AnvisaFormat::detectHeader(QByteArrayView(b, e - b));
    if (!variant) {
      // The field count only: the line itself may be anything (a symlink to a secret file).
      const qsizetype fields = QByteArrayView(b, e - b).count(AnvisaFormat::separator) + 1;
      m_result.error =
          QCoreApplication::translate("AnvisaReader", "%1: unknown header (%n field(s)); expected one of: %2",
                                      nullptr, int(fields))
              .arg(m_file, AnvisaFormat::expectedHeaders());
      return false;
    }
    m_validator.emplace(m_file, *variant, m_limits, m_encoding, m_handler, m_result);
    m_chunker.setMaxLineBytes(m_limits.maxLineBytes);
    return true;
  }
  bool longLine(QByteArrayView prefix, qint64 lineNo) {
    if (!m_validator) {
      m_result.error = QCoreApplication::translate(
                           "AnvisaReader", "%1: the first line is longer than %2 bytes, so not an ANVISA "
                                           "header; expected one of: %3")
                           .arg(m_file)
                           .arg(m_limits.maxHeaderBytes)
                           .arg(AnvisaFormat::expectedHeaders());
      return false;
    }
    m_validator->longLine(prefix, lineNo, m_limits.maxLineBytes);
    return true;
  }
  bool chunk(qint64 bytes) { return !m_onChunk || m_onChunk(bytes); }

  bool hasHeader() const { return m_validator.has_value(); }
  TextEncoding encoding() const { return m_encoding.encoding(); }
  void finish() {
    if (m_validator)
      m_validator->flushWarnings();
  }

private:
  QString m_file;
  const ReadLimits &m_limits;
  LineChunker &m_chunker;
  AnvisaRecordHandler &m_handler;
  AnvisaReadResult &m_result;
  const std::function<bool(qint64)> &m_onChunk;
  EncodingDetector m_encoding;
  std::optional<LineValidator> m_validator;
};

} // namespace

AnvisaReader::AnvisaReader(QString path, qint64 chunkBytes, ReadLimits limits)
    : m_path(std::move(path)), m_chunkBytes(std::max<qint64>(chunkBytes, 16)), m_limits(limits) {}

AnvisaReadResult AnvisaReader::read(AnvisaRecordHandler &handler,
                                    const std::function<bool(qint64)> &onChunk) const {
  AnvisaReadResult result;
  const QString fileName = QFileInfo(m_path).fileName();
  auto fail = [&](const QString &error) {
    result.status = AnvisaReadResult::Status::Failed;
    result.error = error;
    return result;
  };
  QFile file;
  QString why;
  if (!InputFile::open(file, m_path, m_limits.allowNonRegular, &why))
    return fail(InputFile::cannotRead(m_path, why));

  LineChunker chunker(file, m_chunkBytes, m_limits.maxHeaderBytes);
  FileParser parser(fileName, m_limits, chunker, handler, result, onChunk);
  const LineChunker::End end = chunker.run(parser);
  result.bytes = chunker.bytesRead();
  result.encoding = parser.encoding();
  switch (end) {
  case LineChunker::End::Stopped:
    return fail(result.error);
  case LineChunker::End::Canceled:
    result.status = AnvisaReadResult::Status::Canceled;
    return result;
  case LineChunker::End::ReadError:
    return fail(
        QCoreApplication::translate("AnvisaReader", "Cannot read %1: %2").arg(m_path, file.errorString()));
  case LineChunker::End::Done:
    break;
  }
  if (!parser.hasHeader())
    return fail(QCoreApplication::translate("AnvisaReader", "%1 has no header row; expected one of: %2")
                    .arg(fileName, AnvisaFormat::expectedHeaders()));
  parser.finish();
  return result;
}

} // namespace epidesk
