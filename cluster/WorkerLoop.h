#pragma once
#include "JobProcess.h"
#include <QSet>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace epidesk {

class CancelListener;
class ClusterDb;
class DataSource;
class JobQueue;
struct ClaimedJob;

// One worker process's life: register, then claim -> run -> store. Each job
// runs in its own process (JobProcess), so a crash, a memory or time limit
// or a hostile request costs that job, never the worker; the worker itself
// runs no analytics code. While a job runs the lease is renewed (heartbeat)
// every leaseSeconds / 3, and the job is stopped within a second when it is
// cancelled (CancelListener, plus the heartbeat's status as a fallback) or
// taken over. A database outage costs no attempt: heartbeats fail without
// stopping the job, and a finished result is kept and stored once the
// database answers again.
class WorkerLoop {
public:
  struct Options {
    int leaseSeconds = 30;
    int maxAttempts = 3;
    int pollMs = 200;     // idle wait between claims
    int maxJobs = 0;      // stop after this many (0 = run until stopped)
    QString aliveFile;    // touched at every heartbeat, for liveness probes
    QString dataLocation; // what the jobs' processes open (--data)
    QString databaseUri;  // for the cancellation listener; empty = heartbeat status only
    JobProcess::Limits limits;
    QString renderProgram;        // epidesk-render, for dashboard jobs; empty = this worker cannot render
    int jobTimeoutSeconds = 3600; // wall time per job; 0 = none
  };
  WorkerLoop(ClusterDb &db, const DataSource &source, QString workerId, Options options);
  ~WorkerLoop();
  int run(); // exit code
  void stop() { m_stop = true; }

private:
  enum class Ending { Finished, Cancelled, Lost, TimedOut };
  Ending supervise(const ClaimedJob &job, JobProcess &process);
  void store(const ClaimedJob &job, const JobProcess::Outcome &outcome);
  bool retryWhileAway(const QString &what, const std::function<bool()> &write);
  QSet<QString> takeCancels(bool *resubscribed); // never throws
  void markDatabase(bool up);
  void execute(const ClaimedJob &job);
  QString currentDataVersion();
  void touchAliveFile() const;
  int backoffCapMs() const;

  ClusterDb &m_db;
  const DataSource &m_source;
  std::unique_ptr<JobQueue> m_queue;
  std::unique_ptr<CancelListener> m_cancels;
  Options m_options;
  std::atomic<bool> m_stop{false};
  QString m_dataVersion;
  qint64 m_dataVersionAt = 0;
  qint64 m_databaseUpSince = 0; // ms; 0 = the last call failed
  qint64 m_listenRetryAt = 0;
};

} // namespace epidesk
