#pragma once
#include "DbPool.h"
#include "HttpServer.h"
#include "MetricsRegistry.h"
#include <QCache>
#include <QMutex>
#include <QString>
#include <optional>

namespace epidesk {

class DatabaseMonitor;
class TokenVerifier;
struct Principal;
struct JobStats;

// Routes and handlers of the cluster HTTP API (see OpenApi.cpp). Requests
// that need a token or the database run on the DbPool's threads and answer
// through the Responder (finished jobs and results from memory, after the
// token check); health, metrics and the OpenAPI document answer on the event
// loop without touching the database, so a slow or frozen database never
// holds them up.
class ApiService {
public:
  struct Options {
    int maxAttempts = 3;
    int databaseTimeoutMs = 10000;      // answer 503 when the database has not answered by then
    qsizetype maxListBytes = 256 << 10; // a job list page stops growing past this
    int maxSchedulesPerOwner = 100;
    std::function<bool()> schedulerLeader; // for /metrics: whether this server fires schedules
  };
  ApiService(DbPool &pool, TokenVerifier &verifier, DatabaseMonitor &monitor, Options options);
  void handle(const HttpRequest &request, HttpServer::Responder respond);

private:
  struct Context;
  void route(const HttpRequest &request, const std::shared_ptr<Context> &context);
  // Runs f(ctx, principal) on a database thread once the token is verified.
  void withPrincipal(const HttpRequest &request, const std::shared_ptr<Context> &context,
                     std::function<HttpResponse(DbPool::Context &, const Principal &)> f);
  HttpResponse submit(JobStore &store, const HttpRequest &request, const Principal &who);
  HttpResponse getJob(JobStore &store, const QString &id, const Principal &who);
  HttpResponse getArtifact(JobStore &store, const QString &id, const QString &name, const Principal &who);
  HttpResponse listJobs(JobStore &store, const HttpRequest &request, const Principal &who);
  HttpResponse health() const;
  void metrics(const std::shared_ptr<Context> &context);
  HttpResponse renderMetrics(const JobStats &stats);

  DbPool &m_pool;
  TokenVerifier &m_verifier;
  DatabaseMonitor &m_monitor;
  Options m_options;
  QMutex m_mutex; // the caches and the metrics are used from every thread
  MetricsRegistry m_metrics;
  // Succeeded jobs and stored results never change, so their answers are
  // kept in memory (LRU by bytes): polling and resubmitting finished work
  // stays off the database. Safe with several server replicas.
  struct FinishedJob {
    QString owner;
    QByteArray body;
  };
  QCache<QString, FinishedJob> m_finishedJobs{64 << 20};
  QCache<QByteArray, QByteArray> m_results{64 << 20}; // by cache key
};

} // namespace epidesk
