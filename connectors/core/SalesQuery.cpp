#include "SalesQuery.h"
#include "Period.h"
#include "TextKey.h"

namespace epidesk {

SalesQuery::IngredientMatch::IngredientMatch(const QString &filter) : m_key(foldKey(filter)) {}

bool SalesQuery::IngredientMatch::operator()(const QString &nameKey) const {
  return m_key.isEmpty() || nameKey.contains(m_key);
}

SalesQuery::SalesQuery(const SalesFilter &filter, std::vector<qint64> ingredientIds, bool allIngredients)
    : m_ingredientIds(std::move(ingredientIds)),
      m_firstPeriod(filter.fromYear > 0 ? MonthKey::of(filter.fromYear, 1) : 0),
      m_lastPeriod(filter.toYear > 0 ? MonthKey::of(filter.toYear, 12) : 999999),
      m_byMunicipality(filter.byMunicipality), m_allIngredients(allIngredients) {}

std::string SalesQuery::sql(Dialect dialect, Mart mart) const {
  const bool pg = dialect == Dialect::Postgres;
  const bool stateMart = !m_byMunicipality && mart == Mart::State;
  // State level from the municipality mart: unmatched names (municipality 0)
  // count for their state, as in TrendAnalysis.
  const std::string place = m_byMunicipality ? "uf_code, municipality_code"
                            : stateMart      ? "uf_code, 0"
                                             : Geography::stateOfSql() + ", 0";
  // PostgreSQL sums bigint to numeric: cast back so the column reads as an integer.
  const std::string sum = pg ? ")::bigint" : ")";
  // Integer ids only, so writing the IN list into the text is safe.
  std::string ids;
  for (const qint64 id : m_ingredientIds)
    ids += (ids.empty() ? "" : ",") + std::to_string(id);
  const char *groups = m_byMunicipality ? "1, 2, 3" : "1, 2";
  if (!pg && m_allIngredients) {
    // The rollup is already summed per (period, uf, municipality), in that order.
    if (m_byMunicipality)
      return "SELECT period, uf_code, municipality_code, prescriptions, units FROM sales_month_all "
             "WHERE period BETWEEN ? AND ? ORDER BY 1, 2, 3";
    return "SELECT period, " + place +
           ", SUM(prescriptions), SUM(units) FROM sales_month_all "
           "WHERE period BETWEEN ? AND ? GROUP BY 1, 2 ORDER BY 1, 2";
  }
  std::string sql = "SELECT period, " + place + ", SUM(prescriptions" + sum + ", SUM(units" + sum + " FROM " +
                    (stateMart ? "sales_month_uf" : "sales_month") + " WHERE ";
  // SQLite: the file_id list lets it seek each (file, ingredient) range of
  // the clustered key.
  if (!pg)
    sql += "file_id IN (SELECT id FROM import_file) AND ";
  sql += "ingredient_id IN (" + ids + ") AND period BETWEEN " + (pg ? "$1 AND $2" : "? AND ?");
  return sql + " GROUP BY " + groups + " ORDER BY " + groups;
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
