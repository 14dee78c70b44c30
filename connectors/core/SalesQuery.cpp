#include "SalesQuery.h"
#include "Period.h"
#include "TextKey.h"
#include <algorithm>
#include <tuple>

namespace epidesk {

SalesQuery::IngredientMatch::IngredientMatch(const QString &filter) {
  for (const QString &term : filter.split(QLatin1Char('|'))) {
    const QString trimmed = term.trimmed();
    const bool exact = trimmed.startsWith(QLatin1Char('='));
    const QString key = foldKey(exact ? trimmed.mid(1) : trimmed);
    if (!key.isEmpty())
      (exact ? m_exact : m_contains).append(key);
  }
}

bool SalesQuery::IngredientMatch::operator()(const QString &nameKey) const {
  if (selectsAll())
    return true;
  for (const QString &key : m_exact)
    if (nameKey == key)
      return true;
  for (const QString &key : m_contains)
    if (nameKey.contains(key))
      return true;
  return false;
}

SalesQuery::SalesQuery(const SalesFilter &filter, std::vector<qint64> ingredientIds)
    : m_ingredientIds(std::move(ingredientIds)),
      m_firstPeriod(filter.fromYear > 0 ? MonthKey::of(filter.fromYear, 1) : 0),
      m_lastPeriod(filter.toYear > 0 ? MonthKey::of(filter.toYear, 12) : 999999),
      m_byMunicipality(filter.byMunicipality),
      m_allIngredients(IngredientMatch(filter.ingredientContains).selectsAll()), m_byYear(filter.byYear) {}

std::string SalesQuery::sql(Dialect dialect, Marts marts) const {
  const bool pg = dialect == Dialect::Postgres;
  const bool all = m_allIngredients && marts.allIngredients;
  // PostgreSQL sums bigint to numeric: cast back so the column reads as an integer.
  const std::string sum = pg ? ")::bigint" : ")";
  const std::string sums = ", SUM(prescriptions" + sum + ", SUM(units" + sum;
  const std::string periods = pg ? "period BETWEEN $1 AND $2" : "period BETWEEN ? AND ?";
  // SQLite: the file_id list lets it seek each (file, ingredient) range of
  // the per-load marts' clustered keys.
  const std::string loads = pg ? "" : "file_id IN (SELECT id FROM import_file) AND ";
  // Integer ids only, so writing the IN list into the text is safe.
  std::string ids;
  for (const qint64 id : m_ingredientIds)
    ids += (ids.empty() ? "" : ",") + std::to_string(id);
  const std::string ingredients = all ? "" : "ingredient_id IN (" + ids + ") AND ";

  if (m_byMunicipality && m_byYear && all && marts.yearly && !pg)
    // The embedded store's year rollup: one cell per year (yyyy00), summed over loads, in key order.
    return "SELECT year * 100, uf_code, municipality_code, prescriptions, units FROM sales_year_all "
           "WHERE year BETWEEN ?1 / 100 AND ?2 / 100 ORDER BY 1, 2, 3";
  // Years are summed by the database (one cell per year, yyyy00): 12 times
  // fewer cells to hand over.
  const std::string period = m_byYear ? "period / 100 * 100" : "period";
  if (m_byMunicipality) {
    // The embedded store's sales_month_all is summed over loads already, in key order.
    if (all && !pg && !m_byYear)
      return "SELECT period, uf_code, municipality_code, prescriptions, units FROM sales_month_all "
             "WHERE " +
             periods + " ORDER BY 1, 2, 3";
    if (sumsInCaller(dialect, marts))
      return "SELECT " + period +
             ", uf_code, municipality_code, prescriptions, units FROM sales_month WHERE " + loads +
             ingredients + periods;
    return "SELECT " + period + ", uf_code, municipality_code" + sums + " FROM " +
           (all ? "sales_month_all" : "sales_month") + " WHERE " + (all && !pg ? "" : loads) + ingredients +
           periods + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
  }
  if (!marts.statePerIngredient) {
    // State level from the municipality mart: unmatched names (municipality
    // 0) count for their state, as in TrendAnalysis.
    return "SELECT " + period + ", " + Geography::stateOfSql() + ", 0" + sums + " FROM sales_month WHERE " +
           loads + ingredients + periods + " GROUP BY 1, 2 ORDER BY 1, 2";
  }
  return "SELECT " + period + ", uf_code, 0" + sums + " FROM " +
         (all ? "sales_month_uf_all" : "sales_month_uf") + " WHERE " + loads + ingredients + periods +
         " GROUP BY 1, 2 ORDER BY 1, 2";
}

bool SalesQuery::sumsInCaller(Dialect dialect, Marts marts) const {
  return dialect == Dialect::Sqlite && m_byMunicipality && !(m_allIngredients && marts.allIngredients);
}

void SalesQuery::sumCells(std::vector<SalesCell> &cells) {
  auto key = [](const SalesCell &c) { return std::make_tuple(c.period, c.ufCode, c.municipalityCode); };
  std::sort(cells.begin(), cells.end(),
            [&](const SalesCell &a, const SalesCell &b) { return key(a) < key(b); });
  size_t kept = 0;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (kept > 0 && key(cells[kept - 1]) == key(cells[i])) {
      // Doubles hold these integer sums exactly (below 2^53; a file's total is checked at import).
      cells[kept - 1].prescriptions += cells[i].prescriptions;
      cells[kept - 1].units += cells[i].units;
    } else {
      cells[kept++] = cells[i];
    }
  }
  cells.resize(kept);
}

const char *SalesQuery::yearRangeSql() {
  return "SELECT COALESCE(MIN(first_period), 0), COALESCE(MAX(last_period), 0) FROM import_file";
}

std::pair<int, int> SalesQuery::yearRange(qint64 minFirstPeriod, qint64 maxLastPeriod) {
  if (minFirstPeriod == 0)
    return {0, 0};
  return {MonthKey::year(int(minFirstPeriod)), MonthKey::year(int(maxLastPeriod))};
}

} // namespace epidesk
