#pragma once
#include "HttpMessage.h"
#include <QString>
#include <variant>

namespace epidesk {

class ClusterDb;
struct Principal;

// The /v1/schedules routes (see OpenApi.cpp): matched on the event loop,
// handled on a database thread once the token is verified. Another user's
// schedule is 404, as another user's job is.
class ScheduleApi {
public:
  struct Options {
    int maxAttempts = 3;
    int maxSchedulesPerOwner = 100;
  };
  struct Route {
    enum Action { List, Create, Get, Patch, Delete, Runs, Pause, Resume, RunNow } action = List;
    QString id;
  };
  static bool matches(const QString &path);
  // The route, or the 404 / 405 to answer.
  static std::variant<Route, HttpResponse> match(const QString &path, const QByteArray &method);

  ScheduleApi(ClusterDb &db, Options options) : m_db(db), m_options(options) {}
  HttpResponse handle(const Route &route, const HttpRequest &request, const Principal &who,
                      const QString &dataVersion);

private:
  HttpResponse create(const HttpRequest &request, const Principal &who);
  HttpResponse patch(const QString &id, const HttpRequest &request, const Principal &who);
  HttpResponse runs(const QString &id, const HttpRequest &request, const Principal &who);
  HttpResponse runNow(const QString &id, const HttpRequest &request, const Principal &who,
                      const QString &dataVersion);

  ClusterDb &m_db;
  Options m_options;
};

} // namespace epidesk
