#pragma once
#include "ForecastModel.h"
#include <QJsonObject>
#include <vector>

namespace epidesk {

// Forecasting by analogy (as ProME does for epidemic indicators), registry id "nn".
//
// The target's last `window` points, on a transform of the series and scaled, are
// compared with every earlier window of every series of the panel (the target's
// own past included). The k nearest windows' continuations, rescaled to the
// target's level, give the forecast: weighted median and weighted quantiles.
//
// Options (defaults depend on the series frequency):
//   "window"    int, default 14 daily, 12 monthly, 8 quarterly, 5 yearly
//   "k"         int, default 10
//   "transform" "none" | "mean7" (7-point trailing mean; default for daily) | "log1p"
//   "scale"     "level" (divide by the window's mean |value|; default) | "zscore" | "none"
//   "eps"       weight softening, as a fraction of the median analogue distance (default 0.1)
//
// Definitions (kept here so the view and the docs can quote them):
// - distance: Euclidean distance between the two scaled windows (not averaged).
// - eligible windows: the window and its `horizon`-long continuation lie in the
//   series, contain no NaN, and the continuation ends no later than the target's
//   last period (no information from after the forecast origin, so backtests
//   with a full panel do not leak). For the target's own series the continuation
//   must also end before the target's last window starts.
// - near-duplicates: analogues are picked greedily by distance, skipping a
//   window of a district that already has a picked window starting within
//   ±window periods; so at most one analogue per district per such stretch.
// - weights 1/(d + eps), eps = fraction * median distance of the picked
//   analogues (1e-9 when all are zero), so one exact match dominates without
//   collapsing the intervals.
// - rescaling: continuation c of an analogue with window location/scale (l, s)
//   maps to l_t + (c - l) * s_t / s for the target's (l_t, s_t); when either
//   scale is ~0 (a flat or all-zero window) the continuation is shifted by the
//   difference of the window means instead. Scale "none" uses continuations as
//   they are (analogues were matched at the target's level already).
// - output: the weighted median and the 10/90 and 2.5/97.5 % weighted
//   quantiles of the rescaled continuations, per step, back-transformed
//   ("log1p": expm1; "mean7" forecasts the trailing 7-day mean level). Values
//   are clipped at 0 when the target series has no negative values. Ordering
//   lo95 <= lo80 <= mean <= hi80 <= hi95 holds and no value is NaN.
// - fewer than k eligible windows: uses those there are; none -> std::invalid_argument.
class AnalogueModel : public ForecastModel {
public:
  QString id() const override { return QStringLiteral("nn"); }
  QString name() const override;
  int minimumLength(const TimeSeries &series) const override;
  ModelForecast forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                         const ForecastPanel &panel, Feedback *feedback = nullptr) const override;

  // The window length options give for a frequency ("window" or its default).
  static int windowLength(Frequency frequency, const QJsonObject &options = {});
  // The rescaling rule above applied to one analogue, for views that draw
  // analogues: analogue's window starting at index start and its
  // horizon-long continuation, transformed, mapped to the level of target's
  // last window, back-transformed (window + horizon values, not clipped).
  // Empty when the span does not fit in analogue or target, or a value is
  // not finite. Throws std::invalid_argument for bad options.
  static std::vector<double> rescaledAnalogue(const TimeSeries &target, const TimeSeries &analogue, int start,
                                              int horizon, const QJsonObject &options = {});

  // Forecasts every series of the panel against the whole panel at once: the
  // transformed, scaled windows are built once (one contiguous float matrix),
  // distances for a block of targets come from one matrix product, k-NN uses a
  // bounded heap, and targets are spread over `threads` worker threads
  // (0 = hardware concurrency). Result i belongs to panel.series[i]; a series
  // that cannot be forecast (too short, other frequency, ...) gets empty vectors
  // and details["error"] instead of failing the batch. Settings follow the
  // frequency of the first series. Throws Canceled when feedback is canceled,
  // std::invalid_argument for a bad horizon or options.
  static std::vector<ModelForecast> forecastAll(const ForecastPanel &panel, int horizon,
                                                const QJsonObject &options, Feedback *feedback = nullptr,
                                                int threads = 0);
};

} // namespace epidesk
