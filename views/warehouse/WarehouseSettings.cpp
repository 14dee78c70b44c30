#include "warehouse/WarehouseSettings.h"
#include "DataSourceRegistry.h"
#include "PgLocation.h"
#include <QUrl>
#include <QUrlQuery>

namespace epidesk {

namespace {
QString encoded(const QString &s) {
  return QString::fromLatin1(QUrl::toPercentEncoding(s));
}
} // namespace

QStringList WarehouseConnection::sslModes() {
  return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

bool WarehouseConnection::isComplete() const {
  return !host.trimmed().isEmpty() && !database.trimmed().isEmpty() && !user.trimmed().isEmpty() && port > 0;
}

QString WarehouseConnection::uri() const {
  const QString h = host.trimmed();
  // An IPv6 literal goes in brackets; anything else is encoded like the rest.
  const QString hostPart =
      h.contains(QLatin1Char(':')) ? QLatin1Char('[') + h + QLatin1Char(']') : encoded(h);
  QString out = QStringLiteral("postgresql://");
  if (!user.isEmpty())
    out += encoded(user) + QLatin1Char('@');
  out += hostPart + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + encoded(database.trimmed());
  // Built by hand: libpq rejects a second '=' in a parameter, so the value of
  // options must be fully encoded (QUrlQuery would leave '=' as is).
  QStringList query;
  query << QStringLiteral("sslmode=") +
               encoded(sslModes().contains(sslMode) ? sslMode : QStringLiteral("prefer"));
  query << QStringLiteral("connect_timeout=%1").arg(qMax(2, connectTimeoutSeconds));
  // A silent network (cable pulled, VPN down) is noticed within ~30 s.
  query << QStringLiteral("keepalives=1&keepalives_idle=10&keepalives_interval=5&keepalives_count=3");
  query << QStringLiteral("tcp_user_timeout=30000");
  if (statementTimeoutSeconds > 0)
    query << QStringLiteral("options=") +
                 encoded(
                     QStringLiteral("-c statement_timeout=%1").arg(qint64(statementTimeoutSeconds) * 1000));
  return out + QLatin1Char('?') + query.join(QLatin1Char('&'));
}

QString WarehouseConnection::credentialKey() const {
  return QStringLiteral("warehouse/%1@%2:%3/%4").arg(user, host.trimmed()).arg(port).arg(database.trimmed());
}

QString WarehouseConnection::displayName() const {
  return QStringLiteral("%1@%2:%3/%4").arg(user, host.trimmed()).arg(port).arg(database.trimmed());
}

bool WarehouseConnection::fromUri(const QString &uri, WarehouseConnection *out, QString *password) {
  const QUrl url(uri);
  if (!url.isValid() || !PgLocation::isWarehouseScheme(url.scheme()))
    return false;
  WarehouseConnection c;
  c.host = url.host(QUrl::FullyDecoded);
  c.port = url.port(5432);
  c.database = url.path(QUrl::FullyDecoded).mid(1);
  c.user = url.userName(QUrl::FullyDecoded);
  const QUrlQuery query(url);
  if (query.hasQueryItem(QStringLiteral("sslmode")))
    c.sslMode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
  if (query.hasQueryItem(QStringLiteral("connect_timeout")))
    c.connectTimeoutSeconds = query.queryItemValue(QStringLiteral("connect_timeout")).toInt();
  if (out)
    *out = c;
  if (password) {
    *password = url.password(QUrl::FullyDecoded);
    if (password->isEmpty())
      *password = query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
  }
  return true;
}

bool WarehouseConnection::operator==(const WarehouseConnection &o) const {
  return host == o.host && port == o.port && database == o.database && user == o.user &&
         sslMode == o.sslMode && rememberPassword == o.rememberPassword &&
         connectTimeoutSeconds == o.connectTimeoutSeconds &&
         statementTimeoutSeconds == o.statementTimeoutSeconds;
}

bool isWarehouseLocation(const QString &location) {
  return PgLocation::isWarehouseScheme(DataSourceRegistry::schemeOf(location));
}

} // namespace epidesk
