#pragma once
// HTTP/1.1 request and response values shared by the parser
// (HttpRequestParser), the transport (HttpServer) and the API (ApiService).
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace epidesk {

struct HttpRequest {
  QByteArray method;   // as sent: methods are case-sensitive (RFC 9110 §9.1)
  QString path;        // RAW origin-form path, not %-decoded, without the query
  QByteArray rawQuery; // raw query after '?', not decoded
  QUrlQuery query;     // parsed from rawQuery
  QByteArray version;  // "HTTP/1.1" or "HTTP/1.0"
  bool keepAlive = true;
  QHash<QByteArray, QByteArray> headers; // names in lower case; repeated fields joined with ", "
  QByteArray body;
  QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct HttpResponse {
  int status = 200;
  QByteArray contentType = "application/json";
  QByteArray body;
  QList<QPair<QByteArray, QByteArray>> headers;
};

// Builders for JSON responses.
HttpResponse jsonResponse(int status, const QByteArray &json);
HttpResponse errorResponse(int status, const QString &message);

QByteArray reasonPhrase(int status);
// Status line, headers (Content-Type, Content-Length, Connection) and body.
QByteArray serializeResponse(const HttpResponse &response, bool keepAlive);

} // namespace epidesk
