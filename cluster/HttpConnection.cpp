#include "HttpConnection.h"
#include <QCoreApplication>
#include <QTcpSocket>
#include <chrono>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace epidesk {

namespace {
class ConnectionText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::HttpServer)
};
constexpr qint64 readChunk = 64 * 1024;
} // namespace

qint64 HttpConnection::nowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpServer::Limits &limits, Dispatch dispatch)
    : m_socket(socket), m_limits(limits), m_dispatch(std::move(dispatch)), m_parser(limits.request),
      m_phaseSince(nowMs()), m_lastWrite(m_phaseSince) {
  // Qt stops reading from the kernel when this fills, so a paused connection
  // pushes back on its client through TCP instead of growing our memory.
  m_socket->setReadBufferSize(readChunk);
}

bool HttpConnection::paused() const {
  return m_slots.size() >= size_t(m_limits.maxInFlight) || m_socket->bytesToWrite() > m_limits.maxOutputBytes;
}

void HttpConnection::onReadyRead() {
  if (m_state == State::Open)
    pump();
  else if (m_state == State::Lingering)
    m_socket->readAll(); // discarded; bounded by the socket's read buffer
  // Finishing: left unread until the half-close.
}

void HttpConnection::notePhase() {
  const HttpRequestParser::Phase p = m_parser.phase();
  if (p != m_phase) {
    m_phase = p;
    m_phaseSince = nowMs();
  }
}

// Parses what is buffered and reads more, until the parser needs bytes that
// have not arrived or the connection must wait for its earlier answers.
void HttpConnection::pump() {
  if (m_pumping)
    return;
  m_pumping = true;
  while (m_state == State::Open && !paused()) {
    const HttpRequestParser::Status status = m_parser.next();
    notePhase();
    if (status == HttpRequestParser::Status::Request) {
      const HttpRequest request = m_parser.takeRequest();
      const quint64 seq = m_nextSeq++;
      m_slots.push_back({seq, false, false, request.keepAlive, {}});
      if (!request.keepAlive)
        m_state = State::Finishing;
      m_dispatch(seq, request);
    } else if (status == HttpRequestParser::Status::Continue) {
      m_slots.push_back({m_nextSeq, true, true, true, "HTTP/1.1 100 Continue\r\n\r\n"});
      flush();
    } else if (status == HttpRequestParser::Status::Error) {
      queueFinal(errorResponse(m_parser.error().status, m_parser.error().message));
    } else if (m_socket->bytesAvailable() > 0) {
      m_parser.feed(m_socket->read(readChunk));
      notePhase();
    } else {
      break;
    }
  }
  m_pumping = false;
}

void HttpConnection::queueFinal(const HttpResponse &response) {
  m_slots.push_back({m_nextSeq++, true, false, false, serializeResponse(response, false)});
  m_state = State::Finishing;
  flush();
}

void HttpConnection::refuse(const HttpResponse &response) {
  queueFinal(response);
}

void HttpConnection::deliver(quint64 seq, const HttpResponse &response) {
  for (Slot &slot : m_slots) {
    if (slot.seq == seq && !slot.ready && !slot.interim) {
      slot.bytes = serializeResponse(response, slot.keepAlive);
      slot.ready = true;
      flush();
      return;
    }
  }
}

// Writes the answers that are ready and next in order, within the output cap.
void HttpConnection::flush() {
  if (m_flushing)
    return; // QTcpSocket::flush() below emits bytesWritten
  m_flushing = true;
  bool wrote = false;
  while (!m_slots.empty() && m_slots.front().ready && m_state != State::Lingering &&
         m_socket->bytesToWrite() <= m_limits.maxOutputBytes) {
    const Slot slot = std::move(m_slots.front());
    m_slots.pop_front();
    m_socket->write(slot.bytes);
    m_socket->flush(); // to the kernel now, not on the next poll of every socket
    wrote = true;
    if (!slot.interim && !slot.keepAlive) {
      m_state = State::Finishing;
      m_slots.clear(); // nothing after a final "Connection: close" is answered
    }
  }
  if (wrote)
    m_lastWrite = nowMs();
  m_flushing = false;
  if (m_state == State::Finishing && m_slots.empty() && m_socket->bytesToWrite() == 0)
    halfClose();
  else if (m_state == State::Open && !paused())
    pump(); // resumes a connection paused for its answers
}

void HttpConnection::onBytesWritten() {
  m_lastWrite = nowMs();
  flush();
}

void HttpConnection::halfClose() {
  m_state = State::Lingering;
  m_lingerUntil = nowMs() + m_limits.lingerMs;
#ifdef Q_OS_UNIX
  // FIN after the response, but keep reading: closing with unread input
  // would send a reset that can destroy the response at the client.
  ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
  m_socket->readAll();
#else
  m_socket->disconnectFromHost();
#endif
}

void HttpConnection::sweep() {
  const qint64 now = nowMs();
  if (m_state == State::Lingering) {
    if (now > m_lingerUntil)
      m_socket->abort();
    return;
  }
  if (m_socket->bytesToWrite() > 0) {
    if (now - m_lastWrite > m_limits.idleTimeoutMs)
      m_socket->abort(); // the client stopped reading
    return;
  }
  if (m_state != State::Open)
    return;
  if (paused()) {
    m_phaseSince = now; // waiting on us, not on the client
    return;
  }
  notePhase();
  const qint64 elapsed = now - m_phaseSince;
  switch (m_phase) {
  case HttpRequestParser::Phase::Idle:
    if (m_slots.empty() && now - std::max(m_phaseSince, m_lastWrite) > m_limits.idleTimeoutMs)
      m_socket->disconnectFromHost();
    break;
  case HttpRequestParser::Phase::Head:
    if (elapsed > m_limits.headerTimeoutMs)
      queueFinal(errorResponse(408, ConnectionText::tr("request head not received in time")));
    break;
  case HttpRequestParser::Phase::Body:
    if (elapsed > m_limits.bodyTimeoutMs)
      queueFinal(errorResponse(408, ConnectionText::tr("request body not received in time")));
    break;
  }
}

} // namespace epidesk
