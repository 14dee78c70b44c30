#include "DataSource.h"
#include "TrendAnalysis.h"

namespace epidesk {

TrendResult runTrends(const DataSource &source, const TrendRequest &request, Feedback *feedback) {
  SalesFilter filter;
  filter.ingredientContains = request.ingredientContains;
  filter.fromYear = request.fromYear;
  filter.toYear = request.toYear;
  filter.byMunicipality = request.level == GeoLevel::Municipality;
  const std::vector<SalesCell> cells = source.salesCells(filter, feedback);
  return TrendAnalysis::run(request, cells, source.geography(), feedback);
}

} // namespace epidesk
