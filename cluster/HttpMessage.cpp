#include "HttpMessage.h"
#include <QJsonDocument>
#include <QJsonObject>

namespace epidesk {

HttpResponse jsonResponse(int status, const QByteArray &json) {
  HttpResponse r;
  r.status = status;
  r.body = json;
  return r;
}

HttpResponse errorResponse(int status, const QString &message) {
  return jsonResponse(status, QJsonDocument(QJsonObject{{"error", message}}).toJson(QJsonDocument::Compact));
}

QByteArray reasonPhrase(int status) {
  switch (status) {
  case 100:
    return "Continue";
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
  case 408:
    return "Request Timeout";
  case 409:
    return "Conflict";
  case 411:
    return "Length Required";
  case 413:
    return "Payload Too Large";
  case 415:
    return "Unsupported Media Type";
  case 417:
    return "Expectation Failed";
  case 422:
    return "Unprocessable Entity";
  case 429:
    return "Too Many Requests";
  case 431:
    return "Request Header Fields Too Large";
  case 500:
    return "Internal Server Error";
  case 501:
    return "Not Implemented";
  case 503:
    return "Service Unavailable";
  case 505:
    return "HTTP Version Not Supported";
  default:
    return "Status";
  }
}

QByteArray serializeResponse(const HttpResponse &r, bool keepAlive) {
  QByteArray out;
  out.reserve(r.body.size() + 256);
  out += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
  out += "Content-Type: " + r.contentType + "\r\n";
  out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
  for (const auto &h : r.headers)
    out += h.first + ": " + h.second + "\r\n";
  out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
  out += r.body;
  return out;
}

} // namespace epidesk
