#pragma once
#include "TokenAuth.h"
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

namespace epidesk {

// Verifies bearer tokens for the API, from any of the server's database
// threads. Verified tokens are cached briefly (thread-safe) so polling stays
// off the database; the cache is dropped whenever a revocation is announced
// (DatabaseMonitor listens) and an entry never outlives its token's expiry.
class TokenVerifier {
public:
  static constexpr int cacheSeconds = 30;
  TokenVerifier() { m_clock.start(); }

  // Answers from the cache when it can, else looks the token up with db
  // (and records its use). nullopt: missing, malformed, unknown, revoked or expired.
  std::optional<Principal> verify(const QByteArray &authorizationHeader, ClusterDb &db);
  // Cache only: no database. nullopt also when not cached.
  std::optional<Principal> verifyCached(const QByteArray &authorizationHeader);
  void clearCache();

private:
  struct Cached {
    Principal principal;
    qint64 validUntilMs = 0; // m_clock time
  };
  std::optional<Principal> lookupCache(const QByteArray &hash);

  QMutex m_mutex;
  QHash<QByteArray, Cached> m_cache; // by hash
  QElapsedTimer m_clock;
};

} // namespace epidesk
