#include "PgLocation.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>
#include <QUrlQuery>

namespace epidesk {

namespace {
const QString kSnapshotParameter = QStringLiteral("snapshot");
const QString kPasswordParameter = QStringLiteral("password");
} // namespace

bool PgLocation::isWarehouseScheme(const QString &scheme) {
  return scheme.compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0 ||
         scheme.compare(QLatin1String("postgres"), Qt::CaseInsensitive) == 0;
}

PgLocation PgLocation::parse(const QString &uri, QString *error) {
  PgLocation out;
  QUrl url(uri, QUrl::StrictMode);
  if (!url.isValid() || !isWarehouseScheme(url.scheme())) {
    if (error)
      *error = QCoreApplication::translate(
                   "PgLocation", "\"%1\" is not a PostgreSQL URI (postgresql://user@host:port/database)")
                   .arg(QUrl(uri).toDisplayString(QUrl::RemovePassword));
    return out;
  }
  QUrlQuery query(url);
  out.m_snapshot = query.queryItemValue(kSnapshotParameter, QUrl::FullyDecoded);
  query.removeAllQueryItems(kSnapshotParameter);
  if (query.hasQueryItem(kPasswordParameter)) {
    out.m_password = query.queryItemValue(kPasswordParameter, QUrl::FullyDecoded);
    query.removeAllQueryItems(kPasswordParameter);
  }
  if (!url.password().isEmpty())
    out.m_password = url.password(QUrl::FullyDecoded);
  url.setPassword(QString());
  url.setQuery(query);
  out.m_uriWithoutSecrets = url.toString(QUrl::FullyEncoded);
  out.m_valid = true;
  return out;
}

std::string PgLocation::conninfo() const {
  QUrl url(m_uriWithoutSecrets);
  if (!m_password.isEmpty()) {
    // A query parameter keeps every character of the password intact.
    QUrlQuery query(url);
    query.addQueryItem(kPasswordParameter, QString::fromLatin1(QUrl::toPercentEncoding(m_password)));
    url.setQuery(query);
  }
  return url.toString(QUrl::FullyEncoded).toStdString();
}

QString PgLocation::display() const {
  if (m_snapshot.isEmpty())
    return m_uriWithoutSecrets;
  QUrl url(m_uriWithoutSecrets);
  QUrlQuery query(url);
  query.addQueryItem(kSnapshotParameter, m_snapshot);
  url.setQuery(query);
  return url.toString(QUrl::FullyEncoded);
}

QString PgLocation::key() const {
  const QUrl url(m_uriWithoutSecrets);
  const QByteArray id =
      (url.host() + QLatin1Char(':') + QString::number(url.port(5432)) + url.path()).toUtf8();
  return QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace epidesk
