#include "Classifier.h"
#include <algorithm>
#include <cmath>

namespace epidesk {

// Shared by every mode so that NaN handling and the edge cases behave the same.
std::vector<double> Classifier::breaks(const std::vector<double> &values, int classes) const {
  std::vector<double> sorted;
  sorted.reserve(values.size());
  for (double v : values)
    if (std::isfinite(v))
      sorted.push_back(v);
  if (sorted.empty() || classes < 1)
    return {};
  std::sort(sorted.begin(), sorted.end());
  const double maximum = sorted.back();
  if (classes == 1 || sorted.front() == maximum)
    return {maximum};

  int distinct = 1;
  for (std::size_t i = 1; i < sorted.size() && distinct < classes; ++i)
    distinct += sorted[i] != sorted[i - 1];
  classes = std::min(classes, distinct);

  std::vector<double> out = computeBreaks(sorted, classes);
  out.back() = maximum; // guard against rounding in the mode
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

} // namespace epidesk
