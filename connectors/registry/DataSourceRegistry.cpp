#include "DataSourceRegistry.h"
#include "DistrictSeriesStore.h"
#include "EmbeddedDistrictSeries.h"
#include "EmbeddedStore.h"
#include "PgLocation.h"
#include "SharedData.h"
#include "WarehouseDistrictSeries.h"
#include "WarehouseSource.h"
#include <QCoreApplication>
#include <QUrl>

namespace epidesk {

DataSourceRegistry::DataSourceRegistry() {
  add(QStringLiteral("file"), [](const QString &location, QString *error) -> std::unique_ptr<DataSource> {
    const QString path =
        location.startsWith(QStringLiteral("file:")) ? QUrl(location).toLocalFile() : location;
    return EmbeddedStore::open(path, error);
  });
  for (const char *scheme : {"postgresql", "postgres"})
    add(QString::fromLatin1(scheme), [](const QString &uri, QString *error) -> std::unique_ptr<DataSource> {
      const PgLocation location = PgLocation::parse(uri, error);
      if (!location.isValid())
        return nullptr;
      return WarehouseSource::open(location, sharedDataDir(), error);
    });
}

DataSourceRegistry &DataSourceRegistry::instance() {
  static DataSourceRegistry registry;
  return registry;
}

void DataSourceRegistry::add(const QString &scheme, Factory factory) {
  m_factories[scheme.toLower()] = std::move(factory);
}

QString DataSourceRegistry::schemeOf(const QString &location) {
  const qsizetype colon = location.indexOf(QStringLiteral("://"));
  if (colon <= 1) // no scheme, or a Windows drive letter
    return QStringLiteral("file");
  return location.left(colon).toLower();
}

std::unique_ptr<DataSource> DataSourceRegistry::open(const QString &location, QString *error) const {
  const QString scheme = schemeOf(location);
  auto it = m_factories.find(scheme);
  if (it == m_factories.end()) {
    if (error)
      *error =
          QCoreApplication::translate("DataSourceRegistry", "No data source handles \"%1\" locations (%2)")
              .arg(scheme, location);
    return nullptr;
  }
  return it->second(location, error);
}

std::unique_ptr<DataSource> openDataSource(const QString &location, QString *error) {
  return DataSourceRegistry::instance().open(location, error);
}

std::unique_ptr<DistrictSeriesStore> openDistrictSeriesStore(const QString &location, QString *error,
                                                             const QString &password) {
  if (DataSourceRegistry::schemeOf(location) == QLatin1String("file"))
    return EmbeddedDistrictSeries::open(location, error);
  PgLocation pg = PgLocation::parse(location, error);
  if (!pg.isValid())
    return nullptr;
  if (!password.isEmpty())
    pg.setPassword(password);
  return WarehouseDistrictSeries::open(pg, error);
}

} // namespace epidesk
