// Opening the district series of a data location or import sink: the one
// place that knows both stores (as DataSourceRegistry does for DataSource).
#include "DataSourceRegistry.h"
#include "DistrictSeriesStore.h"
#include "EmbeddedStore.h"
#include "PgLocation.h"
#include "WarehouseSink.h"
#include <QCoreApplication>

namespace epidesk {

std::unique_ptr<DistrictSeriesStore> DistrictSeriesStore::open(const QString &location, QString *error,
                                                               const QString &password) {
  if (DataSourceRegistry::schemeOf(location) == QLatin1String("file"))
    return openEmbedded(location, error);
  PgLocation pg = PgLocation::parse(location, error);
  if (!pg.isValid())
    return nullptr;
  if (!password.isEmpty())
    pg.setPassword(password);
  return openWarehouse(pg, error);
}

std::unique_ptr<DistrictSeriesStore> DistrictSeriesStore::forSink(ImportSink &sink, QString *error) {
  if (auto *store = dynamic_cast<EmbeddedStore *>(&sink))
    return openEmbedded(store->location(), error);
  if (dynamic_cast<WarehouseSink *>(&sink)) {
    const PgLocation location = PgLocation::parse(sink.location(), error);
    if (!location.isValid())
      return nullptr;
    return openWarehouse(location, error);
  }
  if (error)
    *error = QCoreApplication::translate("DistrictSeriesStore", "%1 cannot store daily district series")
                 .arg(sink.location());
  return nullptr;
}

} // namespace epidesk
