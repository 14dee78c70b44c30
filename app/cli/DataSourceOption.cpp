#include "DataSourceOption.h"
#include "DataSourceRegistry.h"

namespace epidesk::cli {

void DataSourceOption::addTo(QCommandLineParser &parser) { parser.addOption(m_store); }

std::unique_ptr<DataSource> DataSourceOption::open(const QCommandLineParser &parser, QString *error) const {
  if (!parser.isSet(m_store)) {
    *error = QCoreApplication::translate("cli", "store: a data source is required (--store FILE)");
    return nullptr;
  }
  return openDataSource(parser.value(m_store), error);
}

} // namespace epidesk::cli
