#pragma once
#include "JobArtifact.h"
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
  int maxAttempts = 0; // the job's, capped by the claiming worker's
};

// The workers' side of the job tables: claiming with FOR UPDATE SKIP LOCKED,
// lease renewal (heartbeat), completion and failure, and the sweep that
// fails jobs whose leases expired too often.
//
// A job whose lease expired is taken over only when its holder also stopped
// showing life (its workers.last_seen is older than a lease, or its row is
// gone): after a database outage the holder, still computing or holding a
// finished result, keeps the job.
class JobQueue {
public:
  JobQueue(ClusterDb &db, QString workerId) : m_db(db), m_worker(std::move(workerId)) {}
  const QString &workerId() const { return m_worker; }

  void registerWorker(const QString &host, qint64 pid, const QString &dataVersion);
  void workerHeartbeat(const QString &currentJob);
  void unregisterWorker();

  // Fails running jobs whose lease expired after min(max_attempts, maxAttempts)
  // attempts and whose holder is silent for leaseSeconds.
  int failExhausted(int maxAttempts, int leaseSeconds);
  // Claims the oldest queued job (or, with takeOver, an expired one with
  // attempts left whose holder is silent for leaseSeconds) on this data
  // version; skips requests another worker is computing right now.
  std::optional<ClaimedJob> claim(const QString &dataVersion, int leaseSeconds, int maxAttempts,
                                  bool takeOver);
  // Extends the lease, stores progress and this worker's last_seen; returns
  // the job's status (also after the lease expired, as long as nobody took
  // the job over), or an empty string when this worker no longer holds it.
  QString renew(const ClaimedJob &job, int leaseSeconds, double progress);
  // Stores the result (and its artifacts, by cache key beside it) and
  // finishes this job and every queued job with the same cache key. False
  // when the lease was lost (nothing written).
  bool complete(const ClaimedJob &job, const QByteArray &resultJson, const JobArtifacts &artifacts = {});
  bool fail(const ClaimedJob &job, const QString &error);
  // Queues the job again after its process died (the attempt stays counted).
  bool release(const ClaimedJob &job, const QString &error);

private:
  ClusterDb &m_db;
  QString m_worker;
};

} // namespace epidesk
