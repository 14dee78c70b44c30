#pragma once
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace epidesk {

class ClusterDb;
class JobStore;

// The server's database work, off the HTTP event loop: a fixed set of
// threads, each with its own connection (statement timeout set), taking
// tasks from one bounded queue. A frozen or slow backend then stalls only the
// threads waiting on it, never the loop that answers health, metrics and
// cached results.
class DbPool {
public:
  struct Context {
    ClusterDb &db;
    JobStore &store;
  };
  using Task = std::function<void(Context &)>;

  DbPool(QString uri, int threads, int statementTimeoutMs, int maxQueued);
  ~DbPool(); // waits briefly for the threads; one stuck in a frozen backend is left behind
  // False when the queue is full (the caller answers 503).
  bool post(Task task);
  int queued() const;
  int threads() const { return int(m_threads.size()); }

private:
  void runThread();

  QString m_uri;
  int m_statementTimeoutMs;
  int m_maxQueued;
  mutable std::mutex m_mutex;
  std::condition_variable m_wake;
  std::deque<Task> m_tasks;
  bool m_stop = false;
  std::vector<QThread *> m_threads;
};

} // namespace epidesk
