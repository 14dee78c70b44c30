#include "TokenVerifier.h"
#include "ClusterDb.h"

namespace epidesk {

std::optional<Principal> TokenVerifier::lookupCache(const QByteArray &hash) {
  QMutexLocker lock(&m_mutex);
  const auto it = m_cache.constFind(hash);
  if (it == m_cache.cend())
    return std::nullopt;
  if (m_clock.elapsed() >= it->validUntilMs) {
    m_cache.erase(it);
    return std::nullopt;
  }
  return it->principal;
}

void TokenVerifier::dropCacheIfRevoked(ClusterDb &db) {
  // One LISTEN per connection (thread_local: each DbPool thread has its own).
  thread_local const ClusterDb *listeningDb = nullptr;
  thread_local quint64 listeningOn = 0;
  pqxx::connection &c = db.connection();
  if (listeningDb != &db || listeningOn != db.connectionGeneration()) {
    // New connection: notifications sent while we were not listening are lost.
    clearCache();
    db.autocommit([](auto &tx) { tx.exec(std::string("LISTEN ") + TokenAuth::revocationChannel); });
    listeningDb = &db;
    listeningOn = db.connectionGeneration();
    return;
  }
  if (c.get_notifs() > 0) // reads what already arrived; no round trip
    clearCache();
}

std::optional<Principal> TokenVerifier::verify(const QByteArray &header, ClusterDb &db) {
  const auto token = TokenAuth::bearerToken(header);
  if (!token)
    return std::nullopt;
  const QByteArray h = TokenAuth::hash(*token);
  dropCacheIfRevoked(db);
  if (auto cached = lookupCache(h))
    return cached;
  // One round trip verifies and records the use (at most once per
  // cacheSeconds per token and server).
  struct Found {
    Principal principal;
    double secondsLeft = 0;
  };
  const auto found = db.autocommit([&](auto &tx) -> std::optional<Found> {
    const pqxx::result r = tx.exec_params(
        "UPDATE epidesk_cluster.tokens SET last_used_at = clock_timestamp()"
        " WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > clock_timestamp()"
        " RETURNING user_name, role, extract(epoch FROM expires_at - clock_timestamp())::float8",
        h.toStdString());
    if (r.empty())
      return std::nullopt;
    return Found{{QString::fromStdString(r[0][0].as<std::string>()),
                  QString::fromStdString(r[0][1].as<std::string>())},
                 r[0][2].as<double>()};
  });
  QMutexLocker lock(&m_mutex);
  if (!found) {
    m_cache.remove(h);
    return std::nullopt;
  }
  if (m_cache.size() > 10000) // bounded: a flood of distinct tokens cannot grow it
    m_cache.clear();
  const qint64 ttl = qint64(std::min<double>(cacheSeconds, found->secondsLeft) * 1000);
  m_cache.insert(h, {found->principal, m_clock.elapsed() + ttl});
  return found->principal;
}

void TokenVerifier::clearCache() {
  QMutexLocker lock(&m_mutex);
  m_cache.clear();
}

} // namespace epidesk
