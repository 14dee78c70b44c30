#pragma once
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <string>

namespace epidesk {

class ClusterDb;

struct Principal {
  QString user;
  QString role; // "analyst" | "admin"
  bool isAdmin() const { return role == QLatin1String("admin"); }
  // Owner filter for job queries: admins see every job.
  QString ownerFilter() const { return isAdmin() ? QString() : user; }
};

// What `token list` shows of a token: never the token or its hash.
struct TokenInfo {
  qint64 id = 0; // short public id, for revoke --id
  QString user;
  QString role;
  QDateTime createdAt;
  QDateTime lastUsedAt; // invalid: never used (updated at most once per cacheSeconds per server)
  QDateTime revokedAt;  // invalid: active
};

// Bearer tokens: random, shown once at creation, stored only as SHA-256.
// Verified tokens are cached briefly so the hot path (polling) stays off the
// database. Revocation NOTIFYs every server (LISTEN on the shared
// connection), which drops its cache before the next request is verified,
// so a revoked token is refused at once; cacheSeconds only bounds staleness
// of role changes made behind the tool's back.
class TokenAuth {
public:
  static constexpr int cacheSeconds = 30;
  static constexpr const char *revocationChannel = "epidesk_tokens_revoked";
  explicit TokenAuth(ClusterDb &db) : m_db(db) {}

  // Creates a token for user with role; returns the token text.
  QString create(const QString &user, const QString &role);
  // From an "Authorization: Bearer ..." header value.
  std::optional<Principal> verify(const QByteArray &authorizationHeader);
  static QByteArray hash(const QByteArray &token);
  static bool validRole(const QString &role);

  // Admin commands. Revoking returns how many active tokens were revoked.
  QList<TokenInfo> list();
  int revokeId(qint64 id);
  int revokeUser(const QString &user);

private:
  struct Cached {
    Principal principal;
    qint64 at = 0;
  };
  void dropCacheIfRevoked();
  int revokeWhere(const char *condition, const std::string &value);

  ClusterDb &m_db;
  QHash<QByteArray, Cached> m_cache; // by hash
  QElapsedTimer m_clock;
  quint64 m_listeningOn = 0; // connection generation that has LISTEN set up
};

} // namespace epidesk
