#include "WarehouseSettings.h"
#include "DataSourceRegistry.h"
#include "PgConnection.h"
#include "PgLocation.h"
#include "SharedData.h"
#include "WarehouseSource.h"
#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>
#include <pqxx/nontransaction>

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

WarehouseProbe probeWarehouse(const QString &uri, const QString &password) {
  WarehouseProbe probe;
  PgLocation location = PgLocation::parse(uri, &probe.error);
  if (!location.isValid())
    return probe;
  location.setPassword(password);
  pg::ConnectionPtr connection = pg::connect(location, &probe.error);
  if (!connection)
    return probe;
  try {
    pqxx::nontransaction tx(*connection);
    probe.serverVersion = pg::qstr(tx.exec1("SHOW server_version")[0].as<std::string>());
    probe.ok = true;
    probe.error.clear();
  } catch (const std::exception &e) {
    probe.error = pg::errorText(e);
  }
  return probe;
}

namespace {

// The warehouse with its catalogue (ingredients, years, imports) read once
// in the worker that opened it: the GUI thread asks for these when filling
// the controls and writing reports, and must never wait on the network (or
// see an exception when the server is gone). Sales go to the server.
class WarehouseCatalogue : public DataSource {
public:
  explicit WarehouseCatalogue(std::unique_ptr<WarehouseSource> source)
      : m_source(std::move(source)), m_ingredients(m_source->ingredients()), m_years(m_source->yearRange()),
        m_imports(m_source->imports()) {}
  QString location() const override { return m_source->location(); }
  Geography geography() const override { return m_source->geography(); }
  QStringList ingredients() const override { return m_ingredients; }
  std::pair<int, int> yearRange() const override { return m_years; }
  std::vector<SalesCell> salesCells(const SalesFilter &filter, Feedback *feedback) const override {
    return m_source->salesCells(filter, feedback);
  }
  std::vector<ImportRecord> imports() const override { return m_imports; }
  BoundarySource boundaries(GeoLevel level) const override { return m_source->boundaries(level); }

private:
  std::unique_ptr<WarehouseSource> m_source;
  QStringList m_ingredients;
  std::pair<int, int> m_years;
  std::vector<ImportRecord> m_imports;
};

} // namespace

std::shared_ptr<const DataSource> openWarehouse(const QString &uri, const QString &password, QString *error) {
  PgLocation location = PgLocation::parse(uri, error);
  if (!location.isValid())
    return nullptr;
  if (!password.isEmpty())
    location.setPassword(password);
  std::unique_ptr<WarehouseSource> source = WarehouseSource::open(location, sharedDataDir(), error);
  if (!source)
    return nullptr;
  try {
    return std::make_shared<WarehouseCatalogue>(std::move(source));
  } catch (const std::exception &e) { // lost between connecting and reading the catalogue
    if (error)
      *error = QCoreApplication::translate("epidesk::WarehouseSettings", "Cannot read the warehouse %1: %2")
                   .arg(location.display(), pg::errorText(e));
    return nullptr;
  }
}

bool isWarehouseLocation(const QString &location) {
  return PgLocation::isWarehouseScheme(DataSourceRegistry::schemeOf(location));
}

} // namespace epidesk
