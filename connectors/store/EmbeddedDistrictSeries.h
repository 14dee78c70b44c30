#pragma once
#include <QString>
#include <memory>

namespace epidesk {

class DistrictSeriesStore;
class SqliteDb;

// Daily district series in the embedded store (SQLite tables district and
// district_daily, added by store schema version 2).
struct EmbeddedDistrictSeries {
  // The store file must exist and be an EpiDesk store (EmbeddedStore::open
  // upgrades older ones first).
  static std::unique_ptr<DistrictSeriesStore> open(const QString &path, QString *error);
  // Store schema step 1 -> 2: creates the tables if missing. Called by
  // EmbeddedStore::open inside its upgrade transaction.
  static bool createTables(SqliteDb &db, QString *error);
};

} // namespace epidesk
