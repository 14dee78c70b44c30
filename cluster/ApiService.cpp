#include "ApiService.h"
#include "JobStore.h"
#include "OpenApi.h"
#include "TokenAuth.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <pqxx/pqxx>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class ApiServiceText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ApiService)
};
QByteArray compact(const QJsonObject &o) {
  return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
HttpResponse notFound() {
  return errorResponse(404, ApiServiceText::tr("no such job"));
}
HttpResponse methodNotAllowed(const QByteArray &allow) {
  HttpResponse r = errorResponse(405, ApiServiceText::tr("method not allowed"));
  r.headers.append(qMakePair(QByteArray("Allow"), allow));
  return r;
}
} // namespace

ApiService::ApiService(JobStore &store, TokenAuth &auth, std::function<QString()> dataVersion,
                       Options options)
    : m_store(store), m_auth(auth), m_dataVersion(std::move(dataVersion)), m_options(options) {}

HttpResponse ApiService::handle(const HttpRequest &request) {
  QByteArray routeName = "other";
  HttpResponse response;
  try {
    response = route(request, &routeName);
  } catch (const pqxx::broken_connection &) {
    response = errorResponse(503, ApiServiceText::tr("database unavailable, retry later"));
  } catch (const std::exception &e) {
    qWarning("%s %s failed: %s", request.method.constData(), qPrintable(request.path), e.what());
    response = errorResponse(500, ApiServiceText::tr("internal error"));
  }
  m_metrics.countRequest(routeName, response.status);
  return response;
}

HttpResponse ApiService::route(const HttpRequest &request, QByteArray *routeName) {
  const QString &path = request.path;
  const QByteArray &method = request.method;
  if (path == QLatin1String("/v1/health")) {
    *routeName = "health";
    return method == "GET" ? health() : methodNotAllowed("GET");
  }
  if (path == QLatin1String("/metrics")) {
    *routeName = "metrics";
    return method == "GET" ? metrics() : methodNotAllowed("GET");
  }
  if (path == QLatin1String("/openapi.json")) {
    *routeName = "openapi";
    return method == "GET" ? jsonResponse(200, openApiDocument()) : methodNotAllowed("GET");
  }
  const bool jobs = path == QLatin1String("/v1/jobs") || path == QLatin1String("/v1/jobs/");
  const bool job = !jobs && path.startsWith(QLatin1String("/v1/jobs/")) && path.count(QLatin1Char('/')) == 3;
  if (!jobs && !job)
    return errorResponse(404, ApiServiceText::tr("no such resource"));
  *routeName = jobs ? "jobs" : "job";
  if (jobs && method != "GET" && method != "POST")
    return methodNotAllowed("GET, POST");
  if (job && method != "GET" && method != "DELETE")
    return methodNotAllowed("GET, DELETE");

  const std::optional<Principal> who = m_auth.verify(request.header("authorization"));
  if (!who) {
    HttpResponse r = errorResponse(401, ApiServiceText::tr("missing or invalid bearer token"));
    r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    return r;
  }
  if (jobs)
    return method == "POST" ? submit(request, *who) : listJobs(request, *who);
  const QString id = path.mid(9);
  return method == "GET" ? getJob(id, *who) : cancelJob(id, *who);
}

HttpResponse ApiService::submit(const HttpRequest &request, const Principal &who) {
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
  if (parseError.error != QJsonParseError::NoError)
    return errorResponse(400, ApiServiceText::tr("malformed JSON at offset %1: %2")
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString()));
  QList<FieldError> errors;
  std::optional<JobRequest> job;
  if (!doc.isObject())
    errors.append({QString(), ApiServiceText::tr("the body must be a JSON object {\"kind\", \"params\"}")});
  else
    job = JobRequest::fromJson(doc.object(), &errors);
  if (!job) {
    QJsonArray list;
    for (const FieldError &e : errors)
      list.append(e.toJson());
    return jsonResponse(422, compact({{"errors", list}}));
  }
  const QString version = m_dataVersion();
  const QByteArray key = job->cacheKey(version);
  auto cachedAnswer = [](const QByteArray &result) {
    QByteArray body = compact({{"status", "succeeded"}, {"cached", true}});
    body.chop(1);
    body += ",\"result\":" + result + '}';
    return jsonResponse(200, body);
  };
  if (const QByteArray *result = m_results.object(key))
    return cachedAnswer(*result);
  const JobStore::Submission s = m_store.submit(who.user, *job, version, m_options.maxAttempts);
  if (s.outcome == JobStore::Submission::Cached) {
    m_results.insert(key, new QByteArray(s.resultJson),
                     int(std::min<qsizetype>(s.resultJson.size(), 64 << 20)));
    return cachedAnswer(s.resultJson);
  }
  HttpResponse r = jsonResponse(202, compact({{"job_id", s.jobId}, {"status", s.status}}));
  r.headers.append(qMakePair(QByteArray("Location"), "/v1/jobs/" + s.jobId.toLatin1()));
  return r;
}

HttpResponse ApiService::getJob(const QString &id, const Principal &who) {
  if (const FinishedJob *done = m_finishedJobs.object(id))
    return who.isAdmin() || done->owner == who.user ? jsonResponse(200, done->body) : notFound();
  const auto job = m_store.get(id, who.ownerFilter(), true);
  if (!job)
    return notFound();
  QByteArray body = job->toJson();
  if (job->status == QLatin1String("succeeded"))
    m_finishedJobs.insert(id, new FinishedJob{job->owner, body},
                          int(std::min<qsizetype>(body.size(), 64 << 20)));
  return jsonResponse(200, body);
}

HttpResponse ApiService::cancelJob(const QString &id, const Principal &who) {
  const auto status = m_store.cancel(id, who.ownerFilter());
  if (!status)
    return notFound();
  return jsonResponse(200, compact({{"job_id", id}, {"status", *status}}));
}

HttpResponse ApiService::listJobs(const HttpRequest &request, const Principal &who) {
  bool ok = true;
  int limit = 100;
  if (request.query.hasQueryItem("limit")) {
    limit = request.query.queryItemValue("limit").toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
      return jsonResponse(
          422,
          compact({{"errors",
                    QJsonArray{FieldError{"limit", ApiServiceText::tr("must be an integer from 1 to 1000")}
                                   .toJson()}}}));
  }
  const QString status = request.query.queryItemValue("status");
  static const QStringList statuses{"", "queued", "running", "succeeded", "failed", "cancelled"};
  if (!statuses.contains(status))
    return jsonResponse(
        422, compact({{"errors",
                       QJsonArray{FieldError{"status", ApiServiceText::tr("unknown status")}.toJson()}}}));
  QByteArray body = "{\"jobs\":[";
  bool first = true;
  for (const JobRecord &j : m_store.list(who.ownerFilter(), status, limit)) {
    if (!first)
      body += ',';
    first = false;
    body += j.toJson();
  }
  body += "]}";
  return jsonResponse(200, body);
}

HttpResponse ApiService::health() {
  const bool db = m_store.ping();
  return jsonResponse(db ? 200 : 503, compact({{"status", db ? "ok" : "unavailable"},
                                               {"database", db ? "ok" : "unreachable"},
                                               {"data_version", m_dataVersion()}}));
}

HttpResponse ApiService::metrics() {
  HttpResponse r;
  r.contentType = "text/plain; version=0.0.4";
  r.body = m_metrics.render(m_store.stats(m_options.workerTimeoutSeconds));
  return r;
}

} // namespace epidesk
