#pragma once
#include <QString>
#include <atomic>
#include <functional>

class QThread;

namespace epidesk {

class ClusterDb;

// Fires the schedules' due times. Every server runs one; the one holding a
// PostgreSQL session advisory lock is the leader and ticks, the others wait
// to take over (the lock is released when the leader's session ends, so a
// killed server is replaced within a tick). Exactly-once does not rest on
// the lock alone: each due time is one row under UNIQUE (schedule_id,
// due_at), inserted with its job in one transaction, with the schedule's row
// locked.
//
// Due times found more than graceSeconds late were missed (no server ran):
// catch_up none records them as missed, latest runs the newest of them, all
// queues every one (at most catchUpLimit) to run one after another.
class Scheduler {
public:
  struct Options {
    int tickMs = 1000;
    int graceSeconds = 120;
    int maxAttempts = 3;
    int catchUpLimit = 100;
  };
  Scheduler(QString uri, std::function<QString()> dataVersion, Options options);
  ~Scheduler();
  void start();
  bool isLeader() const { return m_leader; }

  // One pass over the due schedules (the leader's tick; public for tests,
  // which run several at once to check the database alone keeps exactly-once).
  static int tick(ClusterDb &db, const QString &dataVersion, const Options &options);

private:
  void run();
  static int fireDue(ClusterDb &db, const QString &scheduleId, const QString &dataVersion,
                     const Options &options);
  static void startPending(ClusterDb &db, const QString &scheduleId, const QString &dataVersion,
                           const Options &options);

  QString m_uri;
  std::function<QString()> m_dataVersion;
  Options m_options;
  QThread *m_thread = nullptr;
  std::atomic<bool> m_stop{false};
  std::atomic<bool> m_leader{false};
};

} // namespace epidesk
