#pragma once
#include "DataSource.h"
#include <QString>
#include <functional>
#include <map>
#include <memory>

namespace epidesk {

class DistrictSeriesStore;

// Data sources by the scheme of their location: a plain path or file:// URL
// opens the embedded store; later "postgresql" opens the warehouse.
class DataSourceRegistry {
public:
  using Factory = std::function<std::unique_ptr<DataSource>(const QString &location, QString *error)>;
  static DataSourceRegistry &instance();
  void add(const QString &scheme, Factory factory); // register at startup, before opening
  std::unique_ptr<DataSource> open(const QString &location, QString *error) const;
  // "file" for paths, else the URI scheme in lower case.
  static QString schemeOf(const QString &location);

private:
  DataSourceRegistry();
  std::map<QString, Factory> m_factories;
};

// Shorthand for DataSourceRegistry::instance().open(location, error).
std::unique_ptr<DataSource> openDataSource(const QString &location, QString *error = nullptr);

// The daily district series at a data location as DataSourceRegistry reads
// it (a file path or a postgresql:// URI); password, when given, replaces the
// URI's (kept in memory by the caller, never in settings).
std::unique_ptr<DistrictSeriesStore> openDistrictSeriesStore(const QString &location, QString *error,
                                                             const QString &password = QString());

} // namespace epidesk
