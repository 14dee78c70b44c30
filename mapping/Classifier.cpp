#include "Classifier.h"
#include <algorithm>
#include <cmath>

namespace epidesk {

namespace {

// Drops the upper bound of every class no value falls in, which merges it
// into the next class (same values, so nothing is lost). The first class holds
// the minimum and the last the maximum, so they are never empty.
void dropEmptyClasses(const std::vector<double> &sorted, std::vector<double> &upper) {
  std::vector<double> kept;
  kept.reserve(upper.size());
  double lower = sorted.front();
  bool first = true;
  for (double bound : upper) {
    const auto from = first ? std::lower_bound(sorted.begin(), sorted.end(), lower)
                            : std::upper_bound(sorted.begin(), sorted.end(), lower);
    const bool empty = from == sorted.end() || *from > bound;
    if (!empty || bound == upper.back()) {
      kept.push_back(bound);
      lower = bound;
      first = false;
    }
  }
  upper = std::move(kept);
}

} // namespace

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

  // A minimum holding at least 1/classes of the values (zero in sparse daily
  // counts) would take up several quantile breaks; it gets a class of its own
  // and the other values share the remaining classes.
  const std::size_t atMinimum =
      std::upper_bound(sorted.begin(), sorted.end(), sorted.front()) - sorted.begin();
  std::vector<double> out;
  if (classes >= 2 && atMinimum < sorted.size() && atMinimum * classes >= sorted.size()) {
    out.push_back(sorted.front());
    const std::vector<double> rest(sorted.begin() + std::ptrdiff_t(atMinimum), sorted.end());
    const std::vector<double> upper = breaksOfSorted(rest, classes - 1);
    out.insert(out.end(), upper.begin(), upper.end());
  } else {
    out = breaksOfSorted(sorted, classes);
  }
  dropEmptyClasses(sorted, out);
  return out;
}

std::vector<double> Classifier::breaksOfSorted(const std::vector<double> &sorted, int classes) const {
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
