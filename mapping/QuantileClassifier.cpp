#include "QuantileClassifier.h"
#include <cmath>

namespace epidesk {

QString QuantileClassifier::name() const {
  return tr("Quantile (equal count)");
}

double QuantileClassifier::quantile(const std::vector<double> &sorted, double p) {
  if (sorted.empty())
    return std::nan("");
  const double h = (static_cast<double>(sorted.size()) - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= sorted.size())
    return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

std::vector<double> QuantileClassifier::computeBreaks(const std::vector<double> &sorted, int classes) const {
  std::vector<double> out;
  out.reserve(classes);
  for (int i = 1; i < classes; ++i)
    out.push_back(quantile(sorted, static_cast<double>(i) / classes));
  out.push_back(sorted.back());
  return out;
}

} // namespace epidesk
