#pragma once
#include "JobStore.h"
#include <QString>
#include <atomic>
#include <functional>
#include <mutex>

class QThread;

namespace epidesk {

class TokenVerifier;

// What the server knows of its database without asking it on the request
// path: one thread with its own connection pings every second, listens for
// token revocations (dropping the verifier's cache), and refreshes the job
// statistics for /metrics and the data version for cache keys. /v1/health
// answers from here, so it stays fast (and says "down") when the database
// hangs.
class DatabaseMonitor {
public:
  struct Snapshot {
    bool databaseUp = false;
    double lastOkSecondsAgo = -1; // -1: never
    QString dataVersion;
    JobStats stats;
    bool haveStats = false;
  };
  DatabaseMonitor(QString uri, TokenVerifier &verifier, std::function<QString()> dataVersion,
                  double workerTimeoutSeconds);
  ~DatabaseMonitor();
  void start();
  // Waits (up to timeoutMs) until the first check succeeded; false if it did not.
  bool waitForFirstCheck(int timeoutMs) const;
  Snapshot snapshot() const;
  QString dataVersion() const;

private:
  void run();
  void tick(class ClusterDb &db, quint64 &listeningOn, qint64 &lastStats, qint64 &lastVersion);

  QString m_uri;
  TokenVerifier &m_verifier;
  std::function<QString()> m_readDataVersion;
  double m_workerTimeout;
  QThread *m_thread = nullptr;
  std::atomic<bool> m_stop{false};
  std::atomic<qint64> m_lastOkMs{0};
  std::atomic<qint64> m_pingSinceMs{0}; // 0: no ping in flight
  mutable std::mutex m_mutex;
  QString m_dataVersion;
  JobStats m_stats;
  bool m_haveStats = false;
};

} // namespace epidesk
