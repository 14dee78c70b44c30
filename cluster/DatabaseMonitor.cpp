#include "DatabaseMonitor.h"
#include "ClusterDb.h"
#include "TokenAuth.h"
#include "TokenVerifier.h"
#include <QDateTime>
#include <QThread>

namespace epidesk {

namespace {
qint64 nowMs() {
  return QDateTime::currentMSecsSinceEpoch();
}
constexpr qint64 kPingEveryMs = 1000;
constexpr qint64 kStatsEveryMs = 2000;
constexpr qint64 kVersionEveryMs = 5000;
// A ping unanswered this long, or no answer for this long: down.
constexpr qint64 kPingStuckMs = 1000; // a ping takes milliseconds
constexpr qint64 kStaleMs = 2500;
} // namespace

DatabaseMonitor::DatabaseMonitor(QString uri, TokenVerifier &verifier, std::function<QString()> dataVersion,
                                 double workerTimeoutSeconds)
    : m_uri(std::move(uri)), m_verifier(verifier), m_readDataVersion(std::move(dataVersion)),
      m_workerTimeout(workerTimeoutSeconds) {
  m_dataVersion = m_readDataVersion(); // before the first request
}

DatabaseMonitor::~DatabaseMonitor() {
  m_stop = true;
  if (m_thread && m_thread->wait(3000))
    delete m_thread;
}

void DatabaseMonitor::start() {
  m_thread = QThread::create([this] { run(); });
  m_thread->setObjectName(QStringLiteral("db-monitor"));
  m_thread->start();
}

bool DatabaseMonitor::waitForFirstCheck(int timeoutMs) const {
  for (int waited = 0; waited < timeoutMs; waited += 20) {
    if (m_lastOkMs.load() > 0 && snapshot().haveStats)
      return true;
    QThread::msleep(20);
  }
  return false;
}

DatabaseMonitor::Snapshot DatabaseMonitor::snapshot() const {
  Snapshot s;
  const qint64 now = nowMs();
  const qint64 ok = m_lastOkMs.load(), since = m_pingSinceMs.load();
  s.lastOkSecondsAgo = ok > 0 ? double(now - ok) / 1000.0 : -1;
  s.databaseUp = ok > 0 && now - ok < kStaleMs && (since == 0 || now - since < kPingStuckMs);
  std::lock_guard<std::mutex> lock(m_mutex);
  s.dataVersion = m_dataVersion;
  s.stats = m_stats;
  s.haveStats = m_haveStats;
  return s;
}

QString DatabaseMonitor::dataVersion() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  return m_dataVersion;
}

void DatabaseMonitor::run() {
  ClusterDb db(m_uri, QStringLiteral("epidesk-server-monitor"));
  db.setStatementTimeoutMs(int(kPingStuckMs * 4));
  quint64 listeningOn = 0;
  qint64 lastStats = 0, lastVersion = nowMs();
  while (!m_stop) {
    const qint64 started = nowMs();
    try {
      tick(db, listeningOn, lastStats, lastVersion);
      // Sleep on the connection's socket: a revocation drops the cache the
      // moment it is delivered, not at the next ping.
      while (!m_stop && nowMs() - started < kPingEveryMs)
        if (db.connection().await_notification(0, 100000) > 0)
          m_verifier.clearCache();
    } catch (const std::exception &) {
      m_pingSinceMs = 0;
      db.reset();
      m_verifier.clearCache(); // revocations may be missed while away
      for (int i = 0; i < 10 && !m_stop; ++i)
        QThread::msleep(50);
    }
  }
}

void DatabaseMonitor::tick(ClusterDb &db, quint64 &listeningOn, qint64 &lastStats, qint64 &lastVersion) {
  m_pingSinceMs = nowMs();
  db.connection(); // (re)connects first, so the generation compared below is current
  if (listeningOn != db.connectionGeneration()) {
    // New connection: notifications sent while we were not listening are lost.
    m_verifier.clearCache();
    db.autocommit([](auto &tx) { tx.exec(std::string("LISTEN ") + TokenAuth::revocationChannel); });
    listeningOn = db.connectionGeneration();
  }
  db.autocommit([](auto &tx) { tx.exec("SELECT 1"); });
  m_lastOkMs = nowMs();
  m_pingSinceMs = 0;
  const qint64 now = nowMs();
  if (now - lastStats >= kStatsEveryMs) {
    JobStore store(db);
    JobStats stats = store.stats(m_workerTimeout);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stats = std::move(stats);
    m_haveStats = true;
    lastStats = now;
  }
  if (now - lastVersion >= kVersionEveryMs) {
    // Re-read: an import changes it, and results of the old data must not
    // be served for the new.
    const QString version = m_readDataVersion();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_dataVersion = version;
    lastVersion = now;
  }
}

} // namespace epidesk
