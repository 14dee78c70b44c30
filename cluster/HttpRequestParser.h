#pragma once
#include "HttpMessage.h"
#include <QByteArrayView>

namespace epidesk {

// Incremental, socket-free HTTP/1.1 request parser (RFC 9112), strict where
// leniency enables request smuggling or stalls: fed bytes in any split, it
// yields complete requests in order or one terminal error {status, message}
// after which the connection must be closed. It never buffers more than one
// request head (Limits::maxHeaderBytes) plus one body (maxBodyBytes) beyond
// the bytes last fed; oversized heads (431) and bodies (413) are refused from
// the head alone. Only Content-Length framing: Transfer-Encoding gets 411.
class HttpRequestParser {
public:
  struct Limits {
    qsizetype maxHeaderBytes = 16 * 1024; // request line + fields + line ends
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 1 << 20;
  };
  enum class Status {
    NeedMore, // feed more bytes
    Continue, // head of an "Expect: 100-continue" request accepted, body not yet here
    Request,  // takeRequest() holds the next complete request
    Error,    // terminal; see error()
  };
  // What the buffered bytes are part of; the transport times each phase.
  enum class Phase { Idle, Head, Body };
  struct Error {
    int status = 0;
    QString message;
  };

  HttpRequestParser();
  explicit HttpRequestParser(const Limits &limits);

  void feed(QByteArrayView bytes);
  // Advances over the buffered bytes; call again after Continue or Request.
  Status next();
  HttpRequest takeRequest() { return std::move(m_done); }
  const Error &error() const { return m_error; }
  Phase phase() const;
  qsizetype bufferedBytes() const { return m_buffer.size() - m_pos; }
  const Limits &limits() const { return m_limits; }

private:
  Status parseHead();
  bool checkPendingLine();
  bool parseRequestLine(QByteArrayView line);
  bool parseField(QByteArrayView line);
  bool finishHead();
  bool fail(int status, const QString &message);
  void reset();

  Limits m_limits;
  QByteArray m_buffer;
  qsizetype m_pos = 0;  // first byte not consumed
  qsizetype m_scan = 0; // first byte of the pending line not yet checked
  bool m_inBody = false;
  bool m_haveRequestLine = false;
  qsizetype m_headBytes = 0;
  int m_fieldCount = 0;
  bool m_sawContentLength = false;
  bool m_sawTransferEncoding = false;
  bool m_sawHost = false;
  qint64 m_contentLength = 0;
  bool m_expectContinue = false;
  HttpRequest m_request; // being parsed
  HttpRequest m_done;    // complete, until taken
  Error m_error;
};

} // namespace epidesk
