#include "TokenAuth.h"
#include "ClusterDb.h"
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace epidesk {

QByteArray TokenAuth::hash(const QByteArray &token) {
  return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

bool TokenAuth::validRole(const QString &role) {
  return role == QLatin1String("analyst") || role == QLatin1String("admin");
}

QString TokenAuth::create(const QString &user, const QString &role, int expiresInDays) {
  QByteArray random(32, Qt::Uninitialized);
  QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                       reinterpret_cast<quint32 *>(random.data() + random.size()));
  const QByteArray token =
      "epd_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
  m_db.transact([&](pqxx::work &tx) {
    tx.exec_params("INSERT INTO epidesk_cluster.tokens (token_hash, user_name, role, expires_at)"
                   " VALUES ($1, $2, $3, clock_timestamp() + make_interval(days => $4))",
                   hash(token).toStdString(), user.toStdString(), role.toStdString(), expiresInDays);
  });
  return QString::fromLatin1(token);
}

std::optional<QByteArray> TokenAuth::bearerToken(const QByteArray &header) {
  // "epd_" and 32 random bytes in unpadded base64url: exactly 47 characters.
  constexpr qsizetype tokenLength = 4 + 43;
  if (header.size() != 7 + tokenLength || header.left(7).toLower() != "bearer ")
    return std::nullopt;
  const QByteArray token = header.mid(7);
  if (!token.startsWith("epd_"))
    return std::nullopt;
  for (qsizetype i = 4; i < token.size(); ++i) {
    const char c = token[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
      return std::nullopt;
  }
  return token;
}

QList<TokenInfo> TokenAuth::list() {
  return m_db.autocommit([](auto &tx) {
    const pqxx::result r = tx.exec(
        "SELECT id, user_name, role, (extract(epoch FROM created_at) * 1000)::bigint,"
        " (extract(epoch FROM last_used_at) * 1000)::bigint, (extract(epoch FROM revoked_at) * 1000)::bigint,"
        " (extract(epoch FROM expires_at) * 1000)::bigint"
        " FROM epidesk_cluster.tokens ORDER BY id");
    auto time = [](const pqxx::field &f) {
      return f.is_null() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(f.as<qint64>(), Qt::UTC);
    };
    QList<TokenInfo> out;
    for (const auto &row : r)
      out.append({row[0].as<qint64>(), QString::fromStdString(row[1].as<std::string>()),
                  QString::fromStdString(row[2].as<std::string>()), time(row[3]), time(row[4]), time(row[5]),
                  time(row[6])});
    return out;
  });
}

int TokenAuth::revokeWhere(const char *condition, const std::string &value) {
  return m_db.transact([&](pqxx::work &tx) {
    const pqxx::result r =
        tx.exec_params(std::string("UPDATE epidesk_cluster.tokens SET revoked_at = clock_timestamp()"
                                   " WHERE revoked_at IS NULL AND ") +
                           condition,
                       value);
    tx.exec(std::string("NOTIFY ") + revocationChannel); // delivered to every server at commit
    return int(r.affected_rows());
  });
}

int TokenAuth::revokeId(qint64 id) {
  return revokeWhere("id = $1", std::to_string(id));
}

int TokenAuth::revokeUser(const QString &user) {
  return revokeWhere("user_name = $1", user.toStdString());
}

} // namespace epidesk
