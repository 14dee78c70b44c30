#pragma once
#include "TextEncoding.h"
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <pqxx/pqxx>
#include <string>

namespace pqxx {
class tablewriter;
}

namespace epidesk {

class PgLocation;

// libpqxx glue shared by the warehouse classes (libpqxx 6.4 API).
namespace pg {

using ConnectionPtr = std::unique_ptr<pqxx::connection>;

// Connects with client_encoding UTF8 (all text sent is UTF-8: ANVISA's
// Windows-1252 is decoded on the client, see CopyLine) and an
// application_name; nullptr and *error (never containing the password).
ConnectionPtr connect(const PgLocation &location, QString *error);

inline std::string str(const QString &s) {
  return s.toStdString();
}
inline QString qstr(const std::string &s) {
  return QString::fromStdString(s);
}
// An error message for users: the server's text without libpq's trailing newline.
QString errorText(const std::exception &e);

// Builds one row of COPY ... FROM STDIN (text format): fields separated by
// tabs, \N for NULL, backslash escapes for tab, newline, CR and backslash.
class CopyLine {
public:
  explicit CopyLine(std::string &out) : m_out(out) {}
  CopyLine &integer(qint64 v);
  CopyLine &integerOrNull(qint64 v, bool isNull) { return isNull ? null() : integer(v); }
  CopyLine &real(double v);
  CopyLine &text(const QString &v);
  // Windows-1252 bytes decoded to UTF-8 on the fly (ASCII bytes are copied).
  CopyLine &cp1252(QByteArrayView v);
  CopyLine &encoded(QByteArrayView v, TextEncoding encoding); // an ANVISA text field
  CopyLine &null();
  void end() { m_out.push_back('\n'); }

private:
  void separate();
  std::string &m_out;
  bool m_first = true;
};

// COPY table(columns) FROM STDIN inside a transaction, fed with CopyLine rows
// in batches so memory stays bounded and libpq gets large writes.
class CopyStream {
public:
  static constexpr size_t batchBytes = 1 << 18;
  CopyStream(pqxx::transaction_base &tx, const std::string &table, const std::vector<std::string> &columns);
  ~CopyStream();
  std::string &buffer() { return m_buffer; }
  // Call after each row: sends the batch once it is big enough.
  void rowDone() {
    if (m_buffer.size() >= batchBytes)
      flush();
  }
  void complete(); // sends the rest and ends the COPY (throws on server errors)

private:
  void flush();
  std::unique_ptr<pqxx::tablewriter> m_writer;
  std::string m_buffer;
};

} // namespace pg
} // namespace epidesk
