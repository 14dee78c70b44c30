#include "ApiService.h"
#include "ApiReplies.h"
#include "ClusterDb.h"
#include "DatabaseMonitor.h"
#include "DbPool.h"
#include "JobStatus.h"
#include "JobStore.h"
#include "JsonText.h"
#include "OpenApi.h"
#include "ScheduleApi.h"
#include "TokenVerifier.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimer>
#include <atomic>
#include <pqxx/pqxx>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class ApiServiceText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ApiService)
};
HttpResponse notFound() {
  return errorResponse(404, ApiServiceText::tr("no such job"));
}
HttpResponse unavailable(const QString &message) {
  HttpResponse r = errorResponse(503, message);
  r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
  return r;
}
// jobId: the caller's succeeded job for a kind with artifacts (empty: none).
HttpResponse cachedAnswer(const QByteArray &result, const QString &jobId = QString()) {
  QJsonObject head{{"status", jobStatusId(JobStatus::Succeeded)}, {"cached", true}};
  if (!jobId.isEmpty())
    head.insert("job_id", jobId);
  QByteArray body = compactJson(head);
  body.chop(1);
  body += ",\"result\":" + result + '}';
  return jsonResponse(200, body);
}
// Kinds whose results come with files (GET /v1/jobs/{id}/artifacts/{name}).
bool hasArtifacts(const QString &kind) {
  return kind == QLatin1String("dashboard");
}
constexpr double kWorkerTimeoutSeconds = 60; // workers_alive: a heartbeat within this
int cost(qsizetype bytes) {
  return int(std::min<qsizetype>(bytes, 64 << 20));
}
} // namespace

// One request's answer: given exactly once, by whichever comes first (the
// database thread, or the timeout on the event loop).
struct ApiService::Context {
  ApiService *api = nullptr;
  HttpServer::Responder respond;
  QByteArray routeName = "other";
  std::atomic<bool> done{false};
  void reply(HttpResponse r) {
    if (done.exchange(true))
      return;
    {
      QMutexLocker lock(&api->m_mutex);
      api->m_metrics.countRequest(routeName, r.status);
    }
    respond(std::move(r));
  }
};

ApiService::ApiService(DbPool &pool, TokenVerifier &verifier, DatabaseMonitor &monitor, Options options)
    : m_pool(pool), m_verifier(verifier), m_monitor(monitor), m_options(options) {}

void ApiService::handle(const HttpRequest &request, HttpServer::Responder respond) {
  auto context = std::make_shared<Context>();
  context->api = this;
  context->respond = std::move(respond);
  try {
    route(request, context);
  } catch (const std::exception &e) {
    qWarning("%s %s failed: %s", request.method.constData(), qPrintable(request.path), e.what());
    context->reply(errorResponse(500, ApiServiceText::tr("internal error")));
  }
}

void ApiService::route(const HttpRequest &request, const std::shared_ptr<Context> &context) {
  // The raw path, never %-decoded: "/%6detrics" is not "/metrics".
  const QString &path = request.path;
  const QByteArray &method = request.method;
  auto simple = [&](const char *name, auto answer) {
    context->routeName = name;
    context->reply(method == "GET" ? answer() : methodNotAllowed("GET"));
  };
  if (path == QLatin1String("/v1/health"))
    return simple("health", [&] { return health(); });
  if (path == QLatin1String("/metrics")) {
    context->routeName = "metrics";
    if (method != "GET")
      return context->reply(methodNotAllowed("GET"));
    return metrics(context);
  }
  if (path == QLatin1String("/openapi.json"))
    return simple("openapi", [] { return jsonResponse(200, openApiDocument()); });

  if (ScheduleApi::matches(path)) {
    context->routeName = "schedules";
    auto matched = ScheduleApi::match(path, method);
    if (auto *answer = std::get_if<HttpResponse>(&matched))
      return context->reply(*answer);
    const ScheduleApi::Route route = std::get<ScheduleApi::Route>(matched);
    return withPrincipal(request, context, [this, route, request](DbPool::Context &db, const Principal &who) {
      return ScheduleApi(db.db, {m_options.maxAttempts, m_options.maxSchedulesPerOwner})
          .handle(route, request, who, m_monitor.dataVersion());
    });
  }
  const bool jobs = path == QLatin1String("/v1/jobs") || path == QLatin1String("/v1/jobs/");
  const bool job = !jobs && path.startsWith(QLatin1String("/v1/jobs/")) && path.count(QLatin1Char('/')) == 3;
  // /v1/jobs/{id}/artifacts/{name}
  const QStringList parts = path.split(QLatin1Char('/'));
  if (parts.size() == 6 && parts[1] == QLatin1String("v1") && parts[2] == QLatin1String("jobs") &&
      parts[4] == QLatin1String("artifacts")) {
    context->routeName = "artifact";
    if (method != "GET")
      return context->reply(methodNotAllowed("GET"));
    const QString id = parts[3], name = parts[5];
    return withPrincipal(request, context, [this, id, name](DbPool::Context &db, const Principal &who) {
      return getArtifact(db.store, id, name, who);
    });
  }
  if (!jobs && !job)
    return context->reply(errorResponse(404, ApiServiceText::tr("no such resource")));
  context->routeName = jobs ? "jobs" : "job";
  if (jobs && method != "GET" && method != "POST")
    return context->reply(methodNotAllowed("GET, POST"));
  if (job && method != "GET" && method != "DELETE")
    return context->reply(methodNotAllowed("GET, DELETE"));
  const QString id = job ? path.mid(9) : QString();

  if (jobs && method == "POST")
    return withPrincipal(request, context, [this, request](DbPool::Context &db, const Principal &who) {
      return submit(db.store, request, who);
    });
  if (jobs)
    return withPrincipal(request, context, [this, request](DbPool::Context &db, const Principal &who) {
      return listJobs(db.store, request, who);
    });
  if (method == "GET")
    return withPrincipal(request, context, [this, id](DbPool::Context &db, const Principal &who) {
      return getJob(db.store, id, who);
    });
  withPrincipal(request, context, [id](DbPool::Context &db, const Principal &who) {
    const auto status = db.store.cancel(id, who.ownerFilter());
    return status ? jsonResponse(200, compactJson({{"job_id", id}, {"status", *status}})) : notFound();
  });
}

void ApiService::withPrincipal(const HttpRequest &request, const std::shared_ptr<Context> &context,
                               std::function<HttpResponse(DbPool::Context &, const Principal &)> f) {
  const QByteArray authorization = request.header("authorization");
  const bool posted = m_pool.post([this, context, authorization, f = std::move(f)](DbPool::Context &db) {
    if (context->done) // timed out while queued
      return;
    try {
      const std::optional<Principal> who = m_verifier.verify(authorization, db.db);
      if (!who) {
        HttpResponse r = errorResponse(401, ApiServiceText::tr("missing, invalid or expired bearer token"));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
        return context->reply(r);
      }
      context->reply(f(db, *who));
    } catch (const pqxx::broken_connection &) {
      db.db.reset();
      context->reply(unavailable(ApiServiceText::tr("database unavailable, retry later")));
    } catch (const pqxx::sql_error &e) {
      if (e.sqlstate() == "57014") // query_canceled: the statement timeout
        return context->reply(unavailable(ApiServiceText::tr("database too slow, retry later")));
      qWarning("request failed: %s", e.what());
      context->reply(errorResponse(500, ApiServiceText::tr("internal error")));
    } catch (const std::exception &e) {
      qWarning("request failed: %s", e.what());
      context->reply(errorResponse(500, ApiServiceText::tr("internal error")));
    }
  });
  if (!posted)
    return context->reply(unavailable(ApiServiceText::tr("server busy, retry later")));
  const int timeout = m_options.databaseTimeoutMs;
  QTimer::singleShot(timeout, [context, timeout] {
    context->reply(unavailable(
        ApiServiceText::tr("the database did not answer within %1 s, retry later").arg(timeout / 1000.0)));
  });
}

HttpResponse ApiService::submit(JobStore &store, const HttpRequest &request, const Principal &who) {
  HttpResponse problem;
  const std::optional<QJsonObject> body = jsonObjectBody(request, &problem);
  if (!body)
    return problem.status == 422
               ? fieldErrorsResponse(
                     {{QString(),
                       ApiServiceText::tr("the body must be a JSON object {\"kind\", \"params\"}")}})
               : problem;
  QList<FieldError> errors;
  const std::optional<JobRequest> job = JobRequest::fromJson(*body, &errors);
  if (!job)
    return fieldErrorsResponse(errors);
  const QString version = m_monitor.dataVersion();
  const QByteArray key = job->cacheKey(version);
  // A cached answer with files names a job of the caller's to fetch them from.
  auto cachedJob = [&] {
    return hasArtifacts(job->kind) ? store.recordCached(who.user, *job, version, m_options.maxAttempts)
                                   : QString();
  };
  std::optional<QByteArray> known;
  {
    QMutexLocker lock(&m_mutex);
    if (const QByteArray *result = m_results.object(key))
      known = *result;
  }
  if (known)
    return cachedAnswer(*known, cachedJob());
  const JobStore::Submission s = store.submit(who.user, *job, version, m_options.maxAttempts);
  if (s.outcome == JobStore::Submission::Cached) {
    {
      QMutexLocker lock(&m_mutex);
      m_results.insert(key, new QByteArray(s.resultJson), cost(s.resultJson.size()));
    }
    return cachedAnswer(s.resultJson, cachedJob());
  }
  HttpResponse r = jsonResponse(202, compactJson({{"job_id", s.jobId}, {"status", s.status}}));
  r.headers.append(qMakePair(QByteArray("Location"), "/v1/jobs/" + s.jobId.toLatin1()));
  return r;
}

HttpResponse ApiService::getJob(JobStore &store, const QString &id, const Principal &who) {
  {
    QMutexLocker lock(&m_mutex);
    if (const FinishedJob *done = m_finishedJobs.object(id))
      return who.isAdmin() || done->owner == who.user ? jsonResponse(200, done->body) : notFound();
  }
  const auto job = store.get(id, who.ownerFilter(), true);
  if (!job)
    return notFound();
  QByteArray body = job->toJson();
  if (job->status == jobStatusId(JobStatus::Succeeded)) {
    QMutexLocker lock(&m_mutex);
    m_finishedJobs.insert(id, new FinishedJob{job->owner, body}, cost(body.size()));
  }
  return jsonResponse(200, body);
}

HttpResponse ApiService::getArtifact(JobStore &store, const QString &id, const QString &name,
                                     const Principal &who) {
  if (!isArtifactName(name))
    return errorResponse(404, ApiServiceText::tr("no such file"));
  const JobStore::ArtifactLookup found = store.artifact(id, who.ownerFilter(), name);
  if (!found.jobVisible)
    return notFound();
  if (found.status != jobStatusId(JobStatus::Succeeded)) {
    HttpResponse r = errorResponse(
        409,
        ApiServiceText::tr("the job is %1; its files can be fetched once it succeeded").arg(found.status));
    if (!isFinalJobStatus(found.status))
      r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    return r;
  }
  if (!found.artifact)
    return errorResponse(404, ApiServiceText::tr("the job has no file %1").arg(name));
  HttpResponse r;
  r.contentType = found.artifact->contentType;
  r.body = found.artifact->data;
  r.headers.append(
      qMakePair(QByteArray("Content-Disposition"), "attachment; filename=\"" + name.toLatin1() + '"'));
  r.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
  return r;
}

HttpResponse ApiService::listJobs(JobStore &store, const HttpRequest &request, const Principal &who) {
  QList<FieldError> errors;
  int limit = 100;
  if (request.query.hasQueryItem("limit")) {
    bool ok = true;
    limit = request.query.queryItemValue("limit").toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
      errors.append({"limit", ApiServiceText::tr("must be an integer from 1 to 1000")});
  }
  const QString status = request.query.queryItemValue("status");
  if (!status.isEmpty() && !serverJobStatusIds().contains(status))
    errors.append({"status", ApiServiceText::tr("unknown status")});
  const QString cursor = request.query.queryItemValue("cursor");
  if (!cursor.isEmpty() && !JobCursor::parse(cursor))
    errors.append({"cursor", ApiServiceText::tr("not a cursor from a previous page's next_cursor")});
  if (!errors.isEmpty())
    return fieldErrorsResponse(errors);
  const JobPage page = store.list(who.ownerFilter(), status, limit, cursor, m_options.maxListBytes);
  QByteArray body = "{\"jobs\":[";
  for (size_t i = 0; i < page.jobs.size(); ++i)
    body += (i ? "," : "") + page.jobs[i];
  body += "],\"next_cursor\":";
  body += page.nextCursor.isEmpty() ? QByteArray("null") : '"' + page.nextCursor.toLatin1() + '"';
  body += '}';
  return jsonResponse(200, body);
}

HttpResponse ApiService::health() const {
  const DatabaseMonitor::Snapshot s = m_monitor.snapshot();
  return jsonResponse(s.databaseUp ? 200 : 503,
                      compactJson({{"status", s.databaseUp ? "ok" : "unavailable"},
                                   {"database", s.databaseUp ? "ok" : "unreachable"},
                                   {"database_last_ok_seconds_ago", s.lastOkSecondsAgo},
                                   {"data_version", s.dataVersion}}));
}

void ApiService::metrics(const std::shared_ptr<Context> &context) {
  // Fresh figures from a database thread; when none answers within a
  // second, the monitor's (at most a few seconds old), so /metrics never
  // waits on a slow database.
  const bool posted = m_pool.post([this, context](DbPool::Context &db) {
    if (context->done)
      return;
    try {
      context->reply(renderMetrics(db.store.stats(kWorkerTimeoutSeconds)));
    } catch (const std::exception &) {
      db.db.reset();
      context->reply(renderMetrics(m_monitor.snapshot().stats));
    }
  });
  auto fallback = [this, context] { context->reply(renderMetrics(m_monitor.snapshot().stats)); };
  if (!posted)
    return fallback();
  QTimer::singleShot(std::min(1000, m_options.databaseTimeoutMs), fallback);
}

HttpResponse ApiService::renderMetrics(const JobStats &stats) {
  const DatabaseMonitor::Snapshot s = m_monitor.snapshot();
  HttpResponse r;
  r.contentType = "text/plain; version=0.0.4";
  {
    QMutexLocker lock(&m_mutex);
    r.body = m_metrics.render(stats);
  }
  r.body += "# HELP epidesk_database_up Whether this server's last database check succeeded.\n"
            "# TYPE epidesk_database_up gauge\nepidesk_database_up " +
            QByteArray(s.databaseUp ? "1" : "0") +
            "\n# HELP epidesk_database_tasks_queued Requests waiting for a database thread.\n"
            "# TYPE epidesk_database_tasks_queued gauge\nepidesk_database_tasks_queued " +
            QByteArray::number(m_pool.queued()) + '\n';
  if (m_options.schedulerLeader)
    r.body += "# HELP epidesk_scheduler_leader Whether this server is the one firing schedules.\n"
              "# TYPE epidesk_scheduler_leader gauge\nepidesk_scheduler_leader " +
              QByteArray(m_options.schedulerLeader() ? "1" : "0") + '\n';
  return r;
}

} // namespace epidesk
