#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pqxx {
class transaction_base;
}

namespace epidesk {

// What a schedule's run needs to start: the stored request and who owns it.
struct ScheduleTarget {
  QString id, owner;
  QJsonObject request; // canonical {"kind","params"}
  bool force = false;
};

// The rules of one run, inside the caller's transaction (the scheduler's
// tick and run-now share them):
// - a due time is recorded at most once (UNIQUE (schedule_id, due_at));
// - a run due while the previous one is still going is skipped;
// - when the request and data version equal those of the last successful
//   run, the run is "unchanged" and links that run's job (unless force);
// - otherwise it submits the job as POST /v1/jobs does (result cache,
//   sharing an identical active job), in the same transaction.
class ScheduleFiring {
public:
  // The new run's id; nullopt when that due time is already recorded.
  static std::optional<qint64> record(pqxx::transaction_base &tx, const QString &scheduleId,
                                      const QDateTime &due, const QString &trigger, const QString &status,
                                      const QString &reason = QString());
  // A run due now (database clock), for run-now.
  static qint64 recordNow(pqxx::transaction_base &tx, const QString &scheduleId);
  // The job of another open run of the schedule; empty when none.
  static QString busyJob(pqxx::transaction_base &tx, const QString &scheduleId, qint64 exceptRun);
  static bool hasOlderPending(pqxx::transaction_base &tx, const QString &scheduleId, qint64 runId);
  // Starts a pending run; returns its status afterwards.
  static QString start(pqxx::transaction_base &tx, const ScheduleTarget &target, qint64 runId,
                       const QString &dataVersion, int maxAttempts);
  static void finish(pqxx::transaction_base &tx, qint64 runId, const QString &status, const QString &reason);
  // Copies finished jobs' statuses into their runs, counts each schedule's
  // failed runs in a row and pauses those that reached their limit.
  static void syncRuns(pqxx::transaction_base &tx);
};

} // namespace epidesk
