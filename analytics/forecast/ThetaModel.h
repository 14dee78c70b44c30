#pragma once
#include "ForecastModel.h"

namespace epidesk {

// The Theta method (Assimakopoulos & Nikolopoulos 2000) in the form of Hyndman
// & Billah (2003): simple exponential smoothing plus half the slope of a
// linear trend. Registry id "theta". Reproduces R forecast::thetaf (forecast
// 8.20) step by step:
// - seasonality: m > 1, series not constant, n > 2m and the lag-m
//   autocorrelation significant at 90 % (|r_m| / sqrt((1 + 2 sum_{k<m} r_k^2)
//   / n) > qnorm(0.95)); then the series is divided by the seasonal indices of
//   a classical multiplicative decomposition (R's decompose()), unless an
//   index is below 1e-4 in absolute value (or not finite).
// - SES as forecast::ses(): ETS(A,N,N) with alpha and the initial level
//   minimising the in-sample MSE (ets(opt.crit = "mse")), R's starting point
//   (alpha 0.2, level = mean of the first 10 values), bounds 1e-4..0.9999 and
//   Nelder-Mead; sigma2 = SSE / (n - 2).
// - drift b = half the OLS slope of the (adjusted) series on 0..n-1;
//   forecast h = level + b (h - 1 + (1 - (1 - alpha)^n) / alpha), times the
//   last season's indices.
// - intervals as thetaf: those of SES on the adjusted series, sd
//   sqrt(sigma2 (1 + (h - 1) alpha^2)), normal quantiles, not reseasonalised.
//
// Options: "seasonal_period" int (default: the series' natural period).
// details: {"form": "Theta", "alpha", "drift", "level", "sigma2", "seasonal",
// "seasonal_period"}. Needs 7 values (as ets(), which falls back to
// Holt-Winters below that).
class ThetaModel : public ForecastModel {
public:
  QString id() const override { return QStringLiteral("theta"); }
  QString name() const override;
  int minimumLength(const TimeSeries &series) const override;
  ModelForecast forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                         const ForecastPanel &panel, Feedback *feedback = nullptr) const override;
};

} // namespace epidesk
