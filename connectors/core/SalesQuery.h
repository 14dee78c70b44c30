#pragma once
#include "DataSource.h"
#include <QString>
#include <string>
#include <utility>
#include <vector>

namespace epidesk {

// The one description of a sales-cell read, which the embedded store
// (SQLite) and the warehouse (PostgreSQL) each render in their own SQL, so
// both sources answer a SalesFilter with the same cells: period, state,
// municipality (0 at state level, where cells are summed per state), sums,
// in that order.
class SalesQuery {
public:
  enum class Dialect { Sqlite, Postgres };
  // Where the cells are summed from: the municipality mart (sales_month), or
  // the warehouse's state-level mart (sales_month_uf), which holds the same
  // sums per state in far fewer rows.
  enum class Mart { Municipality, State };

  // The ingredients a filter selects: foldKey(name) contains
  // foldKey(filter.ingredientContains), matched in C++ (never put into SQL).
  class IngredientMatch {
  public:
    explicit IngredientMatch(const QString &filter);
    bool operator()(const QString &nameKey) const; // nameKey: foldKey(name), as stored
  private:
    QString m_key;
  };

  // ingredientIds: the store's ids of the matching ingredients.
  // allIngredients: the filter selects every ingredient, so the embedded
  // store reads its rollup sales_month_all (one row per period and place).
  SalesQuery(const SalesFilter &filter, std::vector<qint64> ingredientIds, bool allIngredients = false);

  bool selectsNothing() const { return m_ingredientIds.empty(); }
  // yyyymm bounds of the filter's years (open ends: 0 and 999999); the two
  // parameters of sql(), in this order.
  int firstPeriod() const { return m_firstPeriod; }
  int lastPeriod() const { return m_lastPeriod; }
  // Mart::State is taken only at state level (no municipality detail asked).
  std::string sql(Dialect dialect, Mart mart = Mart::Municipality) const;

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
};

} // namespace epidesk
