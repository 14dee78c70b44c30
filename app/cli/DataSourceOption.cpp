#include "DataSourceOption.h"
#include "DataSourceRegistry.h"
#include "PgLocation.h"

namespace epidesk::cli {

void DataSourceOption::addTo(QCommandLineParser &parser) {
  parser.addOption(m_store);
  parser.addOption(m_db);
}

std::unique_ptr<DataSource> DataSourceOption::open(const QCommandLineParser &parser, QString *error) const {
  if (parser.isSet(m_store) && parser.isSet(m_db)) {
    *error = QCoreApplication::translate("cli", "store: give either --store FILE or --db URI, not both");
    return nullptr;
  }
  if (parser.isSet(m_db)) {
    const QString uri = parser.value(m_db);
    if (!PgLocation::isWarehouseScheme(DataSourceRegistry::schemeOf(uri))) {
      *error = QCoreApplication::translate("cli", "db: expected a postgresql:// URI");
      return nullptr;
    }
    return openDataSource(uri, error);
  }
  if (!parser.isSet(m_store)) {
    *error =
        QCoreApplication::translate("cli", "store: a data source is required (--store FILE or --db URI)");
    return nullptr;
  }
  return openDataSource(parser.value(m_store), error);
}

} // namespace epidesk::cli
