#include "AppSettings.h"
#include "ClassifierRegistry.h"

namespace epidesk {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kLastStore = QStringLiteral("data/lastStore");
const QString kImportDir = QStringLiteral("data/lastImportDir");
const QString kExportDir = QStringLiteral("data/lastExportDir");
const QString kClassifier = QStringLiteral("map/classifier");
const QString kClasses = QStringLiteral("map/classes");
const QString kLanguage = QStringLiteral("ui/language");
const QString kWhHost = QStringLiteral("warehouse/host");
const QString kWhPort = QStringLiteral("warehouse/port");
const QString kWhDatabase = QStringLiteral("warehouse/database");
const QString kWhUser = QStringLiteral("warehouse/user");
const QString kWhSslMode = QStringLiteral("warehouse/sslMode");
const QString kWhRemember = QStringLiteral("warehouse/rememberPassword");
const QString kWhConnectTimeout = QStringLiteral("warehouse/connectTimeoutSeconds");
const QString kWhStatementTimeout = QStringLiteral("warehouse/statementTimeoutSeconds");
const QString kClusterUrl = QStringLiteral("cluster/url");
const QString kClusterInterval = QStringLiteral("cluster/monitorIntervalSeconds");
const QString kRunLocationGroup = QStringLiteral("runLocation/");
const QString kRecentDashboards = QStringLiteral("dashboards/recent");
const QString kLocatedStores = QStringLiteral("dashboards/locatedStores");
} // namespace

QByteArray AppSettings::windowGeometry() const {
  return m_settings.value(kGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &g) {
  m_settings.setValue(kGeometry, g);
}
QByteArray AppSettings::windowState() const {
  return m_settings.value(kState).toByteArray();
}
void AppSettings::setWindowState(const QByteArray &s) {
  m_settings.setValue(kState, s);
}
QByteArray AppSettings::splitterState() const {
  return m_settings.value(kSplitter).toByteArray();
}
void AppSettings::setSplitterState(const QByteArray &s) {
  m_settings.setValue(kSplitter, s);
}

QString AppSettings::lastStore() const {
  return m_settings.value(kLastStore).toString();
}
void AppSettings::setLastStore(const QString &path) {
  m_settings.setValue(kLastStore, path);
}
QStringList AppSettings::recentDashboards() const {
  return m_settings.value(kRecentDashboards).toStringList();
}
void AppSettings::addRecentDashboard(const QString &path) {
  QStringList recent = recentDashboards();
  recent.removeAll(path);
  recent.prepend(path);
  m_settings.setValue(kRecentDashboards, recent.mid(0, kMaxRecent));
}
void AppSettings::removeRecentDashboard(const QString &path) {
  QStringList recent = recentDashboards();
  recent.removeAll(path);
  m_settings.setValue(kRecentDashboards, recent);
}
QString AppSettings::locatedStore(const QString &missing) const {
  return m_settings.value(kLocatedStores).toMap().value(missing).toString();
}
void AppSettings::setLocatedStore(const QString &missing, const QString &located) {
  QVariantMap map = m_settings.value(kLocatedStores).toMap();
  map.insert(missing, located);
  m_settings.setValue(kLocatedStores, map);
}

QString AppSettings::lastImportDir() const {
  return m_settings.value(kImportDir).toString();
}
void AppSettings::setLastImportDir(const QString &dir) {
  m_settings.setValue(kImportDir, dir);
}
QString AppSettings::lastExportDir() const {
  return m_settings.value(kExportDir).toString();
}
void AppSettings::setLastExportDir(const QString &dir) {
  m_settings.setValue(kExportDir, dir);
}

QString AppSettings::classifierId() const {
  const QString id = m_settings.value(kClassifier).toString();
  return ClassifierRegistry::ids().contains(id) ? id : ClassifierRegistry::defaultId();
}
void AppSettings::setClassifierId(const QString &id) {
  m_settings.setValue(kClassifier, id);
}
int AppSettings::classCount() const {
  return qBound(2, m_settings.value(kClasses, 5).toInt(), 9);
}
void AppSettings::setClassCount(int classes) {
  m_settings.setValue(kClasses, classes);
}

WarehouseConnection AppSettings::warehouseConnection() const {
  WarehouseConnection c;
  c.host = m_settings.value(kWhHost, c.host).toString();
  c.port = m_settings.value(kWhPort, c.port).toInt();
  c.database = m_settings.value(kWhDatabase, c.database).toString();
  c.user = m_settings.value(kWhUser, c.user).toString();
  c.sslMode = m_settings.value(kWhSslMode, c.sslMode).toString();
  if (!WarehouseConnection::sslModes().contains(c.sslMode))
    c.sslMode = QStringLiteral("prefer");
  c.rememberPassword = m_settings.value(kWhRemember, false).toBool();
  // Always bounded: a zero or negative value would mean "wait forever".
  c.connectTimeoutSeconds =
      qBound(2, m_settings.value(kWhConnectTimeout, c.connectTimeoutSeconds).toInt(), 300);
  c.statementTimeoutSeconds =
      qBound(1, m_settings.value(kWhStatementTimeout, c.statementTimeoutSeconds).toInt(), 86400);
  return c;
}

void AppSettings::setWarehouseConnection(const WarehouseConnection &c) {
  m_settings.setValue(kWhHost, c.host);
  m_settings.setValue(kWhPort, c.port);
  m_settings.setValue(kWhDatabase, c.database);
  m_settings.setValue(kWhUser, c.user);
  m_settings.setValue(kWhSslMode, c.sslMode);
  m_settings.setValue(kWhRemember, c.rememberPassword);
  m_settings.setValue(kWhConnectTimeout, c.connectTimeoutSeconds);
  m_settings.setValue(kWhStatementTimeout, c.statementTimeoutSeconds);
}

QUrl AppSettings::clusterUrl() const {
  return QUrl(m_settings.value(kClusterUrl).toString());
}
void AppSettings::setClusterUrl(const QUrl &url) {
  // Never user info: a token or password pasted into the URL stays out of the file.
  m_settings.setValue(kClusterUrl, url.adjusted(QUrl::RemoveUserInfo).toString());
}
int AppSettings::clusterMonitorIntervalSeconds() const {
  return qBound(2, m_settings.value(kClusterInterval, 5).toInt(), 300);
}
void AppSettings::setClusterMonitorIntervalSeconds(int seconds) {
  m_settings.setValue(kClusterInterval, seconds);
}
RunLocationBox::Location AppSettings::runLocation(const QString &computation) const {
  return m_settings.value(kRunLocationGroup + computation).toString() == QLatin1String("cluster")
             ? RunLocationBox::Location::Cluster
             : RunLocationBox::Location::Local;
}
void AppSettings::setRunLocation(const QString &computation, RunLocationBox::Location location) {
  m_settings.setValue(kRunLocationGroup + computation, location == RunLocationBox::Location::Cluster
                                                           ? QStringLiteral("cluster")
                                                           : QStringLiteral("local"));
}

QString AppSettings::language() const {
  return m_settings.value(kLanguage).toString();
}
void AppSettings::setLanguage(const QString &localeName) {
  m_settings.setValue(kLanguage, localeName);
}

} // namespace epidesk
