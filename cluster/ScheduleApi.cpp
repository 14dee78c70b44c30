#include "ScheduleApi.h"
#include "ApiReplies.h"
#include "ScheduleStore.h"
#include "TokenAuth.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace epidesk {

namespace {
class ScheduleApiText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ScheduleApi)
};
HttpResponse notFound() {
  return errorResponse(404, ScheduleApiText::tr("no such schedule"));
}
HttpResponse scheduleAnswer(int status, const std::optional<ScheduleRecord> &s) {
  return s ? jsonResponse(status, compactJson(s->toJson())) : notFound();
}
} // namespace

bool ScheduleApi::matches(const QString &path) {
  return path == QLatin1String("/v1/schedules") || path.startsWith(QLatin1String("/v1/schedules/"));
}

std::variant<ScheduleApi::Route, HttpResponse> ScheduleApi::match(const QString &path,
                                                                  const QByteArray &method) {
  // The raw path: /v1/schedules[/{id}[/action]]
  QStringList parts = path.split(QLatin1Char('/'));
  if (parts.size() == 4 && parts[3].isEmpty()) // trailing slash
    parts.removeLast();
  const auto allow = [&](std::initializer_list<const char *> methods,
                         auto pick) -> std::variant<Route, HttpResponse> {
    QByteArray list;
    for (const char *m : methods) {
      if (method == m)
        return pick(QByteArray(m));
      list += (list.isEmpty() ? "" : ", ") + QByteArray(m);
    }
    return methodNotAllowed(list);
  };
  if (parts.size() == 3)
    return allow({"GET", "POST"}, [](const QByteArray &m) {
      return Route{m == "GET" ? Route::List : Route::Create, {}};
    });
  const QString id = parts.value(3);
  if (parts.size() == 4)
    return allow({"GET", "PATCH", "DELETE"}, [&](const QByteArray &m) {
      return Route{m == "GET" ? Route::Get : m == "PATCH" ? Route::Patch : Route::Delete, id};
    });
  if (parts.size() == 5) {
    const QString action = parts[4];
    if (action == QLatin1String("runs"))
      return allow({"GET"}, [&](const QByteArray &) { return Route{Route::Runs, id}; });
    const Route::Action post = action == QLatin1String("pause")     ? Route::Pause
                               : action == QLatin1String("resume")  ? Route::Resume
                               : action == QLatin1String("run-now") ? Route::RunNow
                                                                    : Route::List;
    if (post != Route::List)
      return allow({"POST"}, [&](const QByteArray &) { return Route{post, id}; });
  }
  return errorResponse(404, ScheduleApiText::tr("no such resource"));
}

HttpResponse ScheduleApi::handle(const Route &route, const HttpRequest &request, const Principal &who,
                                 const QString &dataVersion) {
  ScheduleStore store(m_db);
  const QString owner = who.ownerFilter();
  switch (route.action) {
  case Route::List: {
    QJsonArray list;
    for (const ScheduleRecord &s : store.list(owner, 1000))
      list.append(s.toJson());
    return jsonResponse(200, compactJson({{"schedules", list}}));
  }
  case Route::Create:
    return create(request, who);
  case Route::Get:
    return scheduleAnswer(200, store.get(route.id, owner));
  case Route::Patch:
    return patch(route.id, request, who);
  case Route::Delete:
    return store.remove(route.id, owner)
               ? jsonResponse(200, compactJson({{"schedule_id", route.id}, {"deleted", true}}))
               : notFound();
  case Route::Runs:
    return runs(route.id, request, who);
  case Route::Pause:
  case Route::Resume:
    return scheduleAnswer(200, store.setPaused(route.id, owner, route.action == Route::Pause));
  case Route::RunNow:
    return runNow(route.id, request, who, dataVersion);
  }
  return notFound();
}

HttpResponse ScheduleApi::create(const HttpRequest &request, const Principal &who) {
  HttpResponse problem;
  const std::optional<QJsonObject> body = jsonObjectBody(request, &problem);
  if (!body)
    return problem;
  QList<FieldError> errors;
  const std::optional<ScheduleSpec> spec = ScheduleSpec::fromJson(*body, &errors);
  if (!spec)
    return fieldErrorsResponse(errors);
  const std::optional<ScheduleRecord> s =
      ScheduleStore(m_db).create(who.user, *spec, m_options.maxSchedulesPerOwner);
  if (!s)
    return errorResponse(409, ScheduleApiText::tr("at most %1 schedules per user; delete one first")
                                  .arg(m_options.maxSchedulesPerOwner));
  HttpResponse r = jsonResponse(201, compactJson(s->toJson()));
  r.headers.append(qMakePair(QByteArray("Location"), "/v1/schedules/" + s->id.toLatin1()));
  return r;
}

HttpResponse ScheduleApi::patch(const QString &id, const HttpRequest &request, const Principal &who) {
  HttpResponse problem;
  const std::optional<QJsonObject> body = jsonObjectBody(request, &problem);
  if (!body)
    return problem;
  ScheduleStore store(m_db);
  const std::optional<ScheduleRecord> stored = store.get(id, who.ownerFilter());
  if (!stored)
    return notFound();
  if (body->contains("kind") && !body->contains("params"))
    return fieldErrorsResponse({{"params", ScheduleApiText::tr("required when the kind changes")}});
  // The stored fields with the patch on top, validated as a new schedule.
  QJsonObject merged = stored->specBody();
  for (auto it = body->begin(); it != body->end(); ++it)
    merged.insert(it.key(), it.value());
  QList<FieldError> errors;
  const std::optional<ScheduleSpec> spec = ScheduleSpec::fromJson(merged, &errors);
  if (!spec)
    return fieldErrorsResponse(errors);
  return scheduleAnswer(200, store.update(id, who.ownerFilter(), *spec));
}

HttpResponse ScheduleApi::runs(const QString &id, const HttpRequest &request, const Principal &who) {
  QList<FieldError> errors;
  int limit = 50;
  if (request.query.hasQueryItem("limit")) {
    bool ok = true;
    limit = request.query.queryItemValue("limit").toInt(&ok);
    if (!ok || limit < 1 || limit > 500)
      errors.append({"limit", ScheduleApiText::tr("must be an integer from 1 to 500")});
  }
  const QString cursor = request.query.queryItemValue("cursor");
  if (!cursor.isEmpty() && !ScheduleStore::validRunCursor(cursor))
    errors.append({"cursor", ScheduleApiText::tr("not a cursor from a previous page's next_cursor")});
  if (!errors.isEmpty())
    return fieldErrorsResponse(errors);
  const std::optional<ScheduleRunPage> page = ScheduleStore(m_db).runs(id, who.ownerFilter(), limit, cursor);
  if (!page)
    return notFound();
  QJsonArray list;
  for (const ScheduleRunRecord &r : page->runs)
    list.append(r.toJson());
  return jsonResponse(
      200, compactJson(
               {{"runs", list},
                {"next_cursor", page->nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page->nextCursor)}}));
}

HttpResponse ScheduleApi::runNow(const QString &id, const HttpRequest &request, const Principal &who,
                                 const QString &dataVersion) {
  std::optional<bool> force;
  if (!request.body.trimmed().isEmpty()) {
    HttpResponse problem;
    const std::optional<QJsonObject> body = jsonObjectBody(request, &problem);
    if (!body)
      return problem;
    for (auto it = body->begin(); it != body->end(); ++it)
      if (it.key() != QLatin1String("force"))
        return fieldErrorsResponse({{it.key(), ScheduleApiText::tr("unknown field; expected force")}});
    if (body->contains("force")) {
      if (!body->value("force").isBool())
        return fieldErrorsResponse({{"force", ScheduleApiText::tr("true or false")}});
      force = body->value("force").toBool();
    }
  }
  const ScheduleStore::RunNow r =
      ScheduleStore(m_db).runNow(id, who.ownerFilter(), dataVersion, m_options.maxAttempts, force);
  switch (r.outcome) {
  case ScheduleStore::RunNow::NotFound:
    return notFound();
  case ScheduleStore::RunNow::Busy: {
    HttpResponse busy = errorResponse(
        409, ScheduleApiText::tr("a run of this schedule is still going (job %1)").arg(r.busyJobId));
    busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
    return busy;
  }
  case ScheduleStore::RunNow::Started:
    break;
  }
  return jsonResponse(202, compactJson(r.run ? r.run->toJson() : QJsonObject()));
}

} // namespace epidesk
