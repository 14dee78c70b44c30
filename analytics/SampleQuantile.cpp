#include "SampleQuantile.h"
#include <cmath>
#include <cstddef>

namespace epidesk {

double sampleQuantile(const std::vector<double> &sorted, double p) {
  if (sorted.empty())
    return std::nan("");
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= sorted.size())
    return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

} // namespace epidesk
