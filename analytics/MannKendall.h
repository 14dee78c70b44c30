#pragma once
#include "TrendTypes.h"
#include <vector>

namespace epidesk {

// Kendall tau-b with the two-sided p-value exactly as scipy.stats.kendalltau
// (default method='auto'), Mann-Kendall S, Var(S), z, and Sen's slope as
// scipy.stats.theilslopes. x and y have equal length.
class MannKendall {
public:
  static TrendTest test(const std::vector<double> &x, const std::vector<double> &y);
};

// Median of the pairwise slopes (y_j - y_i) / (x_j - x_i), x_j != x_i.
class SenSlope {
public:
  static double estimate(const std::vector<double> &x, const std::vector<double> &y);
};

} // namespace epidesk
