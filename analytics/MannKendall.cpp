#include "MannKendall.h"
#include <algorithm>
#include <cmath>

// Reimplements scipy 1.10 scipy.stats.kendalltau (variant 'b', method 'auto',
// two-sided) and scipy.stats.theilslopes' slope. Differences from scipy are
// only in floating-point summation order (relative 1e-15 level).
//
// Mann-Kendall quantities reported alongside:
//  * S = concordant - discordant pairs (pairs tied in x or y count 0). This is
//    scipy's con_minus_dis, so tau-b = S / sqrt(tot - xtie) / sqrt(tot - ytie).
//  * Var(S) is the full Kendall (1970) tie-corrected variance scipy uses for
//    its asymptotic p-value. With x untied (x = period index) it reduces to the
//    standard Mann-Kendall formula [n(n-1)(2n+5) - sum_t t(t-1)(2t+5)] / 18 over
//    the tie groups t of y; ties in x add the symmetric x terms and cross terms.
//  * z = S / sqrt(Var S), no continuity correction, so in the asymptotic branch
//    p = 2 * (1 - Phi(|z|)) is exactly scipy's p-value. In the exact branch z is
//    still reported but p comes from the exact permutation distribution.

namespace epidesk {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Tie statistics of one variable, as scipy's count_rank_tie.
struct TieStats {
  double pairs = 0; // sum t(t-1)/2: pairs tied in this variable
  double v0 = 0;    // sum t(t-1)(t-2)
  double v1 = 0;    // sum t(t-1)(2t+5)
};

TieStats tieStats(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  TieStats st;
  for (size_t i = 0; i < values.size();) {
    size_t j = i + 1;
    while (j < values.size() && values[j] == values[i])
      ++j;
    const double t = double(j - i);
    if (t > 1) {
      st.pairs += t * (t - 1) / 2;
      st.v0 += t * (t - 1) * (t - 2);
      st.v1 += t * (t - 1) * (2 * t + 5);
    }
    i = j;
  }
  return st;
}

struct PairCounts {
  double concordant = 0;
  double discordant = 0;
};

// O(n^2) is plenty for series of a few hundred periods and has no rank bookkeeping.
bool strictlyIncreasing(const std::vector<double> &x) {
  for (size_t i = 1; i < x.size(); ++i)
    if (!(x[i] > x[i - 1]))
      return false;
  return true;
}

PairCounts countPairs(const std::vector<double> &x, const std::vector<double> &y) {
  long long con = 0, dis = 0;
  const size_t n = x.size();
  if (strictlyIncreasing(x)) {
    // Time axes: every dx > 0, so only y's order counts; branch-free so the
    // compiler vectorises the inner loop.
    for (size_t i = 0; i < n; ++i) {
      const double yi = y[i];
      long long c = 0, d = 0;
      for (size_t j = i + 1; j < n; ++j) {
        c += y[j] > yi;
        d += y[j] < yi;
      }
      con += c;
      dis += d;
    }
    return {double(con), double(dis)};
  }
  for (size_t i = 0; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j) {
      const double dx = x[j] - x[i];
      const double dy = y[j] - y[i];
      if ((dx > 0 && dy > 0) || (dx < 0 && dy < 0))
        ++con;
      else if ((dx > 0 && dy < 0) || (dx < 0 && dy > 0))
        ++dis;
    }
  return {double(con), double(dis)};
}

// Variance of S under H0 with ties in both variables (Kendall 1970; scipy's `var`).
double varianceOfS(double n, const TieStats &tx, const TieStats &ty) {
  const double m = n * (n - 1);
  double var = (m * (2 * n + 5) - tx.v1 - ty.v1) / 18 + (2 * tx.pairs * ty.pairs) / m;
  // v0 is 0 whenever n < 3, where the denominator would be 0 too.
  if (tx.v0 * ty.v0 != 0)
    var += tx.v0 * ty.v0 / (9 * m * (n - 2));
  return var;
}

double factorial(int n) {
  long double f = 1;
  for (int k = 2; k <= n; ++k)
    f *= k;
  return double(f);
}

// Two-sided exact p-value of c concordant pairs among n untied observations:
// the permutation distribution of the number of inversions (Kendall 1970),
// built by the recurrence N(j, k) = sum_{i=0}^{j-1} N(j-1, k-i) as in scipy's
// _kendall_p_exact; the distribution is symmetric so only the left tail is summed.
double kendallExactP(int n, double concordant) {
  const double tot = double(n) * (n - 1) / 2;
  const long long c = (long long)std::min(concordant, tot - concordant);
  if (n <= 2)
    return 1.0;
  if (c == 0)
    return n < 171 ? 2.0 / factorial(n) : 0.0;
  if (c == 1)
    return n < 172 ? 2.0 / factorial(n - 1) : 0.0;
  if (4 * c == (long long)n * (n - 1))
    return 1.0;

  // Above 170! doubles overflow; scipy then divides by j at every step instead.
  const bool scaled = n >= 171;
  std::vector<double> counts(size_t(c + 1), 0.0);
  counts[0] = counts[1] = 1.0;
  for (int j = 3; j <= n; ++j) {
    double running = 0;
    for (double &v : counts) {
      running += v;
      v = scaled ? running / j : running;
    }
    // Window of width j: drop terms that fell out (descending keeps old values on the right side).
    for (long long k = c; k >= j; --k)
      counts[size_t(k)] -= counts[size_t(k - j)];
  }
  double sum = 0;
  for (double v : counts)
    sum += v;
  const double prob = scaled ? sum : 2.0 * sum / factorial(n);
  return std::clamp(prob, 0.0, 1.0);
}

// 2 * norm.sf(|z|), following cephes ndtr's branches as scipy does.
double normalTwoSidedP(double z) {
  const double x = -std::fabs(z) * M_SQRT1_2;
  const double half = std::fabs(x) < M_SQRT1_2 ? 0.5 + 0.5 * std::erf(x) : 0.5 * std::erfc(-x);
  return 2 * half;
}

bool allFinite(const std::vector<double> &v) {
  return std::all_of(v.begin(), v.end(), [](double d) { return std::isfinite(d); });
}

TrendTest undefinedTest(int n) {
  TrendTest t;
  t.n = n;
  t.s = kNaN;
  t.varS = kNaN;
  return t;
}

} // namespace

TrendTest MannKendall::test(const std::vector<double> &x, const std::vector<double> &y) {
  const int n = int(std::min(x.size(), y.size()));
  // scipy propagates NaN (nan_policy='propagate'); below 2 points nothing is defined.
  if (n < 2 || x.size() != y.size() || !allFinite(x) || !allFinite(y))
    return undefinedTest(n);

  const PairCounts pc = countPairs(x, y);
  const TieStats tx = strictlyIncreasing(x) ? TieStats{} : tieStats(x);
  const TieStats ty = tieStats(y);
  const double tot = double(n) * (n - 1) / 2;

  TrendTest t;
  t.n = n;
  t.s = pc.concordant - pc.discordant;
  t.varS = varianceOfS(n, tx, ty);
  t.z = t.varS > 0 ? t.s / std::sqrt(t.varS) : kNaN;
  t.senSlope = SenSlope::estimate(x, y);

  // A constant variable makes tau-b 0/0: scipy returns NaN for tau and p.
  if (tx.pairs == tot || ty.pairs == tot)
    return t;

  t.tau = std::clamp(t.s / std::sqrt(tot - tx.pairs) / std::sqrt(tot - ty.pairs), -1.0, 1.0);
  const bool untied = tx.pairs == 0 && ty.pairs == 0;
  if (untied && (n <= 33 || std::min(pc.discordant, tot - pc.discordant) <= 1)) {
    t.method = QStringLiteral("exact");
    t.pValue = kendallExactP(n, tot - pc.discordant);
  } else {
    t.method = QStringLiteral("asymptotic");
    t.pValue = normalTwoSidedP(t.z);
  }
  return t;
}

double SenSlope::estimate(const std::vector<double> &x, const std::vector<double> &y) {
  const size_t n = std::min(x.size(), y.size());
  if (n < 2)
    return kNaN;
  // One buffer per thread: trend tests run for thousands of series at once.
  thread_local std::vector<double> slopes;
  slopes.clear();
  slopes.reserve(n * (n - 1) / 2);
  if (strictlyIncreasing(x)) {
    for (size_t i = 0; i < n; ++i)
      for (size_t j = i + 1; j < n; ++j)
        slopes.push_back((y[j] - y[i]) / (x[j] - x[i]));
  } else {
    for (size_t i = 0; i < n; ++i)
      for (size_t j = i + 1; j < n; ++j) {
        const double dx = x[j] - x[i];
        if (dx > 0 || dx < 0) // skips ties and NaN x, like scipy's deltax > 0 mask
          slopes.push_back((y[j] - y[i]) / dx);
      }
  }
  if (slopes.empty())
    return kNaN;
  if (std::any_of(slopes.begin(), slopes.end(), [](double s) { return std::isnan(s); }))
    return kNaN; // np.median propagates NaN

  // The median by selection, after one split at 0: pairwise slopes of count
  // series are mostly exactly 0 (then no selection at all), and otherwise
  // only one side is searched. Exact: the same elements as a full sort.
  const auto negEnd = std::partition(slopes.begin(), slopes.end(), [](double v) { return v < 0; });
  const auto zeroEnd = std::partition(negEnd, slopes.end(), [](double v) { return v == 0; });
  const size_t neg = size_t(negEnd - slopes.begin()), zero = size_t(zeroEnd - negEnd);
  const size_t mid = slopes.size() / 2;
  // The k-th smallest; after it, the elements of k's side before k are <= it.
  auto kth = [&](size_t k) {
    if (k < neg) {
      std::nth_element(slopes.begin(), slopes.begin() + long(k), negEnd);
      return slopes[k];
    }
    if (k < neg + zero)
      return 0.0;
    std::nth_element(zeroEnd, slopes.begin() + long(k), slopes.end());
    return slopes[k];
  };
  const double upper = kth(mid);
  if (slopes.size() % 2 == 1)
    return upper;
  const size_t k = mid - 1;
  double lower = 0;
  if (k < neg) // the largest negative slope before mid
    lower = *std::max_element(slopes.begin(), mid < neg ? slopes.begin() + long(mid) : negEnd);
  else if (k >= neg + zero)
    lower = *std::max_element(zeroEnd, slopes.begin() + long(mid));
  return (lower + upper) / 2;
}

} // namespace epidesk
