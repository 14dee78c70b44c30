#include "CliCommand.h"
#include "CliIo.h"
#include "RemoteJobRun.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace epidesk::cli {

namespace {

QString tr(const char *text) {
  return QCoreApplication::translate("cli", text);
}

// The answer as JSON on stdout, or its error on stderr: a 422 lists every
// field, exit code 2 as for any usage error.
int answer(const ClusterReply &r) {
  if (r.ok()) {
    printJson(r.body);
    return Ok;
  }
  if (!r.fieldErrors.isEmpty()) {
    QStringList parts;
    for (const auto &[field, message] : r.fieldErrors)
      parts << QStringLiteral("%1: %2").arg(field.isEmpty() ? tr("body") : field, message);
    return fail(parts.join(QStringLiteral("\n")), Usage);
  }
  return fail(r.error);
}

// --params '{"level":"uf"}' or --params @file.json
std::optional<QJsonObject> jsonArgument(const QString &value, const QString &option, QString *error) {
  QByteArray text = value.toUtf8();
  if (value.startsWith(QLatin1Char('@'))) {
    QFile f(value.mid(1));
    if (!f.open(QIODevice::ReadOnly)) {
      *error = QStringLiteral("%1: %2: %3").arg(option, value.mid(1), f.errorString());
      return std::nullopt;
    }
    text = f.readAll();
  }
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
  if (!doc.isObject()) {
    *error = tr("%1: not a JSON object (%2)").arg(option, parseError.errorString());
    return std::nullopt;
  }
  return doc.object();
}

} // namespace

// epidesk-cli schedule create|list|show|runs|update|pause|resume|run-now|delete:
// the cluster's schedules (the token from $EPIDESK_CLUSTER_TOKEN, never the
// command line), the same fields as POST /v1/schedules.
class ScheduleCommand : public CliCommand {
public:
  QString name() const override { return QStringLiteral("schedule"); }
  QString summary() const override {
    return tr(
        "Recurring runs on the cluster: schedule create|list|show|runs|update|pause|resume|run-now|delete.");
  }
  int run(const QStringList &args) override;
};

int ScheduleCommand::run(const QStringList &args) {
  static const QStringList actions{"create", "list",   "show",    "runs",  "update",
                                   "pause",  "resume", "run-now", "delete"};
  QCommandLineParser parser;
  const QCommandLineOption server("server", tr("Cluster URL, e.g. http://cluster:8080 (required)."), "URL");
  const QCommandLineOption kind("kind", tr("Job kind: trends, forecast, relocation or dashboard."), "KIND");
  const QCommandLineOption params("params", tr("The job's params as JSON, or @FILE."), "JSON");
  const QCommandLineOption dashboard(
      "dashboard", tr("A .epidash document to render to PDF on each run (kind dashboard)."), "FILE");
  const QCommandLineOption cron("cron", tr("Five-field cron expression, e.g. \"0 7 * * 1\"."), "EXPR");
  const QCommandLineOption zone("timezone", tr("IANA time zone (default: this computer's)."), "ZONE");
  const QCommandLineOption title("name", tr("A name for the schedule."), "NAME");
  const QCommandLineOption catchUp("catch-up", tr("Missed runs: none, latest (default) or all."), "POLICY");
  const QCommandLineOption force("force", tr("Recompute even when the data did not change."));
  const QCommandLineOption maxFailures(
      "max-failures", tr("Failed runs in a row before the schedule pauses itself (default 5)."), "N");
  const QCommandLineOption limit("limit", tr("runs: at most this many (1 to 500)."), "N", "50");
  parser.addOptions({server, kind, params, dashboard, cron, zone, title, catchUp, force, maxFailures, limit});
  parser.addPositionalArgument("action", actions.join(QLatin1Char('|')));
  parser.addPositionalArgument("id", tr("The schedule (all but create and list)."));
  int code = Ok;
  if (!parseArguments(parser, args, tr("Manage the cluster's schedules."), &code))
    return code;
  const QStringList positional = parser.positionalArguments();
  const QString action = positional.value(0);
  if (!actions.contains(action))
    return fail(tr("schedule: expected one of %1").arg(actions.join(QStringLiteral(", "))), Usage);
  const bool needsId = action != QLatin1String("create") && action != QLatin1String("list");
  if (positional.size() != (needsId ? 2 : 1))
    return fail(needsId ? tr("schedule %1: give the schedule id").arg(action)
                        : tr("schedule %1: takes no id").arg(action),
                Usage);
  const QString id = positional.value(1);
  const QUrl url(parser.value(server));
  if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
    return fail(tr("--server: required, an http:// or https:// URL"), Usage);

  // create / update: the body from the options given.
  QJsonObject body;
  QString error;
  if (parser.isSet(dashboard)) {
    const std::optional<QJsonObject> doc =
        jsonArgument(QLatin1Char('@') + parser.value(dashboard), "--dashboard", &error);
    if (!doc)
      return fail(error, Usage);
    body.insert("kind", "dashboard");
    body.insert("params", QJsonObject{{"document", ClusterClient::dashboardForCluster(*doc)}});
  }
  if (parser.isSet(kind))
    body.insert("kind", parser.value(kind));
  if (parser.isSet(params)) {
    const std::optional<QJsonObject> p = jsonArgument(parser.value(params), "--params", &error);
    if (!p)
      return fail(error, Usage);
    body.insert("params", *p);
  }
  if (parser.isSet(cron))
    body.insert("cron", parser.value(cron));
  if (parser.isSet(zone))
    body.insert("timezone", parser.value(zone));
  else if (action == QLatin1String("create"))
    body.insert("timezone", QString::fromLatin1(QTimeZone::systemTimeZoneId()));
  if (parser.isSet(title))
    body.insert("name", parser.value(title));
  if (parser.isSet(catchUp))
    body.insert("catch_up", parser.value(catchUp));
  if (parser.isSet(force))
    body.insert("force", true);
  if (parser.isSet(maxFailures))
    body.insert("max_failures", parser.value(maxFailures).toInt());

  RemoteJobRun cluster(url, qEnvironmentVariable("EPIDESK_CLUSTER_TOKEN"));
  const auto call = [&](const std::function<quint64(ClusterClient &)> &send) {
    return answer(cluster.call(send));
  };
  if (action == QLatin1String("create"))
    return call([&](ClusterClient &c) { return c.createSchedule(body); });
  if (action == QLatin1String("list"))
    return call([](ClusterClient &c) { return c.listSchedules(); });
  if (action == QLatin1String("show"))
    return call([&](ClusterClient &c) { return c.schedule(id); });
  if (action == QLatin1String("runs"))
    return call([&](ClusterClient &c) { return c.scheduleRuns(id, parser.value(limit).toInt()); });
  if (action == QLatin1String("update")) {
    if (body.isEmpty())
      return fail(tr("schedule update: give at least one field to change"), Usage);
    return call([&](ClusterClient &c) { return c.updateSchedule(id, body); });
  }
  if (action == QLatin1String("delete"))
    return call([&](ClusterClient &c) { return c.deleteSchedule(id); });
  const QJsonObject actionBody = parser.isSet(force) && action == QLatin1String("run-now")
                                     ? QJsonObject{{"force", true}}
                                     : QJsonObject();
  return call([&](ClusterClient &c) { return c.scheduleAction(id, action, actionBody); });
}

static RegisterCommand<ScheduleCommand> registerSchedule("schedule");

} // namespace epidesk::cli
