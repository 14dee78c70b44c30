#include "ScheduleStore.h"
#include "ClusterDb.h"
#include "DbFields.h"
#include "JobStore.h"
#include "ScheduleFiring.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace epidesk {

namespace {
using db::instant;
using db::qstr;
using db::str;

// The live status of a run: its job's while the copied one may lag.
const char *const kRunStatus =
    "CASE WHEN r.status IN ('queued', 'running') AND j.status IS NOT NULL THEN j.status ELSE r.status END";

std::string scheduleColumns(bool withParams) {
  return std::string("s.id::text, s.owner, s.name, s.kind, ") +
         (withParams ? "s.request::text" : "NULL::text") +
         ", s.cron, s.timezone, s.catch_up, s.force, s.max_failures, s.paused, coalesce(s.pause_reason, ''),"
         " s.consecutive_failures, extract(epoch FROM s.next_run_at)::float8,"
         " extract(epoch FROM s.created_at)::float8, extract(epoch FROM s.updated_at)::float8,"
         " last.status, last.job_id, last.due"
         " FROM epidesk_cluster.schedules s LEFT JOIN LATERAL (SELECT " +
         kRunStatus +
         " AS status, r.job_id::text AS job_id, extract(epoch FROM r.due_at)::float8 AS due"
         "   FROM epidesk_cluster.schedule_runs r LEFT JOIN epidesk_cluster.jobs j ON j.id = r.job_id"
         "   WHERE r.schedule_id = s.id ORDER BY r.id DESC LIMIT 1) last ON true";
}

ScheduleRecord readSchedule(const pqxx::row &r) {
  ScheduleRecord s;
  s.id = qstr(r[0]);
  s.owner = qstr(r[1]);
  s.name = qstr(r[2]);
  s.kind = qstr(r[3]);
  if (!r[4].is_null())
    s.params = QJsonDocument::fromJson(qstr(r[4]).toUtf8()).object().value("params").toObject();
  s.cron = qstr(r[5]);
  s.timeZone = qstr(r[6]);
  s.catchUp = qstr(r[7]);
  s.force = r[8].as<bool>();
  s.maxFailures = r[9].as<int>();
  s.paused = r[10].as<bool>();
  s.pauseReason = qstr(r[11]);
  s.consecutiveFailures = r[12].as<int>();
  s.nextRunAt = instant(r[13]);
  s.createdAt = instant(r[14]);
  s.updatedAt = instant(r[15]);
  s.lastStatus = qstr(r[16]);
  s.lastJobId = qstr(r[17]);
  s.lastDueAt = instant(r[18]);
  return s;
}

const std::string kRunColumns =
    std::string("r.id, r.schedule_id::text, r.trigger, ") + kRunStatus +
    ", r.job_id::text, coalesce(r.data_version, ''), coalesce(r.reason, ''),"
    " extract(epoch FROM r.due_at)::float8, extract(epoch FROM r.created_at)::float8,"
    // An unchanged run links an earlier run's job: it did not start one.
    " extract(epoch FROM CASE WHEN r.status = 'unchanged' THEN NULL ELSE j.started_at END)::float8,"
    " extract(epoch FROM coalesce(r.finished_at, CASE WHEN j.status IN ('succeeded', 'failed', 'cancelled')"
    "   THEN j.finished_at END))::float8, s.kind"
    " FROM epidesk_cluster.schedule_runs r JOIN epidesk_cluster.schedules s ON s.id = r.schedule_id"
    " LEFT JOIN epidesk_cluster.jobs j ON j.id = r.job_id";

ScheduleRunRecord readRun(const pqxx::row &r) {
  ScheduleRunRecord run;
  run.id = r[0].as<qint64>();
  run.scheduleId = qstr(r[1]);
  run.trigger = qstr(r[2]);
  run.status = qstr(r[3]);
  run.jobId = qstr(r[4]);
  run.dataVersion = qstr(r[5]);
  run.reason = qstr(r[6]);
  run.dueAt = instant(r[7]);
  run.createdAt = instant(r[8]);
  run.startedAt = instant(r[9]);
  run.finishedAt = instant(r[10]);
  run.hasArtifacts = qstr(r[11]) == QLatin1String("dashboard");
  return run;
}

QJsonValue iso(const QDateTime &t) {
  return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime dbNow(pqxx::transaction_base &tx) {
  return instant(tx.exec1("SELECT extract(epoch FROM clock_timestamp())::float8")[0]);
}

QDateTime nextRun(const ScheduleSpec &spec, const QDateTime &now) {
  return spec.cron ? spec.cron->nextAfter(now) : QDateTime();
}
QJsonValue nullIfEmpty(const QString &s) {
  return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject ScheduleRecord::toJson() const {
  QJsonObject o{{"schedule_id", id},
                {"owner", owner},
                {"name", name},
                {"kind", kind},
                {"cron", cron},
                {"timezone", timeZone},
                {"catch_up", catchUp},
                {"force", force},
                {"max_failures", maxFailures},
                {"paused", paused},
                {"pause_reason", nullIfEmpty(pauseReason)},
                {"consecutive_failures", consecutiveFailures},
                {"next_run_at", paused ? QJsonValue() : iso(nextRunAt)},
                {"created_at", iso(createdAt)},
                {"updated_at", iso(updatedAt)}};
  if (!params.isEmpty())
    o.insert("params", params);
  o.insert("last_run", lastStatus.isEmpty() ? QJsonValue()
                                            : QJsonObject{{"status", lastStatus},
                                                          {"due_at", iso(lastDueAt)},
                                                          {"job_id", nullIfEmpty(lastJobId)}});
  return o;
}

QJsonObject ScheduleRecord::specBody() const {
  return {{"kind", kind}, {"params", params},    {"cron", cron},   {"timezone", timeZone},
          {"name", name}, {"catch_up", catchUp}, {"force", force}, {"max_failures", maxFailures}};
}

QJsonObject ScheduleRunRecord::toJson() const {
  QJsonObject o{{"run_id", id},
                {"schedule_id", scheduleId},
                {"due_at", iso(dueAt)},
                {"trigger", trigger},
                {"status", status},
                {"job_id", nullIfEmpty(jobId)},
                {"data_version", nullIfEmpty(dataVersion)},
                {"reason", nullIfEmpty(reason)},
                {"handled_at", iso(createdAt)},
                {"started_at", iso(startedAt)},
                {"finished_at", iso(finishedAt)}};
  QJsonArray artifacts;
  if (!jobId.isEmpty()) {
    o.insert("job_url", QStringLiteral("/v1/jobs/") + jobId);
    if (hasArtifacts && (status == QLatin1String("succeeded") || status == QLatin1String("unchanged")))
      artifacts.append(QJsonObject{{"name", "report.pdf"},
                                   {"url", QStringLiteral("/v1/jobs/%1/artifacts/report.pdf").arg(jobId)}});
  }
  o.insert("artifacts", artifacts);
  return o;
}

std::optional<ScheduleRecord> ScheduleStore::create(const QString &owner, const ScheduleSpec &spec,
                                                    int maxPerOwner) {
  return m_db.transact([&](pqxx::work &tx) -> std::optional<ScheduleRecord> {
    // Serialises one owner's creations, so the limit holds under concurrency.
    tx.exec_params("SELECT pg_advisory_xact_lock(hashtextextended('epidesk_cluster.schedules:' || $1, 0))",
                   str(owner));
    if (tx.exec_params1("SELECT count(*) FROM epidesk_cluster.schedules WHERE owner = $1", str(owner))[0]
            .as<int>() >= maxPerOwner)
      return std::nullopt;
    const pqxx::row id = tx.exec_params1(
        "INSERT INTO epidesk_cluster.schedules (owner, name, kind, request, cron, timezone, catch_up, force,"
        " max_failures, next_run_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10::timestamptz)"
        " RETURNING id::text",
        str(owner), str(spec.name), str(spec.request.kind), spec.request.canonicalJson().toStdString(),
        str(spec.cron->expression()), str(spec.cron->timeZone()), str(spec.catchUp), spec.force,
        spec.maxFailures, db::timestamp(nextRun(spec, dbNow(tx))));
    return readSchedule(tx.exec_params1("SELECT " + scheduleColumns(true) + " WHERE s.id = $1::uuid",
                                        id[0].as<std::string>()));
  });
}

std::vector<ScheduleRecord> ScheduleStore::list(const QString &owner, int limit) {
  return m_db.autocommit([&](auto &tx) {
    std::vector<ScheduleRecord> out;
    for (const pqxx::row &r :
         tx.exec_params("SELECT " + scheduleColumns(false) +
                            " WHERE ($1 = '' OR s.owner = $1) ORDER BY s.created_at DESC, s.id LIMIT $2",
                        str(owner), limit))
      out.push_back(readSchedule(r));
    return out;
  });
}

std::optional<ScheduleRecord> ScheduleStore::get(const QString &id, const QString &owner) {
  if (!isUuid(id))
    return std::nullopt;
  return m_db.autocommit([&](auto &tx) -> std::optional<ScheduleRecord> {
    const pqxx::result r = tx.exec_params("SELECT " + scheduleColumns(true) +
                                              " WHERE s.id = $1::uuid AND ($2 = '' OR s.owner = $2)",
                                          str(id), str(owner));
    if (r.empty())
      return std::nullopt;
    return readSchedule(r[0]);
  });
}

std::optional<ScheduleRecord> ScheduleStore::update(const QString &id, const QString &owner,
                                                    const ScheduleSpec &spec) {
  if (!isUuid(id))
    return std::nullopt;
  return m_db.transact([&](pqxx::work &tx) -> std::optional<ScheduleRecord> {
    const pqxx::result r = tx.exec_params(
        "UPDATE epidesk_cluster.schedules SET name = $3, kind = $4, request = $5::jsonb,"
        " next_run_at = CASE WHEN cron = $6 AND timezone = $7 THEN next_run_at ELSE $11::timestamptz END,"
        " cron = $6, timezone = $7, catch_up = $8, force = $9, max_failures = $10,"
        " updated_at = clock_timestamp() WHERE id = $1::uuid AND ($2 = '' OR owner = $2) RETURNING id",
        str(id), str(owner), str(spec.name), str(spec.request.kind),
        spec.request.canonicalJson().toStdString(), str(spec.cron->expression()), str(spec.cron->timeZone()),
        str(spec.catchUp), spec.force, spec.maxFailures, db::timestamp(nextRun(spec, dbNow(tx))));
    if (r.empty())
      return std::nullopt;
    return readSchedule(
        tx.exec_params1("SELECT " + scheduleColumns(true) + " WHERE s.id = $1::uuid", str(id)));
  });
}

bool ScheduleStore::remove(const QString &id, const QString &owner) {
  if (!isUuid(id))
    return false;
  return m_db.autocommit([&](auto &tx) {
    return !tx.exec_params(
                  "DELETE FROM epidesk_cluster.schedules WHERE id = $1::uuid AND ($2 = '' OR owner = $2)"
                  " RETURNING id",
                  str(id), str(owner))
                .empty();
  });
}

std::optional<ScheduleRecord> ScheduleStore::setPaused(const QString &id, const QString &owner, bool paused) {
  if (!isUuid(id))
    return std::nullopt;
  return m_db.transact([&](pqxx::work &tx) -> std::optional<ScheduleRecord> {
    const pqxx::result r =
        tx.exec_params("SELECT cron, timezone, paused FROM epidesk_cluster.schedules WHERE id = $1::uuid"
                       " AND ($2 = '' OR owner = $2) FOR UPDATE",
                       str(id), str(owner));
    if (r.empty())
      return std::nullopt;
    if (paused) {
      tx.exec_params("UPDATE epidesk_cluster.schedules SET paused = true, pause_reason = NULL,"
                     " updated_at = clock_timestamp() WHERE id = $1::uuid AND NOT paused",
                     str(id));
    } else if (r[0][2].as<bool>()) {
      CronSchedule::ParseError error;
      const std::optional<CronSchedule> cron = CronSchedule::parse(qstr(r[0][0]), qstr(r[0][1]), &error);
      tx.exec_params(
          "UPDATE epidesk_cluster.schedules SET paused = false, pause_reason = NULL,"
          " consecutive_failures = 0, next_run_at = $2::timestamptz, updated_at = clock_timestamp()"
          " WHERE id = $1::uuid",
          str(id), cron ? db::timestamp(cron->nextAfter(dbNow(tx))) : std::string("infinity"));
    }
    return readSchedule(
        tx.exec_params1("SELECT " + scheduleColumns(true) + " WHERE s.id = $1::uuid", str(id)));
  });
}

bool ScheduleStore::validRunCursor(const QString &cursor) {
  static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,17}$"));
  return digits.match(cursor).hasMatch();
}

std::optional<ScheduleRunPage> ScheduleStore::runs(const QString &id, const QString &owner, int limit,
                                                   const QString &cursor) {
  if (!isUuid(id))
    return std::nullopt;
  // Keyset pagination on the run id (the order the scheduler recorded
  // them): a page costs its own size, whatever the history holds.
  return m_db.autocommit([&](auto &tx) -> std::optional<ScheduleRunPage> {
    if (tx.exec_params(
              "SELECT 1 FROM epidesk_cluster.schedules WHERE id = $1::uuid AND ($2 = '' OR owner = $2)",
              str(id), str(owner))
            .empty())
      return std::nullopt;
    const pqxx::result r = tx.exec_params("SELECT " + kRunColumns +
                                              " WHERE r.schedule_id = $1::uuid AND ($3 = 0 OR r.id < $3)"
                                              " ORDER BY r.id DESC LIMIT $2",
                                          str(id), limit + 1, cursor.isEmpty() ? 0 : cursor.toLongLong());
    ScheduleRunPage page;
    for (int i = 0; i < int(r.size()) && i < limit; ++i)
      page.runs.push_back(readRun(r[i]));
    if (int(r.size()) > limit)
      page.nextCursor = QString::number(page.runs.back().id);
    return page;
  });
}

std::optional<ScheduleRunRecord> ScheduleStore::runIn(pqxx::transaction_base &tx, qint64 runId) {
  const pqxx::result r = tx.exec_params("SELECT " + kRunColumns + " WHERE r.id = $1", runId);
  if (r.empty())
    return std::nullopt;
  return readRun(r[0]);
}

ScheduleStore::RunNow ScheduleStore::runNow(const QString &id, const QString &owner,
                                            const QString &dataVersion, int maxAttempts,
                                            std::optional<bool> force) {
  RunNow out;
  if (!isUuid(id))
    return out;
  return m_db.transact([&](pqxx::work &tx) {
    // The row lock orders this with the scheduler's tick on the same schedule.
    const pqxx::result r = tx.exec_params("SELECT owner, request::text, force FROM epidesk_cluster.schedules"
                                          " WHERE id = $1::uuid AND ($2 = '' OR owner = $2) FOR UPDATE",
                                          str(id), str(owner));
    if (r.empty())
      return out;
    out.busyJobId = ScheduleFiring::busyJob(tx, id, 0);
    if (!out.busyJobId.isEmpty()) {
      out.outcome = RunNow::Busy;
      return out;
    }
    const ScheduleTarget target{id, qstr(r[0][0]), QJsonDocument::fromJson(qstr(r[0][1]).toUtf8()).object(),
                                force.value_or(r[0][2].as<bool>())};
    const qint64 run = ScheduleFiring::recordNow(tx, id);
    ScheduleFiring::start(tx, target, run, dataVersion, maxAttempts);
    out.outcome = RunNow::Started;
    out.run = runIn(tx, run);
    return out;
  });
}

ScheduleStats ScheduleStore::statsIn(pqxx::transaction_base &tx) {
  static const double kBuckets[] = {1, 2, 5, 10, 30, 60, 120, 300, 900};
  ScheduleStats s;
  const pqxx::row counts =
      tx.exec1("SELECT count(*) FILTER (WHERE NOT paused), count(*) FILTER (WHERE paused),"
               " coalesce(extract(epoch FROM clock_timestamp() - min(next_run_at) FILTER (WHERE NOT "
               "paused)), 0)::float8"
               " FROM epidesk_cluster.schedules");
  s.active = counts[0].as<qint64>();
  s.paused = counts[1].as<qint64>();
  s.overdueSeconds = std::max(0.0, counts[2].as<double>());
  for (const pqxx::row &row :
       tx.exec("SELECT status, count(*) FROM epidesk_cluster.schedule_runs GROUP BY status"))
    s.runsByStatus.insert(qstr(row[0]), row[1].as<qint64>());
  std::string sql = "SELECT count(*), coalesce(sum(d), 0)";
  for (double b : kBuckets)
    sql += ", count(*) FILTER (WHERE d <= " + std::to_string(b) + ")";
  sql += " FROM (SELECT greatest(extract(epoch FROM j.started_at - r.due_at), 0)::float8 AS d"
         " FROM epidesk_cluster.schedule_runs r JOIN epidesk_cluster.jobs j ON j.id = r.job_id"
         " WHERE r.trigger = 'cron' AND j.started_at IS NOT NULL) t";
  const pqxx::row lag = tx.exec1(sql);
  s.lagCount = lag[0].as<qint64>();
  s.lagSum = lag[1].as<double>();
  for (size_t i = 0; i < sizeof(kBuckets) / sizeof(kBuckets[0]); ++i)
    s.lagBuckets.emplace_back(kBuckets[i], lag[int(i) + 2].as<qint64>());
  return s;
}

QByteArray ScheduleStats::render() const {
  QByteArray out = "# HELP epidesk_schedules Schedules by state.\n# TYPE epidesk_schedules gauge\n"
                   "epidesk_schedules{state=\"active\"} " +
                   QByteArray::number(active) + "\nepidesk_schedules{state=\"paused\"} " +
                   QByteArray::number(paused) +
                   "\n# HELP epidesk_schedule_runs_total Scheduled runs recorded, by status.\n"
                   "# TYPE epidesk_schedule_runs_total counter\n";
  for (const char *status :
       {"pending", "queued", "running", "succeeded", "failed", "cancelled", "skipped", "unchanged", "missed"})
    out += "epidesk_schedule_runs_total{status=\"" + QByteArray(status) + "\"} " +
           QByteArray::number(runsByStatus.value(QString::fromLatin1(status))) + '\n';
  out += "# HELP epidesk_scheduler_lag_seconds From a cron run's due time to its job's start.\n"
         "# TYPE epidesk_scheduler_lag_seconds histogram\n";
  for (const auto &[le, count] : lagBuckets)
    out += "epidesk_scheduler_lag_seconds_bucket{le=\"" + QByteArray::number(le) + "\"} " +
           QByteArray::number(count) + '\n';
  out += "epidesk_scheduler_lag_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(lagCount) + '\n';
  out += "epidesk_scheduler_lag_seconds_sum " + QByteArray::number(lagSum, 'g', 10) + '\n';
  out += "epidesk_scheduler_lag_seconds_count " + QByteArray::number(lagCount) + '\n';
  out += "# HELP epidesk_scheduler_overdue_seconds How long the oldest unhandled due time of an active "
         "schedule is past (0: none; grows when no scheduler runs).\n"
         "# TYPE epidesk_scheduler_overdue_seconds gauge\nepidesk_scheduler_overdue_seconds " +
         QByteArray::number(overdueSeconds, 'f', 3) + '\n';
  return out;
}

} // namespace epidesk
