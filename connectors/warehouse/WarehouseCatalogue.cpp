#include "WarehouseCatalogue.h"
#include "PgConnection.h"
#include "SharedData.h"
#include "WarehouseError.h"
#include "WarehouseSource.h"
#include <QCoreApplication>

namespace epidesk {

namespace {

// The warehouse with its catalogue (ingredients, years, imports) read once
// in the worker that opened it: the GUI thread asks for these when filling
// the controls and writing reports, and must never wait on the network (or
// see an exception when the server is gone). Sales go to the server; its
// failures reach the views as WarehouseError, never as libpqxx's types.
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
    try {
      return m_source->salesCells(filter, feedback);
    } catch (...) {
      pg::rethrowAsWarehouseError();
    }
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
    // The context it had in views/WarehouseSettings.cpp, so its translations still apply.
    if (error)
      *error = QCoreApplication::translate("epidesk::WarehouseSettings", "Cannot read the warehouse %1: %2")
                   .arg(location.display(), pg::errorText(e));
    return nullptr;
  }
}

} // namespace epidesk
