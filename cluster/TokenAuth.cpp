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
  const qint64 now = m_clock.elapsed();
  auto it = m_cache.constFind(h);
  if (it != m_cache.cend() && now - it->at < cacheSeconds * 1000)
    return it->principal;
  const auto found = m_db.autocommit([&](auto &tx) -> std::optional<Principal> {
    const pqxx::result r = tx.exec_params(
        "SELECT user_name, role FROM epidesk_cluster.tokens WHERE token_hash = $1 AND revoked_at IS NULL",
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

} // namespace epidesk
