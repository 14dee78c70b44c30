#pragma once
#include "ForecastModel.h"

namespace epidesk {

// Seasonal naive, registry id "snaive": the last observed season repeated
// (m = 1: the last value). The floor every other model must beat.
//
// Intervals as Hyndman & Athanasopoulos, "Forecasting: Principles and
// Practice", and R forecast::snaive: sigma = root mean square of the in-sample
// residuals y[t] - y[t-m]; step h has sd sigma * sqrt(k + 1), k = (h - 1) / m
// whole seasons; normal quantiles. A constant (or exactly periodic) series has
// sigma 0 and intervals collapsed onto the forecast.
//
// Options: "seasonal_period" int >= 1 overrides the series' natural period.
// Needs m + 1 values (one residual).
class SeasonalNaiveModel : public ForecastModel {
public:
  QString id() const override { return QStringLiteral("snaive"); }
  QString name() const override;
  int minimumLength(const TimeSeries &series) const override;
  ModelForecast forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                         const ForecastPanel &panel, Feedback *feedback = nullptr) const override;

  // Seasonal period from options["seasonal_period"] or the series; throws
  // std::invalid_argument for a bad option. Shared with ETS and backtests.
  static int seasonalPeriod(const TimeSeries &series, const QJsonObject &options);
};

} // namespace epidesk
