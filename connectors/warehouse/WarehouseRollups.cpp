#include "WarehouseRollups.h"
#include "CountField.h"
#include "FileLoad.h"
#include "Geography.h"
#include "PgConnection.h"
#include <QCoreApplication>
#include <map>
#include <stdexcept>
#include <tuple>

namespace epidesk {

namespace {

using Sums = std::pair<qint64, qint64>; // prescriptions, units

// Bounded by the file's total (AnvisaReader); checked so nothing wraps silently.
void add(Sums &sum, const SalesMonthRow &r) {
  if (!checkedAdd(sum.first, r.prescriptions) || !checkedAdd(sum.second, r.units))
    throw std::overflow_error(
        QCoreApplication::translate("Warehouse", "a rollup sum does not fit in a 64-bit integer")
            .toStdString());
}

// COPY of (file_id, key..., prescriptions, units) rows, in key order.
template <typename Key>
void copyRows(pqxx::transaction_base &tx, const char *table, std::vector<std::string> columns, qint64 fileId,
              const std::map<Key, Sums> &rows) {
  columns.insert(columns.begin(), "file_id");
  columns.insert(columns.end(), {"prescriptions", "units"});
  pg::CopyStream copy(tx, table, columns);
  for (const auto &[key, sum] : rows) {
    pg::CopyLine line(copy.buffer());
    line.integer(fileId);
    std::apply([&](auto... k) { (line.integer(qint64(k)), ...); }, key);
    line.integer(sum.first).integer(sum.second).end();
    copy.rowDone();
  }
  copy.complete();
}

} // namespace

void WarehouseRollups::write(pqxx::transaction_base &tx, qint64 fileId,
                             const std::vector<SalesMonthRow> &sales, const std::vector<qint64> &ids) {
  std::map<std::tuple<qint64, int, int>, Sums> byUf;  // ingredient, period, state
  std::map<std::tuple<int, int>, Sums> byUfAll;       // period, state
  std::map<std::tuple<int, int, int>, Sums> byMunAll; // period, state, municipality
  for (const SalesMonthRow &r : sales) {
    // Unmatched names (municipality 0) count for their state, as in TrendAnalysis.
    const int uf = Geography::stateOf(r.ufCode, r.municipalityCode);
    add(byUf[{ids[size_t(r.ingredient)], r.period, uf}], r);
    add(byUfAll[{r.period, uf}], r);
    add(byMunAll[{r.period, r.ufCode, r.municipalityCode}], r);
  }
  copyRows(tx, "sales_month_uf", {"ingredient_id", "period", "uf_code"}, fileId, byUf);
  copyRows(tx, "sales_month_uf_all", {"period", "uf_code"}, fileId, byUfAll);
  copyRows(tx, "sales_month_all", {"period", "uf_code", "municipality_code"}, fileId, byMunAll);
}

} // namespace epidesk
