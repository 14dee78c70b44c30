#pragma once
#include <QString>
#include <atomic>
#include <memory>

namespace epidesk {

class ClusterDb;
class DataSource;
class JobQueue;
struct ClaimedJob;

// One worker process's life: register, then claim -> run -> store, renewing
// the lease (heartbeat) every leaseSeconds / 3 while the job runs on a
// separate thread, and cancelling the job's Feedback when its row was
// cancelled or taken over.
class WorkerLoop {
public:
  struct Options {
    int leaseSeconds = 30;
    int maxAttempts = 3;
    int pollMs = 200;  // idle wait between claims
    int maxJobs = 0;   // stop after this many (0 = run until stopped)
    QString aliveFile; // touched at every heartbeat, for liveness probes
  };
  WorkerLoop(ClusterDb &db, const DataSource &source, QString workerId, Options options);
  ~WorkerLoop();
  int run(); // exit code
  void stop() { m_stop = true; }

private:
  void execute(const ClaimedJob &job);
  QString currentDataVersion();
  void touchAliveFile() const;

  ClusterDb &m_db;
  const DataSource &m_source;
  std::unique_ptr<JobQueue> m_queue;
  Options m_options;
  std::atomic<bool> m_stop{false};
  QString m_dataVersion;
  qint64 m_dataVersionAt = 0;
};

} // namespace epidesk
