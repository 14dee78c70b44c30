#pragma once
#include "HttpServer.h"
#include <deque>

namespace epidesk {

// One accepted socket of HttpServer: feeds its parser, hands complete
// requests to dispatch, writes the answers strictly in request order and
// enforces the per-connection limits (requests in flight, unsent output,
// timeouts). After its final response it half-closes and discards input for
// a while (a "lingering close"), so the client reads the response instead of
// a reset. Lives on the server's thread; never deletes itself: it closes the
// socket, and the server destroys it on QTcpSocket::disconnected.
class HttpConnection {
public:
  using Dispatch = std::function<void(quint64 seq, const HttpRequest &request)>;

  HttpConnection(QTcpSocket *socket, const HttpServer::Limits &limits, Dispatch dispatch);

  void onReadyRead();
  void onBytesWritten();
  // The answer to request seq; answers to unknown or answered seqs are ignored.
  void deliver(quint64 seq, const HttpResponse &response);
  // The only response (503 at a connection cap); nothing is parsed.
  void refuse(const HttpResponse &response);
  // Applies the deadlines; call every sweep interval.
  void sweep();

  static qint64 nowMs(); // monotonic

private:
  enum class State {
    Open,      // parsing requests
    Finishing, // no more requests; writing the rest, then half-close
    Lingering, // write side shut; discarding input until EOF or the deadline
  };
  struct Slot {
    quint64 seq = 0;
    bool ready = false;
    bool interim = false; // 100 Continue: no request of its own
    bool keepAlive = true;
    QByteArray bytes;
  };
  bool paused() const;
  void pump();
  void queueFinal(const HttpResponse &response);
  void flush();
  void halfClose();
  void notePhase();

  QTcpSocket *m_socket;
  const HttpServer::Limits &m_limits;
  Dispatch m_dispatch;
  HttpRequestParser m_parser;
  State m_state = State::Open;
  std::deque<Slot> m_slots;
  quint64 m_nextSeq = 0;
  bool m_pumping = false;
  bool m_flushing = false;
  HttpRequestParser::Phase m_phase = HttpRequestParser::Phase::Idle;
  qint64 m_phaseSince; // when m_phase began
  qint64 m_lastWrite;  // last output progress
  qint64 m_lingerUntil = 0;
};

} // namespace epidesk
