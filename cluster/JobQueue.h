#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace epidesk {

class ClusterDb;

// A job a worker holds under lease. (id, attempt, worker) identify the lease:
// writes from a worker whose lease was taken over are ignored.
struct ClaimedJob {
  QString id;
  QString kind;
  QJsonObject request;
  QString cacheKey;
  QString dataVersion;
  int attempt = 0;
};

// The workers' side of the job tables: claiming with FOR UPDATE SKIP LOCKED,
// lease renewal (heartbeat), completion and failure, and the sweep that
// fails jobs whose leases expired too often.
class JobQueue {
public:
  JobQueue(ClusterDb &db, QString workerId) : m_db(db), m_worker(std::move(workerId)) {}
  const QString &workerId() const { return m_worker; }

  void registerWorker(const QString &host, qint64 pid, const QString &dataVersion);
  void workerHeartbeat(const QString &currentJob);
  void unregisterWorker();

  // Fails running jobs whose lease expired after min(max_attempts, maxAttempts) attempts.
  int failExhausted(int maxAttempts);
  // Claims the oldest queued job (or an expired one with attempts left) on
  // this data version; skips requests another worker is computing right now.
  std::optional<ClaimedJob> claim(const QString &dataVersion, int leaseSeconds, int maxAttempts);
  // Extends the lease and stores progress; returns the job's status, or an
  // empty string when this worker no longer holds the job.
  QString renew(const ClaimedJob &job, int leaseSeconds, double progress);
  // Stores the result and finishes this job and every queued job with the
  // same cache key. False when the lease was lost (nothing written).
  bool complete(const ClaimedJob &job, const QByteArray &resultJson);
  bool fail(const ClaimedJob &job, const QString &error);

private:
  ClusterDb &m_db;
  QString m_worker;
};

} // namespace epidesk
