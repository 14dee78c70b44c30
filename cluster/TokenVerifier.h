#pragma once
#include "TokenAuth.h"
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

namespace epidesk {

// Verifies bearer tokens for the API, from any of the server's database
// threads. Verified tokens are cached briefly (thread-safe) so polling stays
// off the database; an entry never outlives its token's expiry, and the
// cache is dropped whenever a revocation is announced: every connection that
// verifies LISTENs, and reads what already arrived (no round trip) before it
// trusts the cache, so a revoked token is refused on the very next request.
class TokenVerifier {
public:
  static constexpr int cacheSeconds = 30;
  TokenVerifier() { m_clock.start(); }

  // Answers from the cache when it can, else looks the token up with db
  // (and records its use). nullopt: missing, malformed, unknown, revoked or expired.
  std::optional<Principal> verify(const QByteArray &authorizationHeader, ClusterDb &db);
  void clearCache();

private:
  struct Cached {
    Principal principal;
    qint64 validUntilMs = 0; // m_clock time
  };
  std::optional<Principal> lookupCache(const QByteArray &hash);
  void dropCacheIfRevoked(ClusterDb &db);

  QMutex m_mutex;
  QHash<QByteArray, Cached> m_cache; // by hash
  QElapsedTimer m_clock;
};

} // namespace epidesk
