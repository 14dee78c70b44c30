#include "HttpServer.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace epidesk {

struct HttpServer::Connection {
  QByteArray buffer;
  // Set once the header of the current request was parsed.
  bool haveHeader = false;
  HttpRequest request;
  qint64 contentLength = 0;
  bool keepAlive = true;
  bool closing = false;
};

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this)) {
  connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() {
  qDeleteAll(m_connections);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error) {
  if (m_server->listen(address, port))
    return true;
  if (error)
    *error = m_server->errorString();
  return false;
}

quint16 HttpServer::port() const {
  return m_server->serverPort();
}

void HttpServer::onNewConnection() {
  while (QTcpSocket *socket = m_server->nextPendingConnection()) {
    m_connections.insert(socket, new Connection);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
      delete m_connections.take(socket);
      socket->deleteLater();
    });
  }
}

void HttpServer::onReadyRead(QTcpSocket *socket) {
  Connection *c = m_connections.value(socket);
  if (!c || c->closing) {
    socket->readAll();
    return;
  }
  c->buffer.append(socket->readAll());
  process(socket, *c);
}

void HttpServer::process(QTcpSocket *socket, Connection &c) {
  auto reject = [&](int status, const QString &message) {
    c.closing = true;
    send(socket, errorResponse(status, message), false);
  };
  while (!c.closing) {
    if (!c.haveHeader) {
      const qsizetype end = c.buffer.indexOf("\r\n\r\n");
      if (end < 0) {
        if (c.buffer.size() > maxHeaderBytes)
          reject(431, QStringLiteral("request header too large"));
        return;
      }
      if (end > maxHeaderBytes)
        return reject(431, QStringLiteral("request header too large"));
      const QList<QByteArray> lines = c.buffer.left(end).split('\n');
      c.buffer.remove(0, end + 4);
      const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
      if (first.size() != 3 || !first[2].startsWith("HTTP/1."))
        return reject(400, QStringLiteral("malformed request line"));
      c.request = HttpRequest();
      c.request.method = first[0].toUpper();
      const QUrl url(QString::fromLatin1(first[1]), QUrl::StrictMode);
      if (!url.isValid() || !first[1].startsWith('/'))
        return reject(400, QStringLiteral("malformed request target"));
      c.request.path = url.path(QUrl::FullyDecoded);
      c.request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
      for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
          return reject(400, QStringLiteral("malformed header line"));
        c.request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
      }
      const QByteArray connection = c.request.header("connection").toLower();
      c.keepAlive = first[2] == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
      if (c.request.headers.contains("transfer-encoding"))
        return reject(411, QStringLiteral("chunked bodies are not supported; send Content-Length"));
      bool ok = true;
      const QByteArray length = c.request.header("content-length");
      c.contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
      if (!ok || c.contentLength < 0)
        return reject(400, QStringLiteral("invalid Content-Length"));
      if (c.contentLength > m_maxBody)
        return reject(413, QStringLiteral("request body larger than %1 bytes").arg(m_maxBody));
      c.haveHeader = true;
    }
    if (c.buffer.size() < c.contentLength)
      return;
    c.request.body = c.buffer.left(c.contentLength);
    c.buffer.remove(0, c.contentLength);
    c.haveHeader = false;
    HttpResponse response;
    try {
      response = m_handler(c.request);
    } catch (const std::exception &e) {
      // A handler bug or a lost database must not take the server down.
      qWarning("request failed: %s", e.what());
      response = errorResponse(500, QStringLiteral("internal error"));
    }
    send(socket, response, c.keepAlive);
    if (!c.keepAlive) {
      c.closing = true;
      return;
    }
  }
}

void HttpServer::send(QTcpSocket *socket, const HttpResponse &r, bool keepAlive) {
  QByteArray out;
  out.reserve(r.body.size() + 256);
  out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
  out += "Content-Type: " + r.contentType + "\r\n";
  out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
  for (const auto &h : r.headers)
    out += h.first + ": " + h.second + "\r\n";
  out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
  out += r.body;
  socket->write(out);
  if (!keepAlive)
    socket->disconnectFromHost(); // after the pending data is written
}

QByteArray HttpServer::reasonPhrase(int status) {
  switch (status) {
  case 200:
    return "OK";
  case 201:
    return "Created";
  case 202:
    return "Accepted";
  case 204:
    return "No Content";
  case 400:
    return "Bad Request";
  case 401:
    return "Unauthorized";
  case 403:
    return "Forbidden";
  case 404:
    return "Not Found";
  case 405:
    return "Method Not Allowed";
  case 409:
    return "Conflict";
  case 411:
    return "Length Required";
  case 413:
    return "Payload Too Large";
  case 415:
    return "Unsupported Media Type";
  case 422:
    return "Unprocessable Entity";
  case 431:
    return "Request Header Fields Too Large";
  case 500:
    return "Internal Server Error";
  case 503:
    return "Service Unavailable";
  default:
    return "Status";
  }
}

HttpResponse jsonResponse(int status, const QByteArray &json) {
  HttpResponse r;
  r.status = status;
  r.body = json;
  return r;
}

HttpResponse errorResponse(int status, const QString &message) {
  return jsonResponse(status, QJsonDocument(QJsonObject{{"error", message}}).toJson(QJsonDocument::Compact));
}

} // namespace epidesk
