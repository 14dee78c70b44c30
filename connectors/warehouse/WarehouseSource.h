#pragma once
#include "DataSource.h"
#include "PgLocation.h"
#include "SalesQuery.h"
#include <QMutex>
#include <memory>

namespace epidesk {

// The views' data source on the PostgreSQL warehouse: reads the marts (or a
// snapshot schema's frozen copy when the location has ?snapshot=NAME) with
// parameterised queries, giving the same results as EmbeddedStore for the
// same files. Thread-safe: one connection behind a mutex.
class WarehouseSource : public DataSource {
public:
  // Connects; the live warehouse is migrated (and its reference data loaded
  // from sharedDir) when needed; a snapshot must exist.
  static std::unique_ptr<WarehouseSource> open(const PgLocation &location, const QString &sharedDir,
                                               QString *error);
  ~WarehouseSource() override;

  QString location() const override { return m_location.display(); }
  Geography geography() const override { return m_geography; }
  QStringList ingredients() const override;
  std::pair<int, int> yearRange() const override;
  // Same matching as EmbeddedStore: foldKey(name) contains foldKey(filter), done in C++.
  // Without filter.byMunicipality the state-level mart answers (a few
  // thousand rows per ingredient instead of every municipality cell).
  std::vector<SalesCell> salesCells(const SalesFilter &filter, Feedback *feedback = nullptr) const override;
  std::vector<ImportRecord> imports() const override;
  // The shared data's boundaries in a cached GeoPackage (see WarehouseReference).
  BoundarySource boundaries(GeoLevel level) const override;

private:
  struct Db; // the libpqxx connection
  WarehouseSource(PgLocation location, QString sharedDir, std::unique_ptr<Db> db);

  PgLocation m_location;
  QString m_sharedDir;
  std::unique_ptr<Db> m_db;
  mutable QMutex m_mutex;
  Geography m_geography;
  // Snapshots taken before schema version 3 lack sales_month_uf, before 5 the all-ingredient marts.
  SalesQuery::Marts m_marts;
  mutable QString m_boundaryCache;
};

} // namespace epidesk
