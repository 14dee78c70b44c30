#pragma once
#include "ArimaFit.h"
#include "ForecastModel.h"
#include <vector>

namespace epidesk {

// Automatic ARIMA, registry id "arima": R forecast::auto.arima() with its
// defaults (Hyndman & Khandakar 2008, forecast 8.20 reproduced step by step
// where practical; estimation in ArimaFit.h).
// - d: repeated KPSS tests (level, lag trunc(3 sqrt(n) / 13), 5 %: statistic
//   > 0.463, urca's table) on the seasonally differenced series, max d = 2, as
//   ndiffs(test = "kpss").
// - D: nsdiffs(test = "seas"): D = 1 when the seasonal strength
//   1 - var(remainder) / var(remainder + season) > 0.64; only for m > 1 and
//   n > 2m; max D = 1. The strength comes from mstl() (one STL,
//   s.window 11), ported from stl.f (ArimaDifferencing.h).
// - orders: max p = q = 5 (min n / 3; p, q <= m - 1 when seasonal terms are
//   allowed), max P = Q = 2 (min n / 3m); R's stepwise search exactly: start
//   models (2,d,2)(1,D,1), (0,d,0)(0,D,0), (1,d,0)(1,D,0), (0,d,1)(0,D,1) and
//   (0,d,0)(0,D,0) without constant, then R's sequence of neighbours (P, Q,
//   then p, q by -1/+1, jointly, and the constant toggled), at most 94
//   models, lowest AICc. As in forecast 8.20 the stepwise search does not
//   apply max.order (p + q + P + Q <= 5). A constant (mean for d + D = 0,
//   drift for d + D = 1) is allowed when d + D <= 1.
// - a fit is rejected (AICc = inf) when an AR or MA root has modulus < 1.01
//   (forecast's test), when the CSS AR part is not stationary or when AICc is
//   undefined (n* <= k + 2; R then gives a meaningless value).
// - approximation (n > 150 or m > 12): the search uses CSS fits, then the
//   models are refitted by CSS-ML in order of their CSS AICc until one is
//   accepted (R's approximation = TRUE).
// - constant series: ARIMA(0,0,0) with the mean, zero-width intervals; a
//   constant differenced series: ARIMA(0,d,0)(0,D,0) with the drift fixed at
//   its mean (as auto.arima). When no model is accepted (R stops with "No
//   suitable ARIMA model found"), ARIMA(0,d,0)(0,D,0) without constant is used.
// - forecasts: state space mean and variances, normal 80/95 % intervals.
//
// Options: "seasonal_period" int (default: the series' natural period).
// details: {"form", "aicc", "aic", "bic", "loglik", "sigma2", "order": [p,d,q],
// "seasonal_order": [P,D,Q], "seasonal_period", "coefficients": {...},
// "method": "CSS-ML", "models_tried"}.
class AutoArimaModel : public ForecastModel {
public:
  QString id() const override { return QStringLiteral("arima"); }
  QString name() const override;
  // 4 values (m + 4 for a seasonal series): fewer leave no differenced residuals to fit.
  int minimumLength(const TimeSeries &series) const override;
  ModelForecast forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                         const ForecastPanel &panel, Feedback *feedback = nullptr) const override;

  struct Selection {
    arima::Fit fit;
    int modelsTried = 0;
  };
  // auto.arima(y) for seasonal period m. Throws Canceled when feedback is canceled.
  static Selection select(const std::vector<double> &y, int m, Feedback *feedback = nullptr);
};

} // namespace epidesk
