#include "DbPool.h"
#include "ClusterDb.h"
#include "JobStore.h"
#include <QThread>

namespace epidesk {

DbPool::DbPool(QString uri, int threads, int statementTimeoutMs, int maxQueued)
    : m_uri(std::move(uri)), m_statementTimeoutMs(statementTimeoutMs), m_maxQueued(maxQueued) {
  for (int i = 0; i < threads; ++i) {
    QThread *t = QThread::create([this] { runThread(); });
    t->setObjectName(QStringLiteral("db-%1").arg(i));
    t->start();
    m_threads.push_back(t);
  }
}

DbPool::~DbPool() {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stop = true;
    m_tasks.clear();
  }
  m_wake.notify_all();
  for (QThread *t : m_threads) {
    if (t->wait(2000))
      delete t;
    // else: blocked on a frozen backend; exiting the process ends it.
  }
}

bool DbPool::post(Task task) {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_stop || int(m_tasks.size()) >= m_maxQueued)
      return false;
    m_tasks.push_back(std::move(task));
  }
  m_wake.notify_one();
  return true;
}

int DbPool::queued() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  return int(m_tasks.size());
}

void DbPool::runThread() {
  ClusterDb db(m_uri, QStringLiteral("epidesk-server"));
  db.setStatementTimeoutMs(m_statementTimeoutMs);
  JobStore store(db);
  Context context{db, store};
  // Connect now and reconnect while idle, so no request pays for it and a
  // dropped connection does not wait for the next task to land here.
  auto connect = [&db] {
    try {
      db.connection();
    } catch (const std::exception &) {
      db.reset(); // tasks retry and answer 503 meanwhile
    }
  };
  connect();
  for (;;) {
    Task task;
    {
      std::unique_lock<std::mutex> lock(m_mutex);
      while (!m_stop && m_tasks.empty()) {
        if (m_wake.wait_for(lock, std::chrono::seconds(1)) == std::cv_status::timeout && !db.connected()) {
          lock.unlock();
          connect();
          lock.lock();
        }
      }
      if (m_stop)
        return;
      task = std::move(m_tasks.front());
      m_tasks.pop_front();
    }
    task(context); // the task catches its own errors (ApiService answers them)
  }
}

} // namespace epidesk
