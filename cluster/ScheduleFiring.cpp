#include "ScheduleFiring.h"
#include "DbFields.h"
#include "JobRequest.h"
#include "JobStore.h"
#include <QCoreApplication>
#include <QStringList>

namespace epidesk {

namespace {
class ScheduleFiringText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ScheduleFiring)
};
using db::qstr;
using db::str;
} // namespace

std::optional<qint64> ScheduleFiring::record(pqxx::transaction_base &tx, const QString &scheduleId,
                                             const QDateTime &due, const QString &trigger,
                                             const QString &status, const QString &reason) {
  const pqxx::result r = tx.exec_params(
      "INSERT INTO epidesk_cluster.schedule_runs (schedule_id, due_at, trigger, status, reason, finished_at)"
      " VALUES ($1::uuid, $2::timestamptz, $3, $4, nullif($5, ''),"
      "  CASE WHEN $4 IN ('missed', 'skipped') THEN clock_timestamp() END)"
      " ON CONFLICT (schedule_id, due_at) DO NOTHING RETURNING id",
      str(scheduleId), db::timestamp(due), str(trigger), str(status), str(reason));
  if (r.empty())
    return std::nullopt;
  return r[0][0].as<qint64>();
}

qint64 ScheduleFiring::recordNow(pqxx::transaction_base &tx, const QString &scheduleId) {
  return tx
      .exec_params1("INSERT INTO epidesk_cluster.schedule_runs (schedule_id, due_at, trigger, status)"
                    " VALUES ($1::uuid, clock_timestamp(), 'manual', 'pending') RETURNING id",
                    str(scheduleId))[0]
      .as<qint64>();
}

QString ScheduleFiring::busyJob(pqxx::transaction_base &tx, const QString &scheduleId, qint64 exceptRun) {
  // A run counts as going on while its job does (the copied status may lag).
  const pqxx::result r =
      tx.exec_params("SELECT r.job_id::text FROM epidesk_cluster.schedule_runs r"
                     " JOIN epidesk_cluster.jobs j ON j.id = r.job_id"
                     " WHERE r.schedule_id = $1::uuid AND r.id <> $2 AND r.status IN ('queued', 'running')"
                     "   AND j.status IN ('queued', 'running') LIMIT 1",
                     str(scheduleId), exceptRun);
  return r.empty() ? QString() : qstr(r[0][0]);
}

bool ScheduleFiring::hasOlderPending(pqxx::transaction_base &tx, const QString &scheduleId, qint64 runId) {
  return !tx.exec_params("SELECT 1 FROM epidesk_cluster.schedule_runs WHERE schedule_id = $1::uuid"
                         " AND status = 'pending' AND id < $2 LIMIT 1",
                         str(scheduleId), runId)
              .empty();
}

void ScheduleFiring::finish(pqxx::transaction_base &tx, qint64 runId, const QString &status,
                            const QString &reason) {
  tx.exec_params("UPDATE epidesk_cluster.schedule_runs SET status = $2, reason = nullif($3, ''),"
                 " finished_at = clock_timestamp() WHERE id = $1",
                 runId, str(status), str(reason));
}

QString ScheduleFiring::start(pqxx::transaction_base &tx, const ScheduleTarget &target, qint64 runId,
                              const QString &dataVersion, int maxAttempts) {
  // Validated again: limits may have been lowered since the schedule was made.
  QList<FieldError> errors;
  const std::optional<JobRequest> request = JobRequest::fromJson(target.request, &errors);
  if (!request) {
    QStringList what;
    for (const FieldError &e : errors)
      what << e.field + QStringLiteral(": ") + e.message;
    const QString status = QStringLiteral("failed");
    finish(tx, runId, status,
           ScheduleFiringText::tr("the schedule's request is no longer valid: %1").arg(what.join("; ")));
    return status;
  }
  const QString key = QString::fromLatin1(request->cacheKey(dataVersion));
  auto update = [&](const QString &status, const QString &jobId, const QString &reason, bool final) {
    tx.exec_params("UPDATE epidesk_cluster.schedule_runs SET status = $2, job_id = nullif($3, '')::uuid,"
                   " cache_key = $4, data_version = $5, reason = nullif($6, ''),"
                   " finished_at = CASE WHEN $7 THEN clock_timestamp() END WHERE id = $1",
                   runId, str(status), str(jobId), str(key), str(dataVersion), str(reason), final);
    return status;
  };
  if (!target.force) {
    const pqxx::result last = tx.exec_params(
        "SELECT cache_key, job_id::text, to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
        " FROM epidesk_cluster.schedule_runs WHERE schedule_id = $1::uuid AND id <> $2"
        "   AND status IN ('succeeded', 'unchanged') ORDER BY due_at DESC LIMIT 1",
        str(target.id), runId);
    if (!last.empty() && qstr(last[0][0]) == key)
      return update(QStringLiteral("unchanged"), qstr(last[0][1]),
                    ScheduleFiringText::tr("data version %1 and request unchanged since the run due at %2")
                        .arg(dataVersion, qstr(last[0][2])),
                    true);
  }
  const JobStore::Submission s =
      JobStore::submitIn(tx, target.owner, *request, dataVersion, maxAttempts, !target.force);
  switch (s.outcome) {
  case JobStore::Submission::Cached:
    return update(QStringLiteral("succeeded"),
                  JobStore::recordCachedIn(tx, target.owner, *request, dataVersion, maxAttempts),
                  ScheduleFiringText::tr("answered from the result cache"), true);
  case JobStore::Submission::Existing:
    return update(s.status, s.jobId, ScheduleFiringText::tr("shares the owner's identical job"), false);
  case JobStore::Submission::Created:
    break;
  }
  return update(s.status, s.jobId, QString(), false);
}

void ScheduleFiring::syncRuns(pqxx::transaction_base &tx) {
  const pqxx::result finished = tx.exec(
      "WITH synced AS ("
      "  UPDATE epidesk_cluster.schedule_runs r SET status = j.status,"
      "   finished_at = CASE WHEN j.status IN ('succeeded', 'failed', 'cancelled')"
      "     THEN coalesce(j.finished_at, clock_timestamp()) END,"
      "   reason = CASE WHEN j.status = 'failed' THEN left(coalesce(j.error, r.reason), 1000) ELSE r.reason "
      "END"
      "  FROM epidesk_cluster.jobs j"
      "  WHERE r.job_id = j.id AND r.status IN ('queued', 'running') AND j.status <> r.status"
      "  RETURNING r.schedule_id, r.status)"
      " SELECT DISTINCT schedule_id::text FROM synced WHERE status IN ('succeeded', 'failed', 'cancelled')");
  for (const pqxx::row &row : finished) {
    const std::string id = row[0].as<std::string>();
    const pqxx::row s = tx.exec_params1(
        "SELECT max_failures, paused FROM epidesk_cluster.schedules WHERE id = $1::uuid FOR UPDATE", id);
    const int maxFailures = s[0].as<int>();
    // Failed runs in a row, newest first; a success or an unchanged run ends the streak.
    const pqxx::result last = tx.exec_params(
        "SELECT status, coalesce(reason, '') FROM epidesk_cluster.schedule_runs WHERE schedule_id = $1::uuid"
        " AND status IN ('succeeded', 'unchanged', 'failed') ORDER BY due_at DESC LIMIT $2",
        id, maxFailures);
    int streak = 0;
    while (streak < int(last.size()) && last[streak][0].as<std::string>() == "failed")
      ++streak;
    const bool pause = !s[1].as<bool>() && streak >= maxFailures;
    const QString lastError = streak > 0 ? qstr(last[0][1]).left(500) : QString();
    const QString reason = !pause ? QString()
                           : streak == 1
                               ? ScheduleFiringText::tr("paused after a failed run: %1").arg(lastError)
                               : ScheduleFiringText::tr("paused after %1 failed runs in a row; the last: %2")
                                     .arg(streak)
                                     .arg(lastError);
    tx.exec_params("UPDATE epidesk_cluster.schedules SET consecutive_failures = $2,"
                   " paused = paused OR $3, pause_reason = CASE WHEN $3 THEN $4 ELSE pause_reason END,"
                   " updated_at = clock_timestamp() WHERE id = $1::uuid",
                   id, streak, pause, str(reason));
  }
}

} // namespace epidesk
