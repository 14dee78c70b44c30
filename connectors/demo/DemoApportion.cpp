#include "DemoApportion.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace epidesk::demo {

std::vector<qint64> apportion(qint64 total, const std::vector<double> &weights) {
  std::vector<qint64> out(weights.size(), 0);
  double sum = 0;
  for (double w : weights)
    sum += w;
  if (total <= 0 || sum <= 0)
    return out;
  std::vector<std::pair<double, size_t>> rest;
  qint64 given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    const double exact = double(total) * weights[i] / sum;
    out[i] = qint64(std::floor(exact));
    given += out[i];
    rest.emplace_back(exact - double(out[i]), i);
  }
  std::stable_sort(rest.begin(), rest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
  for (size_t k = 0; given < total && k < rest.size(); ++k, ++given)
    ++out[rest[k].second];
  return out;
}

} // namespace epidesk::demo
