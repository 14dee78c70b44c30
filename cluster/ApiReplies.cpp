#include "ApiReplies.h"
#include "JsonText.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace epidesk {

namespace {
class ApiRepliesText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ApiService)
};
} // namespace

QByteArray compactJson(const QJsonObject &o) {
  return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResponse methodNotAllowed(const QByteArray &allow) {
  HttpResponse r = errorResponse(405, ApiRepliesText::tr("method not allowed"));
  r.headers.append(qMakePair(QByteArray("Allow"), allow));
  return r;
}

HttpResponse fieldErrorsResponse(const QList<FieldError> &errors) {
  QJsonArray list;
  for (const FieldError &e : errors)
    list.append(e.toJson());
  return jsonResponse(422, compactJson({{"errors", list}}));
}

std::optional<QJsonObject> jsonObjectBody(const HttpRequest &request, HttpResponse *problem) {
  const QString textProblem = jsonTextProblem(request.body);
  if (!textProblem.isEmpty()) {
    *problem = errorResponse(400, ApiRepliesText::tr("malformed JSON: %1").arg(textProblem));
    return std::nullopt;
  }
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    *problem = errorResponse(400, ApiRepliesText::tr("malformed JSON at offset %1: %2")
                                      .arg(parseError.offset)
                                      .arg(parseError.errorString()));
    return std::nullopt;
  }
  if (!doc.isObject()) {
    *problem = fieldErrorsResponse({{QString(), ApiRepliesText::tr("the body must be a JSON object")}});
    return std::nullopt;
  }
  return doc.object();
}

} // namespace epidesk
