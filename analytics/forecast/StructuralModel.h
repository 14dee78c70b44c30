#pragma once
#include "ForecastModel.h"

namespace epidesk {

// Bayesian structural model in the style of Prophet (Taylor & Letham 2018,
// "Forecasting at scale"), registry id "bayes":
//   y(t) = g(t) + s(t) + e,  e ~ N(0, sigma^2)
// g: piecewise-linear trend k t + m + sum_j delta_j (t - s_j)_+ with changepoints
//    s_j placed uniformly in the first 80 % of the history (as Prophet: indices
//    round(linspace(0, floor(0.8 n) - 1, C + 1)) without the first);
// s: Fourier seasonalities, yearly (order 10 daily, 5 monthly, 2 quarterly) and
//    weekly (order 3, daily data only); a seasonality is dropped when the
//    history holds fewer than two of its periods (listed in details).
// Priors as Prophet: delta_j ~ Laplace(0, tau), beta ~ N(0, 10^2),
// k, m ~ N(0, 5^2), sigma ~ half-N(0, 0.5^2), on time scaled to [0, 1] and
// values divided by max|y| (after log1p with the log link).
//
// MAP fit: for fixed sigma the objective is a quadratic plus tau^-1 sum|delta|
// (a lasso), solved exactly by feature-sign search (Lee et al. 2007: an
// active-set method, a few small Eigen LDLT solves; cyclic coordinate descent
// with soft thresholding as fallback); sigma then has a closed-form update;
// the two alternate until the negative log posterior stops decreasing. Unlike
// L-BFGS on a smoothed |delta| this gives exact zeros for unused changepoints.
// sigma is floored at 1e-5 (scaled) so exact fits stay finite; the fit starts
// from the trend without changepoints.
//
// Intervals as Prophet: N sampled futures, each adding changepoints after the
// history at Prophet's rate (C per history length, Poisson) with magnitudes
// Laplace(0, mean|delta|), plus Gaussian noise with the fitted sigma; the 10/90
// and 2.5/97.5 % sample quantiles give lo80/hi80 and lo95/hi95. mean is the MAP
// forecast. A fixed seed (mt19937_64, own samplers) makes runs reproducible.
//
// Options: "changepoints" (25), "changepoint_range" (0.8),
// "changepoint_prior_scale" (0.05), "seasonality_prior_scale" (10),
// "yearly_order", "weekly_order" (0 disables), "log" (false: fit log1p(y), needs
// y > -1; back-transformed with expm1, clipped at 0 when y >= 0), "samples"
// (1000), "seed" (20180101).
//
// Documented behaviour: fewer than 3 points, missing (NaN) values or a bad
// option -> std::invalid_argument; a constant series gives a flat forecast with
// near-zero-width intervals; output is never NaN (expm1 is capped at e^700).
// details: changepoints [{period, delta, rate_change}], k, m, sigma, y_scale,
// seasonalities, dropped_seasonalities, components over the horizon (model
// units: log1p with the log link), iterations, neg_log_posterior.
class StructuralModel : public ForecastModel {
public:
  QString id() const override { return QStringLiteral("bayes"); }
  QString name() const override;
  int minimumLength(const TimeSeries &series) const override;
  ModelForecast forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                         const ForecastPanel &panel, Feedback *feedback = nullptr) const override;
};

} // namespace epidesk
