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

QString TokenAuth::create(const QString &user, const QString &role) {
  QByteArray random(32, Qt::Uninitialized);
  QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                       reinterpret_cast<quint32 *>(random.data() + random.size()));
  const QByteArray token =
      "epd_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
  m_db.transact([&](pqxx::work &tx) {
    tx.exec_params("INSERT INTO epidesk_cluster.tokens (token_hash, user_name, role) VALUES ($1, $2, $3)",
                   hash(token).toStdString(), user.toStdString(), role.toStdString());
  });
  return QString::fromLatin1(token);
}

std::optional<Principal> TokenAuth::verify(const QByteArray &header) {
  if (!header.startsWith("Bearer ") || header.size() > 512)
    return std::nullopt;
  const QByteArray token = header.mid(7).trimmed();
  if (token.isEmpty())
    return std::nullopt;
  const QByteArray h = hash(token);
  if (!m_clock.isValid())
    m_clock.start();
  dropCacheIfRevoked();
  const qint64 now = m_clock.elapsed();
  auto it = m_cache.constFind(h);
  if (it != m_cache.cend() && now - it->at < cacheSeconds * 1000)
    return it->principal;
  // One round trip verifies and records the use (so at most once per
  // cacheSeconds per token and server).
  const auto found = m_db.autocommit([&](auto &tx) -> std::optional<Principal> {
    const pqxx::result r =
        tx.exec_params("UPDATE epidesk_cluster.tokens SET last_used_at = clock_timestamp()"
                       " WHERE token_hash = $1 AND revoked_at IS NULL RETURNING user_name, role",
                       h.toStdString());
    if (r.empty())
      return std::nullopt;
    return Principal{QString::fromStdString(r[0][0].as<std::string>()),
                     QString::fromStdString(r[0][1].as<std::string>())};
  });
  if (found) {
    if (m_cache.size() > 10000) // bounded: a flood of distinct tokens cannot grow it
      m_cache.clear();
    m_cache.insert(h, {*found, now});
  } else {
    m_cache.remove(h);
  }
  return found;
}

void TokenAuth::dropCacheIfRevoked() {
  try {
    pqxx::connection &c = m_db.connection();
    if (m_listeningOn != m_db.connectionGeneration()) {
      // New connection: notifications sent while we were not listening are lost.
      m_cache.clear();
      m_db.autocommit([](auto &tx) { tx.exec(std::string("LISTEN ") + revocationChannel); });
      m_listeningOn = m_db.connectionGeneration();
      return;
    }
    if (c.get_notifs() > 0) // reads what already arrived; no round trip
      m_cache.clear();
  } catch (const pqxx::broken_connection &) {
    m_cache.clear();
    m_db.reset(); // the lookup that follows reconnects (and fails cleanly if it cannot)
  }
}

QList<TokenInfo> TokenAuth::list() {
  return m_db.autocommit([](auto &tx) {
    const pqxx::result r = tx.exec(
        "SELECT id, user_name, role, (extract(epoch FROM created_at) * 1000)::bigint,"
        " (extract(epoch FROM last_used_at) * 1000)::bigint, (extract(epoch FROM revoked_at) * 1000)::bigint"
        " FROM epidesk_cluster.tokens ORDER BY id");
    auto time = [](const pqxx::field &f) {
      return f.is_null() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(f.as<qint64>(), Qt::UTC);
    };
    QList<TokenInfo> out;
    for (const auto &row : r)
      out.append({row[0].as<qint64>(), QString::fromStdString(row[1].as<std::string>()),
                  QString::fromStdString(row[2].as<std::string>()), time(row[3]), time(row[4]),
                  time(row[5])});
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
