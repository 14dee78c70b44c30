#include "PgConnection.h"
#include "Cp1252.h"
#include "PgLocation.h"
#include <QCoreApplication>
#include <array>
#include <charconv>
#include <cmath>
#include <pqxx/except>
#include <pqxx/nontransaction>

// tablewriter is deprecated in 6.4 in favour of stream_to, whose raw-line
// writer is private; we need raw lines (our own escaping, large batches).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <pqxx/tablewriter>

namespace epidesk::pg {

ConnectionPtr connect(const PgLocation &location, QString *error) {
  try {
    auto c = std::make_unique<pqxx::connection>(location.conninfo());
    // libpqxx 6 silently reopens a broken connection, losing session state
    // such as a snapshot's search_path; callers reconnect explicitly instead.
    c->inhibit_reactivation(true);
    c->set_client_encoding("UTF8");
    pqxx::nontransaction(*c).exec("SET application_name = 'EpiDesk'");
    return c;
  } catch (const std::exception &e) {
    if (error)
      *error = QCoreApplication::translate("Warehouse", "Cannot connect to %1: %2")
                   .arg(location.display(), errorText(e));
    return nullptr;
  }
}

QString errorText(const std::exception &e) {
  return QString::fromUtf8(e.what()).trimmed();
}

namespace {

// UTF-8 of each Windows-1252 byte >= 0x80, from the one Cp1252 table.
const std::array<std::string, 128> &highBytesUtf8() {
  static const std::array<std::string, 128> table = [] {
    std::array<std::string, 128> t;
    for (int b = 0x80; b <= 0xFF; ++b)
      t[size_t(b - 0x80)] = QString(QChar(Cp1252::toUnicode(uchar(b)))).toStdString();
    return t;
  }();
  return table;
}

inline void appendEscaped(std::string &out, char c) {
  switch (c) {
  case '\\':
    out += "\\\\";
    break;
  case '\t':
    out += "\\t";
    break;
  case '\n':
    out += "\\n";
    break;
  case '\r':
    out += "\\r";
    break;
  case '\0':
    break; // COPY text cannot carry NUL bytes
  default:
    out.push_back(c);
  }
}

} // namespace

void CopyLine::separate() {
  if (!m_first)
    m_out.push_back('\t');
  m_first = false;
}

CopyLine &CopyLine::integer(qint64 v) {
  separate();
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  m_out.append(buf, size_t(r.ptr - buf));
  return *this;
}

CopyLine &CopyLine::real(double v) {
  separate();
  char buf[40]; // shortest text that reads back as the same double
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  m_out.append(buf, size_t(r.ptr - buf));
  return *this;
}

CopyLine &CopyLine::text(const QString &v) {
  separate();
  for (char c : v.toStdString())
    appendEscaped(m_out, c);
  return *this;
}

CopyLine &CopyLine::cp1252(QByteArrayView v) {
  separate();
  const auto &high = highBytesUtf8();
  for (char c : v) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80)
      m_out += high[b - 0x80];
    else
      appendEscaped(m_out, c);
  }
  return *this;
}

CopyLine &CopyLine::encoded(QByteArrayView v, TextEncoding encoding) {
  // UTF-8 goes through QString so ill-formed bytes become U+FFFD, which COPY accepts.
  return encoding == TextEncoding::Utf8 ? text(QString::fromUtf8(v)) : cp1252(v);
}

CopyLine &CopyLine::null() {
  separate();
  m_out += "\\N";
  return *this;
}

CopyStream::CopyStream(pqxx::transaction_base &tx, const std::string &table,
                       const std::vector<std::string> &columns)
    : m_writer(std::make_unique<pqxx::tablewriter>(tx, table, columns.begin(), columns.end())) {
  m_buffer.reserve(batchBytes + 4096);
}

CopyStream::~CopyStream() = default;

void CopyStream::flush() {
  if (m_buffer.empty())
    return;
  // write_raw_line appends the final newline itself.
  m_buffer.pop_back();
  m_writer->write_raw_line(m_buffer);
  m_buffer.clear();
}

void CopyStream::complete() {
  flush();
  m_writer->complete();
}

} // namespace epidesk::pg

#pragma GCC diagnostic pop
