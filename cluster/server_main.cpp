// epidesk-server: the cluster's HTTP API (jobs in PostgreSQL, see ApiService)
// and its admin commands (token create/list/revoke, migrate).
#include "ApiService.h"
#include "Scheduler.h"
#include "ClusterDb.h"
#include "DataSourceRegistry.h"
#include "DataVersion.h"
#include "DatabaseMonitor.h"
#include "DbPool.h"
#include "HttpServer.h"
#include "JobLimits.h"
#include "JobStore.h"
#include "TokenAuth.h"
#include "TokenVerifier.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace epidesk;

namespace {

int fail(const QString &message, int code = 1) {
  fprintf(stderr, "epidesk-server: %s\n", qPrintable(message));
  return code;
}

QCommandLineOption dbOption() {
  return QCommandLineOption(
      "db",
      QCoreApplication::translate("epidesk-server",
                                  "PostgreSQL URI of the job database (default: $EPIDESK_CLUSTER_DB)."),
      "URI", qEnvironmentVariable("EPIDESK_CLUSTER_DB"));
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description) {
  parser.setApplicationDescription(description);
  parser.addHelpOption();
  if (!parser.parse(args)) {
    fail(parser.errorText(), 2);
    return false;
  }
  if (parser.isSet("help")) {
    printf("%s", qPrintable(parser.helpText()));
    return false;
  }
  return true;
}

QString isoOrNull(const QDateTime &t) {
  return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

// token list: one JSON object per token, never the token or its hash.
int listTokens(TokenAuth &auth) {
  QJsonArray tokens;
  for (const TokenInfo &t : auth.list()) {
    QJsonObject o{
        {"id", t.id},
        {"user", t.user},
        {"role", t.role},
        {"created_at", isoOrNull(t.createdAt)},
        {"last_used_at", t.lastUsedAt.isValid() ? QJsonValue(isoOrNull(t.lastUsedAt)) : QJsonValue()},
        {"revoked_at", t.revokedAt.isValid() ? QJsonValue(isoOrNull(t.revokedAt)) : QJsonValue()},
        {"expires_at", isoOrNull(t.expiresAt)},
        {"expired", t.expiresAt.isValid() && t.expiresAt <= QDateTime::currentDateTimeUtc()}};
    tokens.append(o);
  }
  printf("%s\n", QJsonDocument(QJsonObject{{"tokens", tokens}}).toJson(QJsonDocument::Compact).constData());
  return 0;
}

int tokenCommand(const QStringList &args) {
  QCommandLineParser parser;
  const QCommandLineOption user(
      "user",
      QCoreApplication::translate("epidesk-server",
                                  "User name the token belongs to (create), or whose tokens to revoke."),
      "NAME");
  const QCommandLineOption role(
      "role", QCoreApplication::translate("epidesk-server", "analyst (own jobs) or admin (all jobs)."),
      "ROLE", "analyst");
  const QCommandLineOption id(
      "id", QCoreApplication::translate("epidesk-server", "Token id from \"token list\" (revoke)."), "ID");
  const QCommandLineOption expires(
      "expires-days",
      QCoreApplication::translate("epidesk-server", "Days until the token expires (create; 1 to %1).")
          .arg(TokenAuth::maxExpiryDays),
      "DAYS", QString::number(TokenAuth::defaultExpiryDays));
  parser.addOptions({dbOption(), user, role, id, expires});
  parser.addPositionalArgument(
      "command",
      QCoreApplication::translate("epidesk-server",
                                  "create: make a token and print it (shown only once); list: show tokens "
                                  "(never their secret); revoke: refuse a token from the next request on."));
  if (!parse(parser, args, QCoreApplication::translate("epidesk-server", "Manage API tokens.")))
    return parser.isSet("help") ? 0 : 2;
  const QStringList positional = parser.positionalArguments();
  const QString command = positional.value(0);
  if (positional.size() != 1 || !QStringList{"create", "list", "revoke"}.contains(command))
    return fail(QCoreApplication::translate(
                    "epidesk-server",
                    "usage: epidesk-server token create --db URI --user NAME --role analyst|admin "
                    "[--expires-days 90]\n"
                    "       epidesk-server token list --db URI\n"
                    "       epidesk-server token revoke --db URI (--id ID | --user NAME)"),
                2);
  qint64 revokeId = 0;
  bool daysOk = false;
  const int expiresDays = parser.value(expires).toInt(&daysOk);
  if (command == QLatin1String("create")) {
    if (!daysOk || expiresDays < 1 || expiresDays > TokenAuth::maxExpiryDays)
      return fail(QCoreApplication::translate("epidesk-server", "--expires-days: a whole number from 1 to %1")
                      .arg(TokenAuth::maxExpiryDays),
                  2);
    if (parser.value(user).trimmed().isEmpty())
      return fail(QCoreApplication::translate("epidesk-server", "--user: required"), 2);
    if (!TokenAuth::validRole(parser.value(role)))
      return fail(QCoreApplication::translate("epidesk-server", "--role: must be analyst or admin"), 2);
  } else if (command == QLatin1String("revoke")) {
    if (parser.isSet(id) == parser.isSet(user))
      return fail(QCoreApplication::translate("epidesk-server", "revoke: give either --id or --user"), 2);
    bool ok = true;
    if (parser.isSet(id))
      revokeId = parser.value(id).toLongLong(&ok);
    if (!ok || (parser.isSet(id) && revokeId < 1))
      return fail(
          QCoreApplication::translate("epidesk-server", "--id: expected a token id from \"token list\""), 2);
    if (parser.isSet(user) && parser.value(user).trimmed().isEmpty())
      return fail(QCoreApplication::translate("epidesk-server", "--user: required"), 2);
  }
  ClusterDb db(parser.value("db"));
  QString error;
  if (!db.open(&error))
    return fail(error);
  try {
    TokenAuth auth(db);
    if (command == QLatin1String("list"))
      return listTokens(auth);
    if (command == QLatin1String("revoke")) {
      const int revoked =
          parser.isSet(id) ? auth.revokeId(revokeId) : auth.revokeUser(parser.value(user).trimmed());
      printf("{\"revoked\":%d}\n", revoked);
      if (revoked == 0)
        return fail(QCoreApplication::translate("epidesk-server", "no active token matched"));
      return 0;
    }
    printf("%s\n", qPrintable(auth.create(parser.value(user).trimmed(), parser.value(role), expiresDays)));
  } catch (const std::exception &e) {
    return fail(ClusterDb::errorText(e));
  }
  return 0;
}

int migrateCommand(const QStringList &args) {
  QCommandLineParser parser;
  parser.addOption(dbOption());
  if (!parse(parser, args,
             QCoreApplication::translate("epidesk-server", "Create or upgrade the epidesk_cluster schema.")))
    return parser.isSet("help") ? 0 : 2;
  ClusterDb db(parser.value("db"));
  QString error;
  if (!db.open(&error))
    return fail(error);
  printf("{\"schema_version\":%d}\n", ClusterDb::schemaVersion);
  return 0;
}

void onSignal(int) {
  QCoreApplication::quit();
}

// Every connection is a descriptor: take the hard limit, not the usual 1024.
void raiseOpenFileLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
    return;
  if (limit.rlim_cur < limit.rlim_max) {
    const rlim_t before = limit.rlim_cur;
    limit.rlim_cur = limit.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0)
      limit.rlim_cur = before;
  }
  fprintf(stderr, "epidesk-server: open files limit %llu\n", static_cast<unsigned long long>(limit.rlim_cur));
}

int serve(const QStringList &args) {
  QCommandLineParser parser;
  const QCommandLineOption listen(
      "listen",
      QCoreApplication::translate("epidesk-server",
                                  "Address and port to listen on (port 0 = any free port)."),
      "HOST:PORT", "127.0.0.1:8080");
  const QCommandLineOption data(
      "data",
      QCoreApplication::translate("epidesk-server",
                                  "Data source the jobs run against: store path or warehouse URI."),
      "LOCATION", qEnvironmentVariable("EPIDESK_CLUSTER_DATA"));
  const QCommandLineOption maxBody(
      "max-body", QCoreApplication::translate("epidesk-server", "Largest request body in bytes."), "BYTES",
      QString::number(HttpServer::Limits().request.maxBodyBytes));
  const QCommandLineOption maxAttempts(
      "max-attempts", QCoreApplication::translate("epidesk-server", "Attempts per job before it fails."), "N",
      "3");
  const HttpServer::Limits defaults;
  const QString seconds = QStringLiteral("SECONDS");
  const QCommandLineOption headerTimeout(
      "header-timeout",
      QCoreApplication::translate("epidesk-server", "Seconds to receive a request head from its first byte."),
      seconds, QString::number(defaults.headerTimeoutMs / 1000.0));
  const QCommandLineOption bodyTimeout(
      "body-timeout",
      QCoreApplication::translate("epidesk-server", "Seconds to receive a request body after its head."),
      seconds, QString::number(defaults.bodyTimeoutMs / 1000.0));
  const QCommandLineOption idleTimeout(
      "idle-timeout",
      QCoreApplication::translate("epidesk-server",
                                  "Seconds a connection may stay silent before its first request or "
                                  "between requests (and a stalled response write)."),
      seconds, QString::number(defaults.idleTimeoutMs / 1000.0));
  const QCommandLineOption maxConnections(
      "max-connections",
      QCoreApplication::translate("epidesk-server", "Open connections at most; more get 503."), "N",
      QString::number(defaults.maxConnections));
  const QCommandLineOption maxPerClient(
      "max-connections-per-client",
      QCoreApplication::translate("epidesk-server", "Open connections at most per client address."), "N",
      QString::number(defaults.maxConnectionsPerClient));
  const QCommandLineOption dbConnections(
      "db-connections",
      QCoreApplication::translate("epidesk-server", "Database connections (threads) serving requests."), "N",
      "4");
  const QCommandLineOption dbTimeout(
      "db-timeout",
      QCoreApplication::translate("epidesk-server",
                                  "Seconds a request may wait for the database before it gets 503 (also "
                                  "the statement timeout)."),
      seconds, "10");
  const JobLimits jobDefaults;
  const QCommandLineOption maxForecastCost(
      "max-forecast-cost",
      QCoreApplication::translate(
          "epidesk-server", "Largest forecast job: series × horizon × (backtest origins + 1) × samples."),
      "N", QString::number(jobDefaults.maxForecastCost, 'g', 12));
  const QCommandLineOption maxSolveSeconds(
      "max-solve-seconds",
      QCoreApplication::translate("epidesk-server", "Largest relocation time_limit_seconds accepted."),
      seconds, QString::number(jobDefaults.maxSolveSeconds));
  const QCommandLineOption noScheduler(
      "no-scheduler",
      QCoreApplication::translate("epidesk-server",
                                  "Never fire schedules from this server (an API-only replica)."));
  const QCommandLineOption scheduleGrace(
      "schedule-grace",
      QCoreApplication::translate("epidesk-server",
                                  "Seconds past its due time after which a run counts as missed (all "
                                  "servers were down) and the schedule's catch_up applies."),
      seconds, "120");
  const QCommandLineOption maxSchedules(
      "max-schedules-per-user", QCoreApplication::translate("epidesk-server", "Schedules a user may keep."),
      "N", "100");
  parser.addOptions({dbOption(), listen, data, maxBody, maxAttempts, headerTimeout, bodyTimeout, idleTimeout,
                     maxConnections, maxPerClient, dbConnections, dbTimeout, maxForecastCost,
                     maxSolveSeconds, noScheduler, scheduleGrace, maxSchedules});
  if (!parse(parser, args, QCoreApplication::translate("epidesk-server", "EpiDesk cluster API server.")))
    return parser.isSet("help") ? 0 : 2;

  const QString hostPort = parser.value(listen);
  const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
  bool portOk = false;
  const int port = hostPort.mid(colon + 1).toInt(&portOk);
  const QHostAddress address(hostPort.left(colon));
  if (colon <= 0 || !portOk || port < 0 || port > 65535 || address.isNull())
    return fail(
        QCoreApplication::translate("epidesk-server", "--listen: expected HOST:PORT, e.g. 127.0.0.1:8080"),
        2);
  bool n1 = false, n2 = false;
  const qint64 bodyLimit = parser.value(maxBody).toLongLong(&n1);
  const int attempts = parser.value(maxAttempts).toInt(&n2);
  if (!n1 || bodyLimit < 1024 || !n2 || attempts < 1)
    return fail(QCoreApplication::translate("epidesk-server", "--max-body / --max-attempts: invalid number"),
                2);
  HttpServer::Limits limits;
  limits.request.maxBodyBytes = bodyLimit;
  bool timesOk = true;
  auto milliseconds = [&](const QCommandLineOption &o) {
    bool ok = false;
    const double s = parser.value(o).toDouble(&ok);
    timesOk = timesOk && ok && s > 0 && s <= 86400;
    return int(s * 1000);
  };
  limits.headerTimeoutMs = milliseconds(headerTimeout);
  limits.bodyTimeoutMs = milliseconds(bodyTimeout);
  limits.idleTimeoutMs = milliseconds(idleTimeout);
  bool c1 = false, c2 = false;
  limits.maxConnections = parser.value(maxConnections).toInt(&c1);
  limits.maxConnectionsPerClient = parser.value(maxPerClient).toInt(&c2);
  if (!timesOk)
    return fail(QCoreApplication::translate(
                    "epidesk-server", "--header-timeout / --body-timeout / --idle-timeout: invalid seconds"),
                2);
  if (!c1 || !c2 || limits.maxConnections < 1 || limits.maxConnectionsPerClient < 1)
    return fail(QCoreApplication::translate(
                    "epidesk-server", "--max-connections / --max-connections-per-client: invalid number"),
                2);
  if (parser.value(data).isEmpty())
    return fail(
        QCoreApplication::translate("epidesk-server", "--data: required (store path or warehouse URI)"), 2);

  bool d1 = false, d2 = false, d3 = false, d4 = false;
  const int connections = parser.value(dbConnections).toInt(&d1);
  const double waitSeconds = parser.value(dbTimeout).toDouble(&d2);
  JobLimits jobLimits;
  jobLimits.maxForecastCost = parser.value(maxForecastCost).toDouble(&d3);
  jobLimits.maxSolveSeconds = parser.value(maxSolveSeconds).toDouble(&d4);
  if (!d1 || connections < 1 || connections > 64 || !d2 || !(waitSeconds > 0) || !d3 ||
      !(jobLimits.maxForecastCost > 0) || !d4 || !(jobLimits.maxSolveSeconds > 0))
    return fail(QCoreApplication::translate("epidesk-server",
                                            "--db-connections (1 to 64), --db-timeout, --max-forecast-cost, "
                                            "--max-solve-seconds: positive numbers"),
                2);
  JobLimits::setCurrent(jobLimits);
  bool g1 = false, g2 = false;
  const double grace = parser.value(scheduleGrace).toDouble(&g1);
  const int schedulesPerUser = parser.value(maxSchedules).toInt(&g2);
  if (!g1 || grace < 10 || grace > 86400 || !g2 || schedulesPerUser < 1 || schedulesPerUser > 100000)
    return fail(QCoreApplication::translate("epidesk-server",
                                            "--schedule-grace (10 to 86400 s) / --max-schedules-per-user: "
                                            "invalid number"),
                2);

  QString error;
  const std::unique_ptr<DataSource> source = openDataSource(parser.value(data), &error);
  if (!source)
    return fail(error);
  {
    ClusterDb db(parser.value("db"));
    if (!db.open(&error)) // migrates
      return fail(error);
  }
  const int waitMs = int(waitSeconds * 1000);
  TokenVerifier verifier;
  // The data version is part of every cache key; the monitor re-reads it every
  // few seconds so results computed before a new import are not served after it.
  DatabaseMonitor monitor(
      parser.value("db"), verifier, [&source] { return dataVersion(*source); }, 60);
  monitor.start();
  monitor.waitForFirstCheck(5000); // health and metrics are right from the first request
  auto pool = std::make_unique<DbPool>(parser.value("db"), connections, waitMs, connections * 256);
  Scheduler::Options scheduling;
  scheduling.graceSeconds = int(grace);
  scheduling.maxAttempts = attempts;
  Scheduler scheduler(
      parser.value("db"), [&monitor] { return monitor.dataVersion(); }, scheduling);
  if (!parser.isSet(noScheduler))
    scheduler.start();
  ApiService::Options apiOptions;
  apiOptions.maxAttempts = attempts;
  apiOptions.databaseTimeoutMs = waitMs;
  apiOptions.maxSchedulesPerOwner = schedulesPerUser;
  apiOptions.schedulerLeader = [&scheduler] { return scheduler.isLeader(); };
  ApiService api(*pool, verifier, monitor, apiOptions);
  HttpServer server(
      [&api](const HttpRequest &r, HttpServer::Responder respond) { api.handle(r, std::move(respond)); },
      limits);
  raiseOpenFileLimit();
  if (!server.listen(address, quint16(port), &error))
    return fail(
        QCoreApplication::translate("epidesk-server", "cannot listen on %1: %2").arg(hostPort, error));
  std::signal(SIGTERM, onSignal);
  std::signal(SIGINT, onSignal);
  printf("listening on http://%s:%d data_version=%s\n", qPrintable(address.toString()), server.port(),
         qPrintable(monitor.dataVersion()));
  fflush(stdout);
  const int code = QCoreApplication::exec();
  pool.reset(); // its threads hold pointers into api
  return code;
}
} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName("epidesk-server");
  const QStringList args = QCoreApplication::arguments();
  const QString command = args.value(1);
  if (command == QLatin1String("token"))
    return tokenCommand(QStringList{args[0] + " token"} + args.mid(2));
  if (command == QLatin1String("migrate"))
    return migrateCommand(QStringList{args[0] + " migrate"} + args.mid(2));
  return serve(args);
}
