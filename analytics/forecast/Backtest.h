#pragma once
#include "ForecastModel.h"
#include <QMap>
#include <QStringList>

namespace epidesk {

// Rolling-origin evaluation of one model on one series.
//
// Origins: the last `origins` positions that leave a full horizon to check.
// With n values and horizon h the training lengths are n-h-origins+1 .. n-h;
// each origin fits on the values before it and forecasts h steps, compared
// with the h values after it. origins = 1, h = 12 is the classic "hold out the
// last 12" split.
//
// Scores (pooled over all origins):
// - MASE: per origin, the MAE of its h forecasts divided by the in-sample MAE
//   of the seasonal naive forecast on that origin's training data (lag m =
//   the series' seasonal period; m = 1: naive), then averaged over origins.
//   When that scale is 0 (flat or exactly periodic history) the lag-1 naive
//   MAE is used, then the mean |value|, then 1, so MASE stays finite.
// - sMAPE on the 0-200 scale: mean of 200 |y - f| / (|y| + |f|) over all
//   points (a point with y = f = 0 counts 0).
// - coverage80/95: fraction (0..1) of held-out values inside the intervals.
struct BacktestOptions {
  int origins = 1;
  int horizon = 12;
  int seasonalPeriod = 0; // MASE lag; 0 = the series' natural period
};

// lastDetails (when given) receives the last origin's ModelForecast::details
// (auto's choice, the calibration), so callers need not fit again to report it.
// Throws std::invalid_argument (translated) when the series is too short for
// the origins (the first training set must hold model.minimumLength values),
// or whatever the model throws; Canceled when feedback is canceled.
BacktestScore backtest(const ForecastModel &model, const TimeSeries &series, const BacktestOptions &options,
                       const QJsonObject &modelOptions = {}, const ForecastPanel &panel = {},
                       Feedback *feedback = nullptr, QJsonObject *lastDetails = nullptr);

// In-sample MAE of the lag-m naive forecast (the MASE denominator, with the
// fallbacks above).
double maseScale(const std::vector<double> &train, int m);

} // namespace epidesk
