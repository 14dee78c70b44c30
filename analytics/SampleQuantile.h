#pragma once
#include <vector>

namespace epidesk {

// Sample quantile of ascending values by linear interpolation between order
// statistics: Hyndman & Fan type 7, R's quantile() default and numpy's
// "linear" method. h = (n - 1) p; x[floor h] + (h - floor h) (x[floor h + 1]
// - x[floor h]); the maximum for p = 1. NaN for no values; p in [0, 1].
double sampleQuantile(const std::vector<double> &sorted, double p);

} // namespace epidesk
