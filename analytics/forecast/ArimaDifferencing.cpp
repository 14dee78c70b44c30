#include "ArimaDifferencing.h"
#include <algorithm>
#include <cmath>

namespace epidesk {
namespace arima {

namespace {

double variance(const std::vector<double> &x) {
  if (x.size() < 2)
    return 0;
  double mean = 0;
  for (double v : x)
    mean += v;
  mean /= double(x.size());
  double ss = 0;
  for (double v : x)
    ss += (v - mean) * (v - mean);
  return ss / double(x.size() - 1);
}

// ---- stl.f, with 1-based arrays as in the Fortran (index 0 unused).

// stlest: loess estimate at xs from y[nleft..nright]; false when all weights vanish.
bool stlest(const double *y, int n, int len, int ideg, double xs, double &ys, int nleft, int nright,
            double *w) {
  const double range = double(n) - 1.0;
  double h = std::max(xs - double(nleft), double(nright) - xs);
  if (len > n)
    h += double((len - n) / 2);
  const double h9 = 0.999 * h, h1 = 0.001 * h;
  double a = 0;
  for (int j = nleft; j <= nright; ++j) {
    w[j] = 0;
    const double r = std::fabs(double(j) - xs);
    if (r <= h9) {
      if (r <= h1)
        w[j] = 1;
      else {
        const double u = r / h;
        w[j] = std::pow(1.0 - u * u * u, 3);
      }
      a += w[j];
    }
  }
  if (a <= 0)
    return false;
  for (int j = nleft; j <= nright; ++j)
    w[j] /= a;
  if (h > 0 && ideg > 0) {
    a = 0;
    for (int j = nleft; j <= nright; ++j)
      a += w[j] * double(j);
    double b = xs - a, c = 0;
    for (int j = nleft; j <= nright; ++j)
      c += w[j] * (double(j) - a) * (double(j) - a);
    if (std::sqrt(c) > 0.001 * range) {
      b /= c;
      for (int j = nleft; j <= nright; ++j)
        w[j] *= b * (double(j) - a) + 1.0;
    }
  }
  ys = 0;
  for (int j = nleft; j <= nright; ++j)
    ys += w[j] * y[j];
  return true;
}

// stless: loess smoothing evaluated every njump points, linear in between.
void stless(const double *y, int n, int len, int ideg, int njump, double *ys, double *res) {
  if (n < 2) {
    ys[1] = y[1];
    return;
  }
  const int newnj = std::min(njump, n - 1);
  int nleft = 1, nright = n;
  if (len >= n) {
    nleft = 1;
    nright = n;
    for (int i = 1; i <= n; i += newnj)
      if (!stlest(y, n, len, ideg, double(i), ys[i], nleft, nright, res))
        ys[i] = y[i];
  } else if (newnj == 1) {
    const int nsh = (len + 1) / 2;
    nleft = 1;
    nright = len;
    for (int i = 1; i <= n; ++i) {
      if (i > nsh && nright != n) {
        ++nleft;
        ++nright;
      }
      if (!stlest(y, n, len, ideg, double(i), ys[i], nleft, nright, res))
        ys[i] = y[i];
    }
  } else {
    const int nsh = (len + 1) / 2;
    for (int i = 1; i <= n; i += newnj) {
      if (i < nsh) {
        nleft = 1;
        nright = len;
      } else if (i >= n - nsh + 1) {
        nleft = n - len + 1;
        nright = n;
      } else {
        nleft = i - nsh + 1;
        nright = len + i - nsh;
      }
      if (!stlest(y, n, len, ideg, double(i), ys[i], nleft, nright, res))
        ys[i] = y[i];
    }
  }
  if (newnj != 1) {
    for (int i = 1; i <= n - newnj; i += newnj) {
      const double delta = (ys[i + newnj] - ys[i]) / double(newnj);
      for (int j = i + 1; j <= i + newnj - 1; ++j)
        ys[j] = ys[i] + delta * double(j - i);
    }
    const int k = ((n - 1) / newnj) * newnj + 1;
    if (k != n) {
      if (!stlest(y, n, len, ideg, double(n), ys[n], nleft, nright, res))
        ys[n] = y[n];
      if (k != n - 1) {
        const double delta = (ys[n] - ys[k]) / double(n - k);
        for (int j = k + 1; j <= n - 1; ++j)
          ys[j] = ys[k] + delta * double(j - k);
      }
    }
  }
}

// stlma: moving average of length len (output n - len + 1 values).
void stlma(const double *x, int n, int len, double *ave) {
  const int newn = n - len + 1;
  const double flen = double(len);
  double v = 0;
  for (int i = 1; i <= len; ++i)
    v += x[i];
  ave[1] = v / flen;
  for (int j = 2, k = len, m = 0; j <= newn; ++j) {
    ++k;
    ++m;
    v = v - x[m] + x[k];
    ave[j] = v / flen;
  }
}

// stlss: smooth each cycle-subseries, extended by one period at both ends.
void stlss(const double *y, int n, int np, int ns, int isdeg, int nsjump, double *season, double *work1,
           double *work2, double *work4) {
  for (int j = 1; j <= np; ++j) {
    const int k = (n - j) / np + 1;
    for (int i = 1; i <= k; ++i)
      work1[i] = y[(i - 1) * np + j];
    stless(work1, k, ns, isdeg, nsjump, work2 + 1, work4);
    const int nright = std::min(ns, k);
    if (!stlest(work1, k, ns, isdeg, 0.0, work2[1], 1, nright, work4))
      work2[1] = work2[2];
    const int nleft = std::max(1, k - ns + 1);
    if (!stlest(work1, k, ns, isdeg, double(k + 1), work2[k + 2], nleft, k, work4))
      work2[k + 2] = work2[k + 1];
    for (int m = 1; m <= k + 2; ++m)
      season[(m - 1) * np + j] = work2[m];
  }
}

int nextOdd(int x) {
  return x % 2 == 0 ? x + 1 : x;
}

} // namespace

bool isConstant(const std::vector<double> &x) {
  if (x.empty())
    return true;
  double diff = 0, total = 0;
  for (double v : x) {
    diff += std::fabs(v - x[0]);
    total += std::fabs(v);
  }
  diff /= double(x.size());
  total /= double(x.size());
  return total > 1.5e-8 ? diff / total < 1.5e-8 : diff < 1.5e-8;
}

double kpssStatistic(const std::vector<double> &y) {
  const int n = int(y.size());
  double mean = 0;
  for (double v : y)
    mean += v;
  mean /= n;
  std::vector<double> e(static_cast<size_t>(n));
  double s = 0, num = 0, s2 = 0;
  for (int t = 0; t < n; ++t) {
    e[t] = y[t] - mean;
    s += e[t];
    num += s * s;
    s2 += e[t] * e[t];
  }
  num /= double(n) * n;
  s2 /= n;
  const int lags = int(3 * std::sqrt(double(n)) / 13);
  double denom = s2;
  for (int i = 1; i <= lags; ++i) {
    double cov = 0;
    for (int t = i; t < n; ++t)
      cov += e[t] * e[t - i];
    denom += 2.0 / n * (1 - double(i) / (lags + 1)) * cov;
  }
  return num / denom;
}

int ndiffs(std::vector<double> x, int maxD) {
  int d = 0;
  if (isConstant(x))
    return d;
  constexpr double kCritical5 = 0.463; // urca's KPSS "mu" 5 % value
  bool dodiff = x.size() > 1 && kpssStatistic(x) > kCritical5;
  while (dodiff && d < maxD) {
    ++d;
    for (size_t t = 0; t + 1 < x.size(); ++t)
      x[t] = x[t + 1] - x[t];
    x.pop_back();
    if (x.size() < 2 || isConstant(x))
      return d;
    dodiff = kpssStatistic(x) > kCritical5;
  }
  return d;
}

Decomposition stl(const std::vector<double> &x, int period, int sWindow) {
  const int n = int(x.size());
  const int np = std::max(2, period);
  const int ns = std::max(3, nextOdd(sWindow));
  const int nt = std::max(3, nextOdd(int(std::ceil(1.5 * np / (1 - 1.5 / ns)))));
  const int nl = std::max(3, nextOdd(np));
  const int isdeg = 0, itdeg = 1, ildeg = 1;
  const int nsjump = int(std::ceil(ns / 10.0)), ntjump = int(std::ceil(nt / 10.0)),
            nljump = int(std::ceil(nl / 10.0));
  const int ni = 2; // inner iterations, no robustness iterations
  const size_t len = size_t(n + 2 * np + 2);
  std::vector<double> y(len, 0.0), season(len, 0.0), trend(len, 0.0);
  std::vector<std::vector<double>> work(5, std::vector<double>(len, 0.0));
  for (int i = 1; i <= n; ++i)
    y[i] = x[i - 1];
  for (int it = 0; it < ni; ++it) {
    for (int i = 1; i <= n; ++i)
      work[0][i] = y[i] - trend[i];
    stlss(work[0].data(), n, np, ns, isdeg, nsjump, work[1].data(), work[2].data(), work[3].data(),
          work[4].data());
    stlma(work[1].data(), n + 2 * np, np, work[2].data());
    stlma(work[2].data(), n + np + 1, np, work[0].data());
    stlma(work[0].data(), n + 2, 3, work[2].data());
    stless(work[2].data(), n, nl, ildeg, nljump, work[0].data(), work[4].data());
    for (int i = 1; i <= n; ++i)
      season[i] = work[1][np + i] - work[0][i];
    for (int i = 1; i <= n; ++i)
      work[0][i] = y[i] - season[i];
    stless(work[0].data(), n, nt, itdeg, ntjump, trend.data(), work[2].data());
  }
  Decomposition out;
  for (int i = 1; i <= n; ++i) {
    out.seasonal.push_back(season[i]);
    out.trend.push_back(trend[i]);
    out.remainder.push_back(y[i] - season[i] - trend[i]);
  }
  return out;
}

double seasonalStrength(const std::vector<double> &x, int m) {
  const int n = int(x.size());
  if (m < 2 || n <= 2 * m)
    return 0;
  const Decomposition dec = stl(x, m, 11); // mstl(): s.window = 7 + 4 * 1
  std::vector<double> remSeas(dec.remainder);
  for (int i = 0; i < n; ++i)
    remSeas[i] += dec.seasonal[i];
  const double total = variance(remSeas);
  if (!(total > 0))
    return 0;
  return std::clamp(1 - variance(dec.remainder) / total, 0.0, 1.0);
}

int nsdiffs(const std::vector<double> &x, int m) {
  if (m < 2 || isConstant(x) || int(x.size()) <= 2 * m)
    return 0;
  return seasonalStrength(x, m) > 0.64 ? 1 : 0; // max.D = 1
}

} // namespace arima
} // namespace epidesk
