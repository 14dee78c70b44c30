#pragma once
#include "HttpMessage.h"
#include "JobRequest.h"
#include <QJsonObject>
#include <optional>

namespace epidesk {

// Answers shared by the job and schedule handlers.
QByteArray compactJson(const QJsonObject &o);
HttpResponse methodNotAllowed(const QByteArray &allow);
HttpResponse fieldErrorsResponse(const QList<FieldError> &errors);
// A request body that must be a JSON object: nullopt with *problem set to
// the 400 (malformed text or JSON) or 422 (not an object) to send.
std::optional<QJsonObject> jsonObjectBody(const HttpRequest &request, HttpResponse *problem);

} // namespace epidesk
