#pragma once
#include "HttpServer.h"
#include "MetricsRegistry.h"
#include <QCache>
#include <QString>
#include <functional>
#include <optional>

namespace epidesk {

class JobStore;
class TokenAuth;
struct Principal;

// Routes and handlers of the cluster HTTP API (see OpenApi.cpp). Pure
// request -> response; the transport is HttpServer.
class ApiService {
public:
  struct Options {
    int maxAttempts = 3;
    double workerTimeoutSeconds = 60; // workers_alive: heartbeat within this
  };
  // dataVersion() is asked per submission (it is cached by the caller).
  ApiService(JobStore &store, TokenAuth &auth, std::function<QString()> dataVersion, Options options);
  HttpResponse handle(const HttpRequest &request);

private:
  HttpResponse route(const HttpRequest &request, QByteArray *routeName);
  HttpResponse submit(const HttpRequest &request, const Principal &who);
  HttpResponse getJob(const QString &id, const Principal &who);
  HttpResponse cancelJob(const QString &id, const Principal &who);
  HttpResponse listJobs(const HttpRequest &request, const Principal &who);
  HttpResponse health();
  HttpResponse metrics();

  JobStore &m_store;
  TokenAuth &m_auth;
  std::function<QString()> m_dataVersion;
  Options m_options;
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
