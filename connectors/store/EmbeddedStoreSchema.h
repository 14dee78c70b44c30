#pragma once
#include "FileLoad.h"
#include "QuarantineEntry.h"
#include "SqliteUtil.h"
#include "StoreBuilder.h"
#include <QDateTime>
#include <QString>
#include <vector>

namespace epidesk {

class Geography;

// The embedded store's SQLite schema: the tables of a new store, the
// in-place upgrades of older ones, the connection settings, and which
// tables hold a file's load.
class EmbeddedStoreSchema {
public:
  // 2: daily district series (DistrictSeriesStore). 3: the all-ingredient
  // rollup sales_month_all.
  static constexpr int version = 4;

  // WAL and the other settings every connection of the store uses.
  static bool applyPragmas(SqliteDb &db, QString *error);
  // Creates the tables of the current version in a new store and fills the
  // reference data, in one transaction.
  static bool create(SqliteDb &db, const Geography &geography,
                     const std::vector<StoreBuilder::PopulationRow> &population, QString *error);
  // The store's schema version; 0 when the file is not an EpiDesk store.
  // Reads nothing else, so a foreign file is never changed.
  static int versionOf(SqliteDb &db);
  // Brings a store of an older version (or one written at the current
  // version before all its tables existed) to the current version, in one
  // transaction; does nothing, and takes no write lock, when it is there.
  static bool upgrade(SqliteDb &db, int fromVersion, QString *error);

  // Deletes, in the caller's transaction, everything an earlier load of
  // fileName wrote (sales, district series, quarantine, provenance);
  // *replaced (when given) tells whether there was one. The one replace routine of every
  // importer writing to the store.
  static bool deleteFileLoad(SqliteDb &db, const QString &fileName, bool *replaced, QString *error);
  // The rows every load writes, whatever its format: its provenance (load:
  // a FileLoad or DistrictLoad; the period range of monthly sales, 0 = none,
  // stored as NULL) and its quarantine. insertImportFile returns the new
  // file id, 0 on failure.
  template <typename Load>
  static qint64 insertImportFile(SqliteDb &db, const Load &load, int firstPeriod = 0, int lastPeriod = 0);
  static bool insertQuarantine(SqliteDb &db, qint64 fileId, const std::vector<QuarantineEntry> &entries);
};

template <typename Load>
qint64 EmbeddedStoreSchema::insertImportFile(SqliteDb &db, const Load &load, int firstPeriod,
                                             int lastPeriod) {
  SqliteStatement file(
      db, "INSERT INTO import_file(file_name, path, imported_at, rows_read, rows_loaded, "
          "rows_quarantined, warnings, first_period, last_period) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
  file.bind(1, load.fileName)
      .bind(2, load.path)
      .bind(3, load.importedAt.toString(Qt::ISODateWithMs))
      .bind(4, load.rowsRead)
      .bind(5, load.rowsLoaded)
      .bind(6, load.rowsQuarantined)
      .bind(7, load.warnings);
  if (firstPeriod > 0)
    file.bind(8, qint64(firstPeriod)).bind(9, qint64(lastPeriod));
  return file.run() ? db.lastInsertId() : 0;
}

} // namespace epidesk
