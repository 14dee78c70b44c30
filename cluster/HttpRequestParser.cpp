#include "HttpRequestParser.h"
#include <QCoreApplication>
#include <cstring>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class ParserText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::HttpRequestParser)
};

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}
bool isAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isHex(char c) {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// RFC 9110 §5.6.2 tchar.
bool isTokenChar(char c) {
  return isAlpha(c) || isDigit(c) || (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c));
}
bool isToken(QByteArrayView s) {
  if (s.isEmpty())
    return false;
  for (char c : s)
    if (!isTokenChar(c))
      return false;
  return true;
}
// RFC 3986 pchar minus '%' (checked separately), plus '/' and '?'.
bool isTargetChar(char c) {
  return isAlpha(c) || isDigit(c) || (c != 0 && std::strchr("-._~!$&'()*+,;=:@/?", c));
}
bool isOws(char c) {
  return c == ' ' || c == '\t';
}
QByteArrayView trimOws(QByteArrayView s) {
  while (!s.isEmpty() && isOws(s.front()))
    s = s.sliced(1);
  while (!s.isEmpty() && isOws(s.back()))
    s.chop(1);
  return s;
}
// Field values may hold HTAB, visible ASCII and obs-text, never other controls.
bool isValidValue(QByteArrayView s) {
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t') || c == 0x7f)
      return false;
  }
  return true;
}
// "HTTP/" DIGIT+ ["." DIGIT+]: well-formed enough to answer 505 rather than 400.
bool looksLikeHttpVersion(QByteArrayView v) {
  if (!v.startsWith("HTTP/") || v.size() == 5)
    return false;
  bool dot = false;
  char previous = '/';
  for (char c : v.sliced(5)) {
    if (c == '.' && !dot && isDigit(previous))
      dot = true;
    else if (!isDigit(c))
      return false;
    previous = c;
  }
  return isDigit(previous);
}
bool validTarget(QByteArrayView t) {
  if (!t.startsWith('/'))
    return false;
  for (qsizetype i = 0; i < t.size(); ++i) {
    if (t[i] == '%') {
      if (i + 2 >= t.size() || !isHex(t[i + 1]) || !isHex(t[i + 2]))
        return false;
      i += 2;
    } else if (!isTargetChar(t[i])) {
      return false;
    }
  }
  return true;
}
QList<QByteArray> commaList(const QByteArray &value) {
  QList<QByteArray> out;
  for (const QByteArray &item : value.split(','))
    out.append(item.trimmed().toLower());
  return out;
}
} // namespace

HttpRequestParser::HttpRequestParser() : HttpRequestParser(Limits()) {}

HttpRequestParser::HttpRequestParser(const Limits &limits) : m_limits(limits) {}

void HttpRequestParser::feed(QByteArrayView bytes) {
  if (m_error.status != 0)
    return; // terminal: nothing more is read
  if (m_pos == m_buffer.size()) {
    m_buffer.clear();
    m_scan -= m_pos;
    m_pos = 0;
  } else if (m_pos > 4096 && m_pos * 2 > m_buffer.size()) {
    // Amortised compaction: pipelined requests must not cost O(n^2) moves.
    m_buffer.remove(0, m_pos);
    m_scan -= m_pos;
    m_pos = 0;
  }
  m_buffer.append(bytes.data(), bytes.size());
}

HttpRequestParser::Phase HttpRequestParser::phase() const {
  if (m_inBody)
    return Phase::Body;
  return m_haveRequestLine || bufferedBytes() > 0 || m_headBytes > 0 ? Phase::Head : Phase::Idle;
}

HttpRequestParser::Status HttpRequestParser::next() {
  if (m_error.status != 0)
    return Status::Error;
  if (!m_inBody) {
    const Status s = parseHead();
    if (!m_inBody)
      return s;
    if (m_expectContinue && bufferedBytes() < m_contentLength) {
      m_expectContinue = false; // reported once
      return Status::Continue;
    }
  }
  if (bufferedBytes() < m_contentLength)
    return Status::NeedMore;
  m_request.body = m_buffer.mid(m_pos, m_contentLength);
  m_pos += m_contentLength;
  m_scan = m_pos;
  m_done = std::move(m_request);
  reset();
  return Status::Request;
}

void HttpRequestParser::reset() {
  m_request = HttpRequest();
  m_inBody = m_haveRequestLine = m_sawContentLength = m_sawTransferEncoding = m_sawHost = false;
  m_expectContinue = false;
  m_headBytes = 0;
  m_fieldCount = 0;
  m_contentLength = 0;
}

bool HttpRequestParser::fail(int status, const QString &message) {
  m_error = {status, message};
  m_buffer.clear(); // nothing after an error is ever parsed
  m_pos = m_scan = 0;
  return false;
}

// A bare CR or a NUL fails as soon as it arrives, not when its line ends.
bool HttpRequestParser::checkPendingLine() {
  const qsizetype end = m_buffer.size();
  for (qsizetype i = m_scan; i < end; ++i) {
    const char c = m_buffer.at(i);
    if (c == '\0')
      return fail(400, ParserText::tr("NUL byte in the request head"));
    if (c == '\r' && i + 1 < end && m_buffer.at(i + 1) != '\n')
      return fail(400, ParserText::tr("bare CR in the request head"));
  }
  m_scan = end > m_scan && m_buffer.at(end - 1) == '\r' ? end - 1 : end;
  return true;
}

HttpRequestParser::Status HttpRequestParser::parseHead() {
  const QString tooLarge = ParserText::tr("request header too large");
  while (!m_inBody) {
    const qsizetype nl = m_buffer.indexOf('\n', m_scan);
    if (nl < 0) {
      if (!checkPendingLine())
        return Status::Error;
      if (m_headBytes + bufferedBytes() > m_limits.maxHeaderBytes) {
        fail(431, tooLarge);
        return Status::Error;
      }
      return Status::NeedMore;
    }
    m_headBytes += nl + 1 - m_pos;
    if (m_headBytes > m_limits.maxHeaderBytes) {
      fail(431, tooLarge);
      return Status::Error;
    }
    QByteArrayView line(m_buffer.constData() + m_pos, nl - m_pos);
    m_pos = m_scan = nl + 1;
    if (line.endsWith('\r'))
      line.chop(1); // CRLF; a bare LF is accepted too (RFC 9112 §2.2)
    if (line.contains('\r') || line.contains('\0')) {
      fail(400, ParserText::tr("bare CR or NUL byte in the request head"));
      return Status::Error;
    }
    bool ok = true;
    if (!m_haveRequestLine) {
      if (line.isEmpty())
        continue; // empty lines before a request line are ignored (RFC 9112 §2.2)
      ok = parseRequestLine(line);
    } else if (line.isEmpty()) {
      ok = finishHead();
    } else {
      ok = parseField(line);
    }
    if (!ok)
      return Status::Error;
  }
  return Status::NeedMore;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line) {
  const QString malformed = ParserText::tr("malformed request line");
  const qsizetype sp1 = line.indexOf(' ');
  const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
  if (sp2 < 0)
    return fail(400, malformed);
  const QByteArrayView method = line.first(sp1);
  const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
  const QByteArrayView version = line.sliced(sp2 + 1);
  if (!isToken(method))
    return fail(400, malformed);
  if (version != "HTTP/1.1" && version != "HTTP/1.0") {
    if (looksLikeHttpVersion(version))
      return fail(505, ParserText::tr("only HTTP/1.0 and HTTP/1.1 are supported"));
    return fail(400, malformed);
  }
  if (!validTarget(target))
    return fail(400, ParserText::tr("malformed request target"));
  const qsizetype question = target.indexOf('?');
  const QByteArrayView path = question < 0 ? target : target.first(question);
  m_request.method = method.toByteArray();
  m_request.version = version.toByteArray();
  // Raw on purpose: routing on a decoded path would let /%6detrics reach /metrics.
  m_request.path = QString::fromLatin1(path);
  if (question >= 0) {
    m_request.rawQuery = target.sliced(question + 1).toByteArray();
    m_request.query = QUrlQuery(QString::fromLatin1(m_request.rawQuery));
  }
  m_haveRequestLine = true;
  return true;
}

bool HttpRequestParser::parseField(QByteArrayView line) {
  if (isOws(line.front()))
    return fail(400, ParserText::tr("obsolete line folding in the request head"));
  const qsizetype colon = line.indexOf(':');
  if (colon <= 0 || !isToken(line.first(colon)))
    return fail(400, ParserText::tr("malformed header field"));
  const QByteArrayView value = trimOws(line.sliced(colon + 1));
  if (!isValidValue(value))
    return fail(400, ParserText::tr("control character in a header field"));
  if (++m_fieldCount > m_limits.maxHeaderCount)
    return fail(431, ParserText::tr("more than %1 header fields").arg(m_limits.maxHeaderCount));
  const QByteArray name = line.first(colon).toByteArray().toLower();
  if (name == "content-length") {
    // Repeats, even equal ones or "40, 40", are refused: a proxy in front may
    // have picked another one (request smuggling).
    if (m_sawContentLength)
      return fail(400, ParserText::tr("repeated Content-Length"));
    m_sawContentLength = true;
    qsizetype digits = 0;
    for (char c : value) {
      if (!isDigit(c))
        return fail(400, ParserText::tr("invalid Content-Length"));
      if (digits > 0 || c != '0')
        ++digits;
    }
    if (value.isEmpty() || digits > 18)
      return fail(400, ParserText::tr("invalid Content-Length"));
    m_contentLength = value.toByteArray().toLongLong();
  } else if (name == "transfer-encoding") {
    m_sawTransferEncoding = true;
  } else if (name == "host") {
    if (m_sawHost)
      return fail(400, ParserText::tr("repeated Host"));
    m_sawHost = true;
  }
  const auto it = m_request.headers.find(name);
  if (it == m_request.headers.end())
    m_request.headers.insert(name, value.toByteArray());
  else
    *it += ", " + value.toByteArray(); // a repeated field is one comma list (RFC 9110 §5.3)
  return true;
}

bool HttpRequestParser::finishHead() {
  if (m_sawTransferEncoding && m_sawContentLength)
    return fail(400, ParserText::tr("both Transfer-Encoding and Content-Length"));
  if (m_sawTransferEncoding)
    return fail(411, ParserText::tr("chunked bodies are not supported; send Content-Length"));
  if (m_contentLength > m_limits.maxBodyBytes)
    return fail(413, ParserText::tr("request body larger than %1 bytes").arg(m_limits.maxBodyBytes));
  const bool http11 = m_request.version == "HTTP/1.1";
  if (m_request.headers.contains("expect")) {
    if (m_request.header("expect").trimmed().toLower() != "100-continue")
      return fail(417, ParserText::tr("only \"Expect: 100-continue\" is supported"));
    // An HTTP/1.0 client cannot read a 100 (RFC 9110 §10.1.1).
    m_expectContinue = http11 && m_contentLength > 0;
  }
  const QList<QByteArray> connection = commaList(m_request.header("connection"));
  m_request.keepAlive = !connection.contains("close") && (http11 || connection.contains("keep-alive"));
  m_inBody = true;
  return true;
}

} // namespace epidesk
