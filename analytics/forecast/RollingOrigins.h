#pragma once
#include "TimeSeries.h"
#include <vector>

namespace epidesk {

// Forecast origins inside a training series, for choosing and calibrating
// models without looking at what they will be judged on.
//
// An origin is a training length t: a model fits values [0, t) and forecasts
// the h values [t, t + h). The last origin is n - h (its horizon ends with the
// data); earlier ones step back by `step` periods. Origins whose training part
// is shorter than minimumLength are dropped, so fewer than `wanted` may come
// back (none for a short series).
struct RollingOrigins {
  static std::vector<int> trainLengths(int n, int horizon, int minimumLength, int wanted, int step);
  // Origins needed so that `horizon` steps each give at least `scores` errors
  // in all (at least 3, at most 20: each origin is a refit).
  static int originsFor(int horizon, int scores);
  // The first t values of series.
  static TimeSeries head(const TimeSeries &series, int t);
};

} // namespace epidesk
