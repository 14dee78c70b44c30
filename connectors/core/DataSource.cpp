#include "DataSource.h"
#include "TrendAnalysis.h"

namespace epidesk {

SalesFilter salesFilterFor(const TrendRequest &request) {
  SalesFilter filter;
  filter.ingredientContains = request.ingredientContains;
  filter.fromYear = request.fromYear;
  filter.toYear = request.toYear;
  filter.byMunicipality = request.level == GeoLevel::Municipality;
  filter.byYear = request.period == PeriodKind::Year;
  return filter;
}

TrendResult runTrends(const DataSource &source, const TrendRequest &request, Feedback *feedback) {
  const std::vector<SalesCell> cells = source.salesCells(salesFilterFor(request), feedback);
  return TrendAnalysis::run(request, cells, source.geography(), feedback);
}

} // namespace epidesk
