#pragma once
#include "DataSource.h"
#include <QString>
#include <QStringList>
#include <string>
#include <utility>
#include <vector>

namespace epidesk {

// Which rollup marts the source holds besides the municipality mart
// (sales_month): the state marts (sales_month_uf per ingredient,
// sales_month_uf_all over all) and the all-ingredient municipality mart
// (sales_month_all). A warehouse snapshot taken before a mart existed lacks
// it; the query then sums a finer mart, with the same answer.
struct SalesMarts {
  bool statePerIngredient = true; // sales_month_uf
  bool allIngredients = true;     // sales_month_all and sales_month_uf_all
  // The embedded store's all-ingredient year rollup per municipality
  // (sales_year_all), for SalesFilter::byYear.
  bool yearly = true;
};

// The one description of a sales-cell read, which the embedded store
// (SQLite) and the warehouse (PostgreSQL) each render in their own SQL, so
// both sources answer a SalesFilter with the same cells: period, state,
// municipality (0 at state level, where cells are summed per state), sums,
// in that order.
class SalesQuery {
public:
  enum class Dialect { Sqlite, Postgres };
  using Marts = SalesMarts;

  // The ingredients a filter selects, matched on foldKey(name) in C++ (the
  // filter is never put into SQL). The filter is one or more terms separated
  // by '|'; a term selects the names containing it, or, written "=NAME", the
  // name NAME exactly. Blank terms are ignored; no terms selects every name.
  class IngredientMatch {
  public:
    explicit IngredientMatch(const QString &filter);
    bool operator()(const QString &nameKey) const; // nameKey: foldKey(name), as stored
    bool selectsAll() const { return m_contains.isEmpty() && m_exact.isEmpty(); }

  private:
    QStringList m_contains;
    QStringList m_exact;
  };

  // ingredientIds: the store's ids of the matching ingredients.
  SalesQuery(const SalesFilter &filter, std::vector<qint64> ingredientIds);

  bool selectsNothing() const { return m_ingredientIds.empty(); }
  // yyyymm bounds of the filter's years (open ends: 0 and 999999); the two
  // parameters of sql(), in this order.
  int firstPeriod() const { return m_firstPeriod; }
  int lastPeriod() const { return m_lastPeriod; }
  // Reads the smallest mart that answers the filter: state marts unless
  // municipality detail is asked, all-ingredient marts when the filter
  // selects every ingredient.
  std::string sql(Dialect dialect, Marts marts = {}) const;
  // SQLite's sort for a GROUP BY over many rows (a temp B-tree) cost more
  // than the read; for the embedded store's per-ingredient municipality
  // cells, sql() returns them unsummed (several per key when several
  // ingredients or loads match) and the caller sums them (sumCells).
  bool sumsInCaller(Dialect dialect, Marts marts = {}) const;
  // Sorts cells by (period, state, municipality) and sums those with the same key.
  static void sumCells(std::vector<SalesCell> &cells);

  // The stores' year range from their provenance (kept per file at import:
  // MIN(period) over a mart would scan it): {0, 0} when nothing is loaded.
  static const char *yearRangeSql();
  static std::pair<int, int> yearRange(qint64 minFirstPeriod, qint64 maxLastPeriod);

private:
  std::vector<qint64> m_ingredientIds;
  int m_firstPeriod = 0;
  int m_lastPeriod = 0;
  bool m_byMunicipality = true;
  bool m_allIngredients = false;
  bool m_byYear = false;
};

} // namespace epidesk
