#include "EmbeddedRollups.h"
#include "CountField.h"
#include "FileLoad.h"
#include "Geography.h"
#include "SqliteUtil.h"
#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace epidesk {

namespace {

// A rollup summed over loads: its table, and the key column a load's period
// range bounds (with what turns a yyyymm into its value), for dropping the
// keys a removed load leaves at (0, 0). Their sums are written by
// addToSummed below, the one place that knows their keys.
struct SummedRollup {
  const char *table;
  const char *periodKey;
  const char *ofPeriod; // appended to a yyyymm to get periodKey's value
};

constexpr SummedRollup kSummedRollups[] = {{"sales_month_all", "period", ""},
                                           {"sales_year_all", "year", " / 100"}};
constexpr const char *kStateMarts[] = {"sales_month_uf", "sales_month_uf_all"};

const char *kTables = R"sql(
CREATE TABLE IF NOT EXISTS sales_month_all(period INTEGER NOT NULL, uf_code INTEGER NOT NULL,
                                           municipality_code INTEGER NOT NULL, prescriptions INTEGER NOT NULL,
                                           units INTEGER NOT NULL,
                                           PRIMARY KEY(period, uf_code, municipality_code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sales_year_all(year INTEGER NOT NULL, uf_code INTEGER NOT NULL,
                                          municipality_code INTEGER NOT NULL, prescriptions INTEGER NOT NULL,
                                          units INTEGER NOT NULL,
                                          PRIMARY KEY(year, uf_code, municipality_code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sales_month_uf(file_id INTEGER NOT NULL, ingredient_id INTEGER NOT NULL,
                                          period INTEGER NOT NULL, uf_code INTEGER NOT NULL,
                                          prescriptions INTEGER NOT NULL, units INTEGER NOT NULL,
                                          PRIMARY KEY(file_id, ingredient_id, period, uf_code)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sales_month_uf_all(file_id INTEGER NOT NULL, period INTEGER NOT NULL,
                                              uf_code INTEGER NOT NULL, prescriptions INTEGER NOT NULL,
                                              units INTEGER NOT NULL,
                                              PRIMARY KEY(file_id, period, uf_code)) WITHOUT ROWID;
)sql";

bool run(SqliteDb &db, const std::string &sql, qint64 fileId, QString *error) {
  SqliteStatement q(db, sql.c_str());
  if (fileId != 0)
    q.bind(1, fileId);
  if (q.run())
    return true;
  if (error)
    *error = db.lastError();
  return false;
}

bool hasTable(SqliteDb &db, const char *name) {
  SqliteStatement q(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
  q.bind(1, QString::fromLatin1(name));
  return q.next() && q.integer(0) == 1;
}

// A load's rows in sales_month, with their sums times sign.
bool loadRows(SqliteDb &db, qint64 fileId, qint64 sign, std::vector<SalesMonthRow> &rows, QString *error) {
  rows.clear();
  SqliteStatement q(db, "SELECT ingredient_id, period, uf_code, municipality_code, prescriptions, units "
                        "FROM sales_month WHERE file_id = ?");
  q.bind(1, fileId);
  while (q.next()) {
    SalesMonthRow r;
    r.ingredient = int(q.integer(0));
    r.period = int(q.integer(1));
    r.ufCode = int(q.integer(2));
    r.municipalityCode = int(q.integer(3));
    r.prescriptions = sign * q.integer(4);
    r.units = sign * q.integer(5);
    rows.push_back(r);
  }
  if (!q.failed())
    return true;
  if (error)
    *error = db.lastError();
  return false;
}

} // namespace

bool EmbeddedRollups::createTables(SqliteDb &db, QString *error) {
  return db.exec(kTables, error);
}

bool EmbeddedRollups::present(SqliteDb &db) {
  for (const SummedRollup &r : kSummedRollups)
    if (!hasTable(db, r.table))
      return false;
  for (const char *table : kStateMarts)
    if (!hasTable(db, table))
      return false;
  return true;
}

namespace {

// Rows keyed by N integers with their sums, sorted by key, keys unique.
template <size_t N> using Keyed = std::vector<std::pair<std::array<qint64, N>, std::pair<qint64, qint64>>>;

template <size_t N, typename KeyOf>
bool summed(const std::vector<SalesMonthRow> &rows, KeyOf keyOf, Keyed<N> &out) {
  out.clear();
  out.reserve(rows.size());
  for (const SalesMonthRow &r : rows)
    out.push_back({keyOf(r), {r.prescriptions, r.units}});
  std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
  size_t kept = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (kept > 0 && out[kept - 1].first == out[i].first) {
      // Bounded by the file's total (AnvisaReader); checked so nothing wraps silently.
      if (!checkedAdd(out[kept - 1].second.first, out[i].second.first) ||
          !checkedAdd(out[kept - 1].second.second, out[i].second.second))
        return false;
    } else {
      out[kept++] = out[i];
    }
  }
  out.resize(kept);
  return true;
}

// Writes keyed rows, with the load's id first when fileId != 0; upsert: add
// the sums to a key already there.
template <size_t N>
bool write(SqliteDb &db, const char *table, const char *columns, qint64 fileId, bool upsert,
           const Keyed<N> &rows, QString *error) {
  const int columnCount = int(N) + 2 + (fileId != 0 ? 1 : 0);
  std::string suffix;
  if (upsert) {
    std::string keys = columns;
    keys = keys.substr(0, keys.rfind(", prescriptions"));
    suffix = "ON CONFLICT(" + keys +
             ") DO UPDATE SET prescriptions = prescriptions + excluded.prescriptions, "
             "units = units + excluded.units";
  }
  SqliteBatchInsert insert(db, table, columns, columnCount, suffix.c_str());
  for (const auto &[key, sums] : rows) {
    if (fileId != 0)
      insert.bind(fileId);
    for (const qint64 k : key)
      insert.bind(k);
    insert.bind(sums.first);
    insert.bind(sums.second);
    if (!insert.endRow())
      break;
  }
  if (insert.finish())
    return true;
  if (error)
    *error = db.lastError();
  return false;
}

bool overflow(QString *error) {
  if (error)
    *error = QCoreApplication::translate("EmbeddedStore", "a rollup sum does not fit in a 64-bit integer");
  return false;
}

// The summed rollups gain a load's rows (negated: lose them); their keys are
// listed here only (kSummedRollups names their tables).
bool addToSummed(SqliteDb &db, const std::vector<SalesMonthRow> &rows, QString *error) {
  Keyed<3> three;
  if (!summed(
          rows,
          [](const SalesMonthRow &r) {
            return std::array<qint64, 3>{r.period, r.ufCode, r.municipalityCode};
          },
          three))
    return overflow(error);
  if (!write(db, "sales_month_all", "period, uf_code, municipality_code, prescriptions, units", 0, true,
             three, error))
    return false;
  if (!summed(
          rows,
          [](const SalesMonthRow &r) {
            return std::array<qint64, 3>{r.period / 100, r.ufCode, r.municipalityCode};
          },
          three))
    return overflow(error);
  return write(db, "sales_year_all", "year, uf_code, municipality_code, prescriptions, units", 0, true, three,
               error);
}

} // namespace

bool EmbeddedRollups::add(SqliteDb &db, qint64 fileId, const std::vector<SalesMonthRow> &rows,
                          QString *error) {
  if (!addToSummed(db, rows, error))
    return false;
  // The per-load state marts.
  auto stateOf = [](const SalesMonthRow &r) {
    return qint64(Geography::stateOf(r.ufCode, r.municipalityCode));
  };
  Keyed<3> three;
  Keyed<2> two;
  if (!summed(
          rows,
          [&](const SalesMonthRow &r) {
            return std::array<qint64, 3>{r.ingredient, r.period, stateOf(r)};
          },
          three))
    return overflow(error);
  if (!write(db, "sales_month_uf", "file_id, ingredient_id, period, uf_code, prescriptions, units", fileId,
             false, three, error))
    return false;
  if (!summed(
          rows,
          [&](const SalesMonthRow &r) {
            return std::array<qint64, 2>{r.period, stateOf(r)};
          },
          two))
    return overflow(error);
  return write(db, "sales_month_uf_all", "file_id, period, uf_code, prescriptions, units", fileId, false, two,
               error);
}

// A key no other load holds ends at (0, 0), which no sales row can sum to
// (prescriptions count rows), and is removed; only the load's own periods
// can have reached it (NULL bounds: no sales, read as 0).
bool EmbeddedRollups::subtract(SqliteDb &db, qint64 fileId, QString *error) {
  std::vector<SalesMonthRow> rows;
  if (!loadRows(db, fileId, -1, rows, error))
    return false;
  if (!addToSummed(db, rows, error))
    return false;
  for (const SummedRollup &r : kSummedRollups) {
    const std::string bound = std::string(r.ofPeriod);
    if (!run(db,
             "DELETE FROM " + std::string(r.table) + " WHERE " + r.periodKey +
                 " BETWEEN (SELECT COALESCE(first_period, 0)" + bound +
                 " FROM import_file WHERE id = ?1) AND "
                 "(SELECT COALESCE(last_period, 0)" +
                 bound + " FROM import_file WHERE id = ?1) AND prescriptions = 0 AND units = 0",
             fileId, error))
      return false;
  }
  return true;
}

// Refilled from every load with the same code as an import (add), so the
// rules live in one place; the rollups a store already had are rebuilt too.
bool EmbeddedRollups::upgrade(SqliteDb &db, QString *error) {
  if (present(db))
    return true;
  if (!createTables(db, error))
    return false;
  for (const SummedRollup &r : kSummedRollups)
    if (!run(db, "DELETE FROM " + std::string(r.table), 0, error))
      return false;
  for (const char *table : kStateMarts)
    if (!run(db, "DELETE FROM " + std::string(table), 0, error))
      return false;
  std::vector<qint64> loads;
  SqliteStatement ids(db, "SELECT id FROM import_file ORDER BY id");
  while (ids.next())
    loads.push_back(ids.integer(0));
  std::vector<SalesMonthRow> rows;
  for (const qint64 id : loads)
    if (!loadRows(db, id, 1, rows, error) || !add(db, id, rows, error))
      return false;
  return true;
}

} // namespace epidesk
