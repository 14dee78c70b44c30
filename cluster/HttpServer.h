#pragma once
// Why a hand-written server: Qt HttpServer 6.4 buffers whole bodies before
// any limit applies and has no timeouts or connection caps; cpp-httplib 0.11
// runs a thread per connection (5,000 idle keep-alive sockets exhaust its
// pool) and gives no control over framing errors. So the cluster keeps its
// own event-driven server, split in two: HttpRequestParser (pure bytes ->
// requests, fuzzed in tests/cluster/test_http_parser) and this transport
// (sockets, ordering, timeouts, caps, backpressure).
#include "HttpMessage.h"
#include "HttpRequestParser.h"
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace epidesk {

class HttpConnection;

// HTTP/1.1 on QTcpServer: keep-alive, pipelining (responses in request
// order), Content-Length bodies, Expect: 100-continue. Handlers may answer
// later from any thread; every connection is bounded in time, in requests in
// flight and in buffered input and output, and the number of connections is
// capped in total and per client address.
class HttpServer : public QObject {
  Q_OBJECT
public:
  // Call exactly once, from any thread; a call after the connection died is a
  // no-op. Dropping every copy without a call answers 500.
  using Responder = std::function<void(HttpResponse)>;
  using Handler = std::function<void(const HttpRequest &, Responder)>;
  using SyncHandler = std::function<HttpResponse(const HttpRequest &)>;

  struct Limits {
    HttpRequestParser::Limits request; // head 16 KiB, 100 fields, body 1 MiB
    int headerTimeoutMs = 10000;       // first byte of a head to its end (not reset per byte)
    int bodyTimeoutMs = 30000;         // end of the head to the end of the body
    int idleTimeoutMs = 60000;         // connect or last response to the next byte; stalled writes
    int maxConnections = 10000;
    int maxConnectionsPerClient = 256; // per peer address
    int maxInFlight = 8;               // pipelined requests awaiting their response
    qint64 maxOutputBytes = 1 << 20;   // unsent output before reading pauses
    int lingerMs = 2000;               // reading (discarding) after a final "Connection: close"
    int acceptRetryMs = 250;           // pause after accept failed (EMFILE, ENFILE)
    int listenBacklog = 1024;
  };

  explicit HttpServer(Handler handler, QObject *parent = nullptr);
  HttpServer(Handler handler, const Limits &limits, QObject *parent = nullptr);
  ~HttpServer() override;
  // A Handler answering synchronously on the server's thread.
  static Handler sync(SyncHandler handler);

  // Before listen().
  void setLimits(const Limits &limits) { m_limits = limits; }
  const Limits &limits() const { return m_limits; }
  bool listen(const QHostAddress &address, quint16 port, QString *error);
  quint16 port() const;
  int connectionCount() const { return m_open; }

  static QByteArray reasonPhrase(int status) { return epidesk::reasonPhrase(status); }

private:
  struct Mailbox;
  struct ResponderState;
  struct Entry {
    std::unique_ptr<HttpConnection> connection;
    QTcpSocket *socket = nullptr;
    QHostAddress peer;
    bool counted = false; // false: refused at a cap, only answering 503
  };
  void onNewConnection();
  void onAcceptError();
  void adopt(QTcpSocket *socket);
  void dispatch(quint64 id, quint64 seq, const HttpRequest &request);
  void deliver(quint64 id, quint64 seq, const HttpResponse &response);
  void scheduleDestroy(quint64 id);
  void destroy(quint64 id);
  void sweep();
  int sweepIntervalMs() const;

  Handler m_handler;
  Limits m_limits;
  QTcpServer *m_server;
  QTimer *m_sweep;
  std::shared_ptr<Mailbox> m_mailbox;
  std::unordered_map<quint64, Entry> m_connections;
  QHash<QHostAddress, int> m_perClient;
  int m_open = 0;
  quint64 m_nextId = 1;
  bool m_acceptPaused = false;
};

} // namespace epidesk
