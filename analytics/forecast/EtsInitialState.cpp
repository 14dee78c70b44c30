#include "EtsInitialState.h"
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace epidesk::ets {

namespace {

// Classical decomposition (R's decompose()): the seasonal figure per position
// from the start of the series, normalised to mean 0 (A) or 1 (M).
std::vector<double> decomposeSeasonal(const std::vector<double> &y, int m, bool multiplicative) {
  const int n = int(y.size());
  std::vector<double> w;
  if (m % 2 == 0) {
    w.assign(m + 1, 1.0 / m);
    w.front() = w.back() = 0.5 / m;
  } else {
    w.assign(m, 1.0 / m);
  }
  const int half = int(w.size()) / 2;
  std::vector<double> sum(m, 0.0);
  std::vector<int> count(m, 0);
  for (int i = half; i + int(w.size()) - 1 - half < n; ++i) {
    double trend = 0;
    for (int j = 0; j < int(w.size()); ++j)
      trend += w[j] * y[i + half - j];
    sum[i % m] += multiplicative ? y[i] / trend : y[i] - trend;
    ++count[i % m];
  }
  std::vector<double> figure(m);
  for (int i = 0; i < m; ++i)
    figure[i] = count[i] ? sum[i] / count[i] : (multiplicative ? 1.0 : 0.0);
  const double mean = std::accumulate(figure.begin(), figure.end(), 0.0) / m;
  for (double &v : figure)
    v = multiplicative ? v / mean : v - mean;
  std::vector<double> seasonal(n);
  for (int i = 0; i < n; ++i)
    seasonal[i] = figure[i % m];
  return seasonal;
}

// Short series (n < 3m): y minus (or over) a trend fitted with one Fourier pair.
std::vector<double> fourierSeasonal(const std::vector<double> &y, int m, bool multiplicative) {
  const int n = int(y.size());
  Eigen::MatrixXd x(n, 4);
  Eigen::VectorXd v(n);
  for (int t = 1; t <= n; ++t) {
    x(t - 1, 0) = 1;
    x(t - 1, 1) = t;
    x(t - 1, 2) = std::sin(2 * M_PI * t / m);
    x(t - 1, 3) = std::cos(2 * M_PI * t / m);
    v(t - 1) = y[t - 1];
  }
  const Eigen::VectorXd beta = x.colPivHouseholderQr().solve(v);
  std::vector<double> seasonal(n);
  for (int t = 1; t <= n; ++t) {
    const double trend = beta(0) + beta(1) * t;
    seasonal[t - 1] = multiplicative ? y[t - 1] / trend : y[t - 1] - trend;
  }
  return seasonal;
}

} // namespace

std::optional<std::vector<double>> initialState(const std::vector<double> &y, const Form &f, int m) {
  const int n = int(y.size());
  std::vector<double> ysa = y, state;
  std::vector<double> seas;
  if (hasSeason(f)) {
    if (n < 4)
      return std::nullopt;
    const bool mult = f.season == Component::Multiplicative;
    const std::vector<double> seasonal =
        n < 3 * m ? fourierSeasonal(y, m, mult) : decomposeSeasonal(y, m, mult);
    for (int i = m - 1; i >= 1; --i) // rev(seasonal[2:m])
      seas.push_back(seasonal[i]);
    if (!mult) {
      for (int i = 0; i < n; ++i)
        ysa[i] = y[i] - seasonal[i];
    } else {
      for (double &s : seas)
        s = std::max(s, 0.01);
      const double total = std::accumulate(seas.begin(), seas.end(), 0.0);
      if (total > m)
        for (double &s : seas)
          s /= total + 0.01 * seas.size();
      for (int i = 0; i < n; ++i)
        ysa[i] = y[i] / std::max(seasonal[i], 0.01);
    }
  }
  const int mm = hasSeason(f) ? m : 1;
  const int maxn = std::min(std::max(10, 2 * mm), n);
  if (!hasTrend(f)) {
    state.push_back(std::accumulate(ysa.begin(), ysa.begin() + maxn, 0.0) / maxn);
  } else {
    // Least squares line through (1..maxn, ysa).
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i < maxn; ++i) {
      const double x = i + 1;
      sx += x, sy += ysa[i], sxx += x * x, sxy += x * ysa[i];
    }
    const double slope = maxn > 1 ? (maxn * sxy - sx * sy) / (maxn * sxx - sx * sx) : 0;
    double l0 = (sy - slope * sx) / maxn, b0 = slope;
    if (std::fabs(l0 + b0) < 1e-8) {
      l0 *= 1 + 1e-3;
      b0 *= 1 - 1e-3;
    }
    state.push_back(l0);
    state.push_back(b0);
  }
  state.insert(state.end(), seas.begin(), seas.end());
  return state;
}

} // namespace epidesk::ets
