#pragma once
#include "ForecastModel.h"

namespace epidesk {

// Intermittent demand, registry id "tsb": count series with many zeros (daily
// cases of a small district: long runs of 0, now and then 1-5). Flat
// forecasts of the expected value per period.
//
// Methods (option "method"):
// - "tsb" (default): Teunter, Syntetos & Babai (2011). The probability of a
//   non-zero period p is smoothed every period (beta), the size z of non-zero
//   values only when one occurs (alpha); forecast p z. Starts: p = share of
//   non-zero periods, z = their mean size. Unlike Croston the forecast decays
//   during a long run of zeros (an outbreak that ended).
// - "croston": Croston (1972) as R forecast::croston (8.20): sizes and
//   intervals between non-zero values smoothed with the same alpha, each
//   started at its first value; forecast size / interval.
// - "sba": Syntetos-Boylan approximation, Croston times (1 - alpha / 2).
// alpha and beta come from options "alpha"/"beta" (in (0, 1]) or minimise the
// in-sample one-step MSE over the grid 0.01, 0.02, .., 0.50 (Croston/SBA: a
// single alpha; errors from the first non-zero value on).
//
// Intervals: the methods have no likelihood, so the predictive distribution is
// a negative binomial with the forecast as mean and the in-sample one-step
// mean squared error as variance (Poisson when that is below the mean), the
// same for every step. Bounds are its mid-quantiles (Parzen 2004: the
// quantile function interpolated between k and k + 1 at F(k - 1) + P(k) / 2),
// so they are >= 0, the lower ones usually 0, and the upper ones > 0 whenever
// the forecast is (a plain discrete quantile would be 0 once P(0) > 97.5 %,
// leaving an interval of width 0). Non-integer non-negative values are
// accepted as sizes (the bounds are then approximate); negative ones throw.
//
// details: {"form": "TSB" | "Croston" | "SBA", "alpha", "beta",
// "demand_probability", "demand_size", "zero_fraction", "mse",
// "distribution": "negative binomial" | "Poisson"}.
class IntermittentModel : public ForecastModel {
public:
  QString id() const override { return QStringLiteral("tsb"); }
  QString name() const override;
  int minimumLength(const TimeSeries &series) const override;
  ModelForecast forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                         const ForecastPanel &panel, Feedback *feedback = nullptr) const override;

  // Whether the "auto" model should try this one: every value finite and >= 0,
  // and over the last `window` values (all when fewer) the average interval
  // between non-zero values, ADI = values / non-zero values, exceeds 1.32
  // (Syntetos, Boylan & Croston 2005; i.e. more than 24 % zeros; an all-zero
  // window counts). The default, 104, is two years of weekly data.
  static bool isIntermittent(const std::vector<double> &y, int window = 104);
  // The same on the last two years of the series (730 daily, 104 weekly, 24
  // monthly, 8 quarterly values, at least 8).
  static bool isIntermittent(const TimeSeries &series);
};

} // namespace epidesk
