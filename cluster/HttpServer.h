#pragma once
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QUrlQuery>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace epidesk {

struct HttpRequest {
  QByteArray method; // upper case
  QString path;      // decoded, without the query
  QUrlQuery query;
  QHash<QByteArray, QByteArray> headers; // names in lower case
  QByteArray body;
  QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct HttpResponse {
  int status = 200;
  QByteArray contentType = "application/json";
  QByteArray body;
  QList<QPair<QByteArray, QByteArray>> headers;
};

// A small HTTP/1.1 server on QTcpServer: keep-alive, pipelined requests in
// order, Content-Length bodies only. It rejects oversized headers (431) and
// bodies (413) from the header alone, before buffering them, which Qt
// HttpServer 6.4 cannot do. Handlers run synchronously on the event loop.
class HttpServer : public QObject {
  Q_OBJECT
public:
  using Handler = std::function<HttpResponse(const HttpRequest &)>;
  static constexpr qint64 defaultMaxBody = 1 << 20;
  static constexpr qint64 maxHeaderBytes = 16 * 1024;

  explicit HttpServer(Handler handler, QObject *parent = nullptr);
  ~HttpServer() override;
  void setMaxBodyBytes(qint64 bytes) { m_maxBody = bytes; }
  bool listen(const QHostAddress &address, quint16 port, QString *error);
  quint16 port() const;

  static QByteArray reasonPhrase(int status);

private:
  struct Connection;
  void onNewConnection();
  void onReadyRead(QTcpSocket *socket);
  // Parses and answers every complete request in the buffer.
  void process(QTcpSocket *socket, Connection &c);
  void send(QTcpSocket *socket, const HttpResponse &response, bool keepAlive);

  Handler m_handler;
  QTcpServer *m_server;
  qint64 m_maxBody = defaultMaxBody;
  QHash<QTcpSocket *, Connection *> m_connections;
};

// Builders for JSON responses.
HttpResponse jsonResponse(int status, const QByteArray &json);
HttpResponse errorResponse(int status, const QString &message);

} // namespace epidesk
