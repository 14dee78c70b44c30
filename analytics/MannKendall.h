#pragma once
#include "TrendTypes.h"
#include <vector>

namespace epidesk {

// Kendall tau-b with the two-sided p-value exactly as scipy.stats.kendalltau
// (default method='auto'), Mann-Kendall S, Var(S), z, and Sen's slope as
// scipy.stats.theilslopes. x and y have equal length.
// Var(S) is Kendall's tie-corrected variance (the Mann-Kendall formula when x
// is untied) and z = S / sqrt(Var S) without continuity correction, so the
// asymptotic p-value is 2 * (1 - Phi(|z|)). Fewer than 2 points, unequal
// lengths or NaN input: only n is set, the rest is NaN.
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
