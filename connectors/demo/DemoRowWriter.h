#pragma once
// Demo generator: buffered CRLF/';' CSV writer — raw bytes into a large
// buffer, no QString per row. Header-only: it is called several times per row.
#include <QByteArray>
#include <QFile>

#include <cstring>
#include <vector>

namespace epidesk::demo {

class RowWriter {
public:
  explicit RowWriter(QFile &file) : m_file(file), m_buf(kSize) {}
  ~RowWriter() { flush(); }
  bool ok() const { return m_ok; }

  void field(const QByteArray &b) { append(b.constData(), size_t(b.size())); }
  void sep() { m_buf[m_n++] = ';'; }
  void number(qint64 v) {
    char tmp[24];
    int n = 0;
    const bool neg = v < 0;
    quint64 u = neg ? quint64(-v) : quint64(v);
    do {
      tmp[n++] = char('0' + u % 10);
      u /= 10;
    } while (u);
    if (neg)
      tmp[n++] = '-';
    while (n)
      m_buf[m_n++] = tmp[--n];
  }
  void endLine() {
    m_buf[m_n++] = '\r';
    m_buf[m_n++] = '\n';
    if (m_n > kSize - kMaxLine)
      flush();
  }
  void flush() {
    if (m_n && m_ok)
      m_ok = m_file.write(m_buf.data(), qint64(m_n)) == qint64(m_n);
    m_n = 0;
  }

private:
  static constexpr size_t kSize = 4u << 20;
  static constexpr size_t kMaxLine = 4096; // far above any row we write
  void append(const char *p, size_t n) {
    std::memcpy(m_buf.data() + m_n, p, n);
    m_n += n;
  }
  QFile &m_file;
  std::vector<char> m_buf;
  size_t m_n = 0;
  bool m_ok = true;
};

} // namespace epidesk::demo
