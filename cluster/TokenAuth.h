#pragma once
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <optional>

namespace epidesk {

class ClusterDb;

struct Principal {
  QString user;
  QString role; // "analyst" | "admin"
  bool isAdmin() const { return role == QLatin1String("admin"); }
  // Owner filter for job queries: admins see every job.
  QString ownerFilter() const { return isAdmin() ? QString() : user; }
};

// Bearer tokens: random, shown once at creation, stored only as SHA-256.
// Verified tokens are cached briefly so the hot path (polling) stays off the
// database; a revoked token stops working within cacheSeconds.
class TokenAuth {
public:
  static constexpr int cacheSeconds = 30;
  explicit TokenAuth(ClusterDb &db) : m_db(db) {}

  // Creates a token for user with role; returns the token text.
  QString create(const QString &user, const QString &role);
  // From an "Authorization: Bearer ..." header value.
  std::optional<Principal> verify(const QByteArray &authorizationHeader);
  static QByteArray hash(const QByteArray &token);
  static bool validRole(const QString &role);

private:
  struct Cached {
    Principal principal;
    qint64 at = 0;
  };
  ClusterDb &m_db;
  QHash<QByteArray, Cached> m_cache; // by hash
  QElapsedTimer m_clock;
};

} // namespace epidesk
