#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <algorithm>
#include <cstring>

namespace epidesk {

// Splits what a device holds into lines (LF or CRLF), reading fixed-size
// chunks so memory stays bounded whatever the input. A line longer than the
// current cap is reported once, with its first bytes, as soon as the cap is
// passed; the rest of it is skipped without being kept. The shared reading
// loop of the importers (ANVISA's hot path: keep it inline).
//
// run(handler) calls, in file order:
//   bool handler.data(const char *b, const char *e)   each chunk as read, before its lines
//   bool handler.line(const char *b, const char *e, qint64 lineNo)  without LF/CRLF
//   bool handler.longLine(QByteArrayView prefix, qint64 lineNo)     a line over the cap
//   bool handler.chunk(qint64 bytesRead)               after each chunk (false = Canceled)
// Each returns false to stop. Handlers may derive from LineChunker::Handler for
// the hooks they do not need.
class LineChunker {
public:
  enum class End { Done, Stopped, Canceled, ReadError };
  static constexpr qsizetype prefixBytes = 1000; // of a long line, for quarantine entries

  struct Handler {
    bool data(const char *, const char *) { return true; }
    bool chunk(qint64) { return true; }
  };

  LineChunker(QIODevice &device, qint64 chunkBytes, qint64 maxLineBytes)
      : m_device(device), m_chunkBytes(std::max<qint64>(chunkBytes, 16)), m_maxLine(maxLineBytes) {}

  // May change between lines, e.g. a tighter cap for the header.
  void setMaxLineBytes(qint64 bytes) { m_maxLine = bytes; }
  qint64 bytesRead() const { return m_bytes; }

  template <typename H> End run(H &handler);

private:
  template <typename H> bool deliver(H &handler, const char *b, const char *e) {
    ++m_lineNo;
    if (e > b && e[-1] == '\r')
      --e;
    if (e - b > m_maxLine)
      return handler.longLine(QByteArrayView(b, std::min<qsizetype>(e - b, prefixBytes)), m_lineNo);
    return handler.line(b, e, m_lineNo);
  }

  QIODevice &m_device;
  qint64 m_chunkBytes;
  qint64 m_maxLine;
  qint64 m_bytes = 0;
  qint64 m_lineNo = 0;
};

template <typename H> LineChunker::End LineChunker::run(H &handler) {
  QByteArray buffer;
  qsizetype kept = 0;    // bytes of an unfinished line at the front of buffer
  bool skipping = false; // inside a line already reported as too long
  for (;;) {
    buffer.resize(kept + m_chunkBytes);
    const qint64 n = m_device.read(buffer.data() + kept, m_chunkBytes);
    if (n < 0)
      return End::ReadError;
    m_bytes += n;
    const char *begin = buffer.constData();
    const char *end = begin + kept + n;
    const char *p = begin;
    if (n > 0 && !handler.data(begin + kept, end))
      return End::Stopped;
    if (skipping) {
      const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
      p = nl ? nl + 1 : end;
      skipping = !nl;
    }
    while (p < end) {
      const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
      if (!nl)
        break;
      if (!deliver(handler, p, nl))
        return End::Stopped;
      p = nl + 1;
    }
    if (n == 0) {
      if (p < end && !deliver(handler, p, end))
        return End::Stopped;
      return End::Done;
    }
    kept = end - p;
    if (kept > m_maxLine) {
      ++m_lineNo;
      if (!handler.longLine(QByteArrayView(p, std::min(kept, prefixBytes)), m_lineNo))
        return End::Stopped;
      skipping = true;
      kept = 0;
    } else if (kept > 0 && p != begin) {
      std::memmove(buffer.data(), p, size_t(kept));
    }
    if (!handler.chunk(m_bytes))
      return End::Canceled;
  }
}

} // namespace epidesk
