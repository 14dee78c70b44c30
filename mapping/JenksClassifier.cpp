#include "JenksClassifier.h"
#include <limits>

namespace epidesk {

QString JenksClassifier::name() const {
  return tr("Natural breaks (Jenks)");
}

namespace {

// Evenly spaced order statistics, min and max included: deterministic.
std::vector<double> rankSample(const std::vector<double> &sorted, int m) {
  std::vector<double> out(m);
  const double step = static_cast<double>(sorted.size() - 1) / (m - 1);
  for (int i = 0; i < m; ++i)
    out[i] = sorted[static_cast<std::size_t>(i * step + 0.5)];
  return out;
}

} // namespace

// Fisher (1958) exact optimisation. cost[k][j] = minimum sum of squared
// deviations of x[0..j] split into k+1 classes; from[k][j] = first index of
// the last class in that optimum. Prefix sums give each class's SSD in O(1).
std::vector<double> JenksClassifier::computeBreaks(const std::vector<double> &all, int classes) const {
  const std::vector<double> x =
      all.size() > static_cast<std::size_t>(kMaxExactValues) ? rankSample(all, kMaxExactValues) : all;
  const int n = static_cast<int>(x.size());
  std::vector<double> s1(n + 1, 0.0), s2(n + 1, 0.0);
  // Centre on the mean so the prefix sums of squares keep their precision.
  double mean = 0;
  for (double v : x)
    mean += v / n;
  for (int i = 0; i < n; ++i) {
    const double v = x[i] - mean;
    s1[i + 1] = s1[i] + v;
    s2[i + 1] = s2[i] + v * v;
  }
  auto ssd = [&](int i, int j) { // values i..j inclusive
    const double cnt = j - i + 1, sum = s1[j + 1] - s1[i];
    return std::max(0.0, (s2[j + 1] - s2[i]) - sum * sum / cnt);
  };

  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> cost(classes, std::vector<double>(n, inf));
  std::vector<std::vector<int>> from(classes, std::vector<int>(n, 0));
  for (int j = 0; j < n; ++j)
    cost[0][j] = ssd(0, j);
  for (int k = 1; k < classes; ++k) {
    for (int j = k; j < n; ++j) {
      // Last class = x[i..j]; the first k classes cover x[0..i-1].
      for (int i = j; i >= k; --i) {
        const double c = cost[k - 1][i - 1] + ssd(i, j);
        if (c < cost[k][j]) {
          cost[k][j] = c;
          from[k][j] = i;
        }
      }
    }
  }

  std::vector<double> out(classes);
  int end = n - 1;
  for (int k = classes - 1; k >= 0; --k) {
    out[k] = x[end];
    end = k > 0 ? from[k][end] - 1 : end;
  }
  return out;
}

} // namespace epidesk
