#include "EtsRecursion.h"
#include <algorithm>
#include <cmath>

namespace epidesk::ets {

namespace {
constexpr double kTol = 1e-10; // etscalc.c TOL
constexpr double kHuge = 1e10; // etscalc.c HUGEN
} // namespace

// The seasons live in a ring buffer while the recursion runs (the season
// shift of etscalc.c is then one index step, not m copies per observation);
// the arithmetic is R's, operation for operation.
double etscalc(const std::vector<double> &y, const Form &f, int m, const Params &p,
               std::vector<double> &state, std::vector<double> *residuals) {
  const int n = int(y.size());
  const bool trend = hasTrend(f), season = hasSeason(f);
  const bool multError = f.error == Component::Multiplicative;
  double l = state[0], b = trend ? state[1] : 0;
  double *s = season ? state.data() + 1 + trend : nullptr;
  // ring[(head + j) % m] is s_{j+1}: head holds the newest season, head - 1 the oldest.
  double ringStorage[kMaxSeasonalPeriod];
  double *ring = season ? ringStorage : nullptr;
  if (season)
    std::copy(s, s + m, ring);
  int head = 0;
  double sse = 0, sumLog = 0;
  if (residuals)
    residuals->assign(n, 0.0);

  for (int i = 0; i < n; ++i) {
    const double oldl = l, oldb = b;
    const int oldest = season ? (head == 0 ? m - 1 : head - 1) : 0;
    const double olds = season ? ring[oldest] : 0;

    // One-step forecast.
    double fc = trend ? oldl + p.phi * oldb : oldl;
    if (f.season == Component::Additive)
      fc += olds;
    else if (f.season == Component::Multiplicative)
      fc *= olds;
    const double e = multError ? (y[i] - fc) / fc : y[i] - fc;
    if (residuals)
      (*residuals)[i] = e;

    // New level.
    const double phib = trend ? p.phi * oldb : 0;
    const double q = oldl + phib;
    double r;
    if (f.season == Component::None)
      r = y[i];
    else if (f.season == Component::Additive)
      r = y[i] - olds;
    else
      r = std::fabs(olds) < kTol ? kHuge : y[i] / olds;
    l = q + p.alpha * (r - q);
    // New growth: R's beta is alpha * beta* of the error-correction form.
    if (trend)
      b = phib + (p.beta / p.alpha) * (l - oldl - phib);
    // New season: replaces the oldest, which becomes the newest.
    if (season) {
      double t;
      if (f.season == Component::Additive)
        t = y[i] - q;
      else
        t = std::fabs(q) < kTol ? kHuge : y[i] / q;
      ring[oldest] = olds + p.gamma * (t - olds);
      head = oldest;
    }
    sse += e * e;
    if (multError) // only M errors use it; log is the costliest step of the loop
      sumLog += std::log(std::fabs(fc));
  }
  state[0] = l;
  if (trend)
    state[1] = b;
  for (int j = 0; season && j < m; ++j)
    s[j] = ring[(head + j) % m];
  double lik = n * std::log(sse);
  if (multError)
    lik += 2 * sumLog;
  return lik;
}

} // namespace epidesk::ets
