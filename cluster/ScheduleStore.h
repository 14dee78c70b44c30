#pragma once
#include "ScheduleSpec.h"
#include "ScheduleStats.h"
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace pqxx {
class transaction_base;
}

namespace epidesk {

class ClusterDb;

// One row of epidesk_cluster.schedules as the API shows it, with its last run.
struct ScheduleRecord {
  QString id, owner, name, kind;
  QJsonObject params; // empty in summaries (lists)
  QString cron, timeZone, catchUp;
  bool force = false, paused = false;
  int maxFailures = 0, consecutiveFailures = 0;
  QString pauseReason;
  QDateTime nextRunAt, createdAt, updatedAt;
  QString lastStatus, lastJobId;
  QDateTime lastDueAt;
  QJsonObject toJson() const;
  // The stored fields as a creation body (PATCH merges into it and validates again).
  QJsonObject specBody() const;
};

// One row of epidesk_cluster.schedule_runs, with its job's live status.
struct ScheduleRunRecord {
  qint64 id = 0;
  QString scheduleId, trigger, status, jobId, dataVersion, reason;
  QDateTime dueAt, createdAt, startedAt, finishedAt;
  bool hasArtifacts = false; // the kind's files (dashboard: report.pdf) can be fetched from the job
  QJsonObject toJson() const;
};

struct ScheduleRunPage {
  std::vector<ScheduleRunRecord> runs;
  QString nextCursor; // empty: no more
};

// The server's side of the schedule tables: create, read, change, pause,
// delete, the run history and run-now. Owner empty = any (admins).
class ScheduleStore {
public:
  explicit ScheduleStore(ClusterDb &db) : m_db(db) {}

  // nullopt: the owner already has maxPerOwner schedules.
  std::optional<ScheduleRecord> create(const QString &owner, const ScheduleSpec &spec, int maxPerOwner);
  std::vector<ScheduleRecord> list(const QString &owner, int limit);
  std::optional<ScheduleRecord> get(const QString &id, const QString &owner);
  // Replaces the spec; a changed cron or time zone restarts from now.
  std::optional<ScheduleRecord> update(const QString &id, const QString &owner, const ScheduleSpec &spec);
  bool remove(const QString &id, const QString &owner);
  // Resuming clears the failure count and continues from now: due times
  // passed while paused are not runs.
  std::optional<ScheduleRecord> setPaused(const QString &id, const QString &owner, bool paused);
  std::optional<ScheduleRunPage> runs(const QString &id, const QString &owner, int limit,
                                      const QString &cursor);
  static bool validRunCursor(const QString &cursor);

  struct RunNow {
    enum Outcome { NotFound, Busy, Started } outcome = NotFound;
    QString busyJobId;
    std::optional<ScheduleRunRecord> run;
  };
  RunNow runNow(const QString &id, const QString &owner, const QString &dataVersion, int maxAttempts,
                std::optional<bool> force);

  static ScheduleStats statsIn(pqxx::transaction_base &tx);
  static std::optional<ScheduleRunRecord> runIn(pqxx::transaction_base &tx, qint64 runId);

private:
  ClusterDb &m_db;
};

} // namespace epidesk
