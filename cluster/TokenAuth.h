#pragma once
#include <QByteArray>
#include <QDateTime>
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
  QDateTime lastUsedAt; // invalid: never used (updated at most once per cache period per server)
  QDateTime revokedAt;  // invalid: active
  QDateTime expiresAt;
};

// Bearer tokens: random, shown once at creation, stored only as SHA-256,
// valid until they expire (default 90 days) or are revoked. Revocation
// NOTIFYs every server, which drops its verification cache (TokenVerifier).
class TokenAuth {
public:
  static constexpr const char *revocationChannel = "epidesk_tokens_revoked";
  static constexpr int defaultExpiryDays = 90;
  static constexpr int maxExpiryDays = 3650;
  explicit TokenAuth(ClusterDb &db) : m_db(db) {}

  // Creates a token for user with role; returns the token text.
  QString create(const QString &user, const QString &role, int expiresInDays = defaultExpiryDays);
  static QByteArray hash(const QByteArray &token);
  static bool validRole(const QString &role);
  // The token of an Authorization header of exactly "Bearer <token>" (the
  // scheme case-insensitive, RFC 9110 §11.1; one space; nothing after), where
  // the token has the form create() makes. nullopt otherwise.
  static std::optional<QByteArray> bearerToken(const QByteArray &authorizationHeader);

  // Admin commands. Revoking returns how many active tokens were revoked.
  QList<TokenInfo> list();
  int revokeId(qint64 id);
  int revokeUser(const QString &user);

private:
  int revokeWhere(const char *condition, const std::string &value);
  ClusterDb &m_db;
};

} // namespace epidesk
