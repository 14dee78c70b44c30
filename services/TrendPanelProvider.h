#pragma once
#include "DataSource.h"
#include "ForecastService.h"
#include "TrendTypes.h"
#include <memory>

namespace epidesk {

// The series of a trends request (ANVISA prescriptions or units per UF,
// region, municipality or country, monthly or yearly, optionally per 1,000
// inhabitants) as a forecasting panel: one regular series per code of the
// TrendResult, codes as in the trends output ("MG", "3106200", "BR"). The
// indicator argument of load() is ignored: the request says what is measured.
class TrendPanelProvider : public SeriesPanelProvider {
public:
  TrendPanelProvider(std::shared_ptr<const DataSource> source, TrendRequest request)
      : m_source(std::move(source)), m_request(std::move(request)) {}
  bool load(const DistrictIndicator &indicator, SeriesPanel &out, QString *error) const override;

  // One TrendResult series as a regular TimeSeries (monthly or yearly). A
  // period missing between the first and last point means no sales: 0.
  static TimeSeries toTimeSeries(const QString &code, const std::vector<SeriesPoint> &points,
                                 PeriodKind period);
  // Every series of a result, in code order.
  static SeriesPanel panelOf(const TrendResult &result);
  // What the request's series measure, for ForecastOutcome::toJson:
  // "prescriptions", "units", "prescriptions_per_1000" or "units_per_1000".
  static QString indicatorOf(const TrendRequest &request);

private:
  std::shared_ptr<const DataSource> m_source;
  TrendRequest m_request;
};

} // namespace epidesk
