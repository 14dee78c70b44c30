#pragma once
#include <QString>
#include <QtGlobal>
#include <vector>

namespace epidesk {

class SqliteDb;
struct SalesMonthRow;

// The embedded store's rollups of sales_month, so that a dashboard query
// reads about as many rows as its answer has, whatever the volume:
//  - summed over loads (no file_id), kept exact by subtracting a load before
//    it is deleted and adding it once written, in the file's transaction:
//    sales_month_all (every ingredient, per month and place) and
//    sales_year_all (every ingredient, per year and place). No per-ingredient
//    year rollup: its upserts (as many rows as sales_month per load) made an
//    import 50 % slower, and sales_month already reads one ingredient's cells
//    by key (docs/architecture.md);
//  - per load, deleted with it through kFileLoadTables: sales_month_uf (per
//    ingredient, month and state), sales_month_uf_all (every ingredient).
// Sums are integers, so subtract-then-add is exact. Places at state level
// follow Geography::stateOfSql (unmatched names count for their state).
class EmbeddedRollups {
public:
  // The rollup tables (CREATE ... IF NOT EXISTS).
  static bool createTables(SqliteDb &db, QString *error);
  // Whether every rollup table is there (a store of an older version lacks some).
  static bool present(SqliteDb &db);
  // Creates the rollups a store of an older version lacks and refills them all
  // from its loads (the same code as an import).
  static bool upgrade(SqliteDb &db, QString *error);
  // A load's sales rows (ingredient = the store's id), summed in memory and
  // added to the rollups, in the caller's transaction: one sorted batch per
  // rollup instead of SQL GROUP BYs over the load's rows (which took 3/4 of
  // an import).
  static bool add(SqliteDb &db, qint64 fileId, const std::vector<SalesMonthRow> &rows, QString *error);
  // A load's rows in sales_month subtracted from the summed rollups before
  // it is deleted, in the caller's transaction.
  static bool subtract(SqliteDb &db, qint64 fileId, QString *error);
};

} // namespace epidesk
