#pragma once
#include "cluster/RunLocationBox.h"
#include "warehouse/WarehouseSettings.h"
#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace epidesk {

// Typed access to the user's QSettings (organization/application "EpiDesk").
// Only preferences and paths: never passwords or connection secrets.
class AppSettings {
public:
  AppSettings() = default;

  QByteArray windowGeometry() const;
  void setWindowGeometry(const QByteArray &geometry);
  QByteArray windowState() const;
  void setWindowState(const QByteArray &state);
  QByteArray splitterState() const;
  void setSplitterState(const QByteArray &state);

  QString lastStore() const;
  void setLastStore(const QString &path);
  QString lastImportDir() const;
  void setLastImportDir(const QString &dir);
  QString lastExportDir() const;
  void setLastExportDir(const QString &dir);

  // Dashboards opened or saved, newest first (at most kMaxRecent).
  static constexpr int kMaxRecent = 10;
  QStringList recentDashboards() const;
  void addRecentDashboard(const QString &path);
  void removeRecentDashboard(const QString &path);
  // The store a user located for a missing one (QGIS's "handle unavailable
  // layers"): asked once, used for every document naming the same path.
  QString locatedStore(const QString &missing) const;
  void setLocatedStore(const QString &missing, const QString &located);

  QString classifierId() const; // ClassifierRegistry id
  void setClassifierId(const QString &id);
  int classCount() const;
  void setClassCount(int classes);

  // The connection dialog's fields; the password is never among them (it
  // is in the OS keychain or asked for each time).
  WarehouseConnection warehouseConnection() const;
  void setWarehouseConnection(const WarehouseConnection &connection);

  // The cluster's base URL (empty = none configured); its token is in the
  // OS keychain (Credentials::readClusterToken), never here.
  QUrl clusterUrl() const;
  void setClusterUrl(const QUrl &url);
  // Seconds between cluster monitor refreshes (2..300, default 5).
  int clusterMonitorIntervalSeconds() const;
  void setClusterMonitorIntervalSeconds(int seconds);
  // Where each computation ("trends", "forecast", "relocation", ...) ran last.
  RunLocationBox::Location runLocation(const QString &computation) const;
  void setRunLocation(const QString &computation, RunLocationBox::Location location);

  // Locale name ("pt_BR"), empty = follow the system.
  QString language() const;
  void setLanguage(const QString &localeName);

private:
  mutable QSettings m_settings;
};

} // namespace epidesk
