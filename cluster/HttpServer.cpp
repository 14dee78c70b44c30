#include "HttpServer.h"
#include "HttpConnection.h"
#include <QCoreApplication>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>

namespace epidesk {

namespace {
class ServerText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::HttpServer)
};
} // namespace

// Shared by the server and every Responder, which may outlive it and run in
// any thread: answers are posted to the server's thread under the mutex that
// the destructor takes to detach the server.
struct HttpServer::Mailbox {
  QMutex mutex;
  HttpServer *server = nullptr;

  void post(quint64 id, quint64 seq, HttpResponse response) {
    QMutexLocker lock(&mutex);
    HttpServer *s = server;
    if (!s)
      return;
    if (s->thread() == QThread::currentThread()) {
      // Synchronous answers skip an event-loop round trip, which costs a
      // poll over every open socket. The server cannot die meanwhile: that
      // would happen on this thread.
      lock.unlock();
      s->deliver(id, seq, response);
      return;
    }
    QMetaObject::invokeMethod(
        s, [s, id, seq, r = std::move(response)] { s->deliver(id, seq, r); }, Qt::QueuedConnection);
  }
};

// Behind every copy of one Responder: answers once; 500 if never called.
struct HttpServer::ResponderState {
  std::shared_ptr<Mailbox> mailbox;
  quint64 id, seq;
  std::atomic_bool done{false};

  ResponderState(std::shared_ptr<Mailbox> m, quint64 i, quint64 s) : mailbox(std::move(m)), id(i), seq(s) {}
  ~ResponderState() { answer(errorResponse(500, ServerText::tr("internal error"))); }
  void answer(HttpResponse response) {
    if (!done.exchange(true))
      mailbox->post(id, seq, std::move(response));
  }
};

HttpServer::HttpServer(Handler handler, QObject *parent) : HttpServer(std::move(handler), Limits(), parent) {}

HttpServer::HttpServer(Handler handler, const Limits &limits, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_limits(limits), m_server(new QTcpServer(this)),
      m_sweep(new QTimer(this)), m_mailbox(std::make_shared<Mailbox>()) {
  m_mailbox->server = this;
  connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
  connect(m_server, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
  connect(m_sweep, &QTimer::timeout, this, &HttpServer::sweep);
}

HttpServer::~HttpServer() {
  {
    QMutexLocker lock(&m_mailbox->mutex);
    m_mailbox->server = nullptr; // later answers are dropped
  }
  for (auto &[id, entry] : m_connections) {
    entry.socket->disconnect(this);
    entry.connection.reset();
  }
}

HttpServer::Handler HttpServer::sync(SyncHandler handler) {
  // Exceptions reach dispatch(), which answers 500.
  return [handler = std::move(handler)](const HttpRequest &request, Responder respond) {
    respond(handler(request));
  };
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error) {
  m_server->setListenBacklogSize(m_limits.listenBacklog);
  if (!m_server->listen(address, port)) {
    if (error)
      *error = m_server->errorString();
    return false;
  }
  m_sweep->start(sweepIntervalMs());
  return true;
}

quint16 HttpServer::port() const {
  return m_server->serverPort();
}

// Coarse enough to cost nothing with 10,000 connections, fine enough for the
// shortest timeout to be kept within a quarter of itself.
int HttpServer::sweepIntervalMs() const {
  const int shortest =
      std::min({m_limits.headerTimeoutMs, m_limits.bodyTimeoutMs, m_limits.idleTimeoutMs, m_limits.lingerMs});
  return std::clamp(shortest / 4, 20, 1000);
}

void HttpServer::onAcceptError() {
  // Out of file descriptors (or similar): QTcpServer has paused; retry later
  // rather than spin on a listening socket that stays readable.
  m_server->pauseAccepting();
  if (m_acceptPaused)
    return;
  m_acceptPaused = true;
  qWarning("accept failed (%s); retrying in %d ms", qPrintable(m_server->errorString()),
           m_limits.acceptRetryMs);
  QTimer::singleShot(m_limits.acceptRetryMs, this, [this] {
    m_acceptPaused = false;
    m_server->resumeAccepting();
  });
}

void HttpServer::onNewConnection() {
  while (QTcpSocket *socket = m_server->nextPendingConnection())
    adopt(socket);
}

void HttpServer::adopt(QTcpSocket *socket) {
  const quint64 id = m_nextId++;
  Entry &entry = m_connections[id];
  entry.socket = socket;
  entry.peer = socket->peerAddress();
  entry.connection = std::make_unique<HttpConnection>(
      socket, m_limits, [this, id](quint64 seq, const HttpRequest &r) { dispatch(id, seq, r); });
  HttpConnection *c = entry.connection.get();
  connect(socket, &QTcpSocket::readyRead, this, [c] { c->onReadyRead(); });
  connect(socket, &QTcpSocket::bytesWritten, this, [c] { c->onBytesWritten(); });
  connect(socket, &QTcpSocket::disconnected, this, [this, id] { scheduleDestroy(id); });
  int &perClient = m_perClient[entry.peer];
  if (m_open >= m_limits.maxConnections || perClient >= m_limits.maxConnectionsPerClient) {
    HttpResponse busy = errorResponse(503, ServerText::tr("too many connections, retry later"));
    busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    if (perClient == 0)
      m_perClient.remove(entry.peer);
    c->refuse(busy);
    return;
  }
  entry.counted = true;
  ++perClient;
  ++m_open;
  c->onReadyRead(); // bytes may have arrived with the connection
}

void HttpServer::dispatch(quint64 id, quint64 seq, const HttpRequest &request) {
  auto state = std::make_shared<ResponderState>(m_mailbox, id, seq);
  const Responder respond = [state](HttpResponse response) { state->answer(std::move(response)); };
  try {
    m_handler(request, respond);
  } catch (const std::exception &e) {
    // A handler bug or a lost database must not take the server down.
    qWarning("request failed: %s", e.what());
    respond(errorResponse(500, ServerText::tr("internal error")));
  }
}

void HttpServer::deliver(quint64 id, quint64 seq, const HttpResponse &response) {
  const auto it = m_connections.find(id);
  if (it != m_connections.end() && it->second.connection)
    it->second.connection->deliver(seq, response);
}

// Never inline: disconnected can be emitted from inside the connection's
// own calls (write, abort), which must not return into a deleted object.
void HttpServer::scheduleDestroy(quint64 id) {
  QMetaObject::invokeMethod(
      this, [this, id] { destroy(id); }, Qt::QueuedConnection);
}

void HttpServer::destroy(quint64 id) {
  const auto it = m_connections.find(id);
  if (it == m_connections.end())
    return;
  Entry &entry = it->second;
  if (entry.counted) {
    --m_open;
    if (--m_perClient[entry.peer] <= 0)
      m_perClient.remove(entry.peer);
  }
  entry.socket->disconnect(this);
  entry.socket->abort();
  entry.socket->deleteLater();
  m_connections.erase(it);
}

void HttpServer::sweep() {
  for (auto &[id, entry] : m_connections) {
    if (entry.socket->state() == QAbstractSocket::UnconnectedState)
      scheduleDestroy(id); // closed without "disconnected" (an error)
    else
      entry.connection->sweep();
  }
}

} // namespace epidesk
