#include "ArimaKalman.h"
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>

namespace epidesk {
namespace arima {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kSteadyTol = 1e-10; // filtered covariance below this: steady state

// Roots of 1 + c[0] z + ... + c[k-1] z^k (trailing |c| <= 1e-8 dropped, as forecast's test).
Eigen::VectorXcd polyRoots(const double *c, int k) {
  while (k > 0 && std::fabs(c[k - 1]) <= 1e-8)
    --k;
  if (k == 0)
    return Eigen::VectorXcd();
  Eigen::MatrixXd comp = Eigen::MatrixXd::Zero(k, k);
  // monic: z^k + sum_j (c[j-1] / c[k-1]) z^j, c[-1] = 1
  for (int j = 0; j < k; ++j)
    comp(0, j) = -(k - 1 - j == 0 ? 1.0 : c[k - 2 - j]) / c[k - 1];
  for (int i = 1; i < k; ++i)
    comp(i, i - 1) = 1;
  return Eigen::EigenSolver<Eigen::MatrixXd>(comp, false).eigenvalues();
}

double minModulus(const double *c, int k, int power) {
  const Eigen::VectorXcd roots = polyRoots(c, k);
  double best = kInf;
  for (int i = 0; i < roots.size(); ++i)
    best = std::min(best, std::pow(std::abs(roots[i]), 1.0 / power));
  return best;
}

} // namespace

// (1 - B)^d (1 - B^m)^D = 1 - sum_k delta[k-1] B^k (R's Delta).
std::vector<double> differencingPolynomial(int d, int D, int m) {
  std::vector<double> poly{1.0};
  auto times = [&](int lag) {
    std::vector<double> r(poly.size() + lag, 0.0);
    for (size_t i = 0; i < poly.size(); ++i) {
      r[i] += poly[i];
      r[i + lag] -= poly[i];
    }
    poly = r;
  };
  for (int i = 0; i < d; ++i)
    times(1);
  for (int i = 0; i < D; ++i)
    times(m);
  std::vector<double> delta(poly.size() - 1);
  for (size_t k = 1; k < poly.size(); ++k)
    delta[k - 1] = -poly[k];
  return delta;
}

// R's ARIMA_transPars(trans = FALSE): the expanded polynomials.
void expand(const Order &o, const double *par, std::vector<double> &phi, std::vector<double> &theta) {
  const int mp = o.p, mq = o.q, msp = o.P, msq = o.Q, ns = o.m;
  phi.assign(size_t(mp + ns * msp), 0.0);
  theta.assign(size_t(mq + ns * msq), 0.0);
  for (int i = 0; i < mp; ++i)
    phi[i] = par[i];
  for (int i = 0; i < mq; ++i)
    theta[i] = par[i + mp];
  for (int j = 0; j < msp; ++j) {
    phi[(j + 1) * ns - 1] += par[j + mp + mq];
    for (int i = 0; i < mp; ++i)
      phi[(j + 1) * ns + i] -= par[i] * par[j + mp + mq];
  }
  for (int j = 0; j < msq; ++j) {
    theta[(j + 1) * ns - 1] += par[j + mp + mq + msp];
    for (int i = 0; i < mq; ++i)
      theta[(j + 1) * ns + i] += par[i + mp] * par[j + mp + mq + msp];
  }
}

// R's partrans: tanh, then Durbin-Levinson (PACF -> AR coefficients).
void partrans(int p, const double *raw, double *out) {
  std::vector<double> work(p);
  for (int j = 0; j < p; ++j)
    work[j] = out[j] = std::tanh(raw[j]);
  for (int j = 1; j < p; ++j) {
    const double a = out[j];
    for (int k = 0; k < j; ++k)
      work[k] -= a * out[j - k - 1];
    std::copy(work.begin(), work.begin() + j, out);
  }
}

// R's invpartrans (AR coefficients -> atanh of the PACF).
void invpartrans(int p, const double *phi, double *out) {
  std::vector<double> work(phi, phi + p);
  std::copy(phi, phi + p, out);
  for (int j = p - 1; j > 0; --j) {
    const double a = out[j];
    for (int k = 0; k < j; ++k)
      work[k] = (out[k] + a * out[j - k - 1]) / (1 - a * a);
    std::copy(work.begin(), work.begin() + j, out);
  }
  for (int j = 0; j < p; ++j)
    out[j] = std::atanh(out[j]);
}

std::vector<double> transformed(const Order &o, const std::vector<double> &par) {
  std::vector<double> out = par;
  if (o.p > 0)
    partrans(o.p, par.data(), out.data());
  if (o.P > 0)
    partrans(o.P, par.data() + o.p + o.q, out.data() + o.p + o.q);
  return out;
}

// R's arCheck: all roots of 1 - ar(z) outside the unit circle (via the PACF).
bool arStationary(const double *ar, int p) {
  while (p > 0 && ar[p - 1] == 0)
    --p;
  std::vector<double> cur(ar, ar + p), work(cur);
  for (int j = p - 1; j >= 0; --j) {
    const double a = cur[j];
    if (!(std::fabs(a) < 1))
      return false;
    for (int k = 0; k < j; ++k)
      work[k] = (cur[k] + a * cur[j - k - 1]) / (1 - a * a);
    std::copy(work.begin(), work.begin() + j, cur.begin());
  }
  return true;
}

// R's maInvert: roots inside the unit circle reflected outside.
void maInvert(double *ma, int q) {
  int q0 = q;
  while (q0 > 0 && ma[q0 - 1] == 0)
    --q0;
  if (q0 == 0)
    return;
  Eigen::VectorXcd roots = polyRoots(ma, q0);
  if (roots.size() != q0)
    return;
  bool any = false;
  for (int i = 0; i < q0; ++i)
    if (std::abs(roots[i]) < 1) {
      roots[i] = 1.0 / roots[i];
      any = true;
    }
  if (!any)
    return;
  if (q0 == 1) {
    ma[0] = 1 / ma[0];
    return;
  }
  std::vector<std::complex<double>> x{1.0};
  for (int i = 0; i < q0; ++i) {
    std::vector<std::complex<double>> nx(x.size() + 1, 0.0);
    for (size_t j = 0; j < x.size(); ++j) {
      nx[j] += x[j];
      nx[j + 1] -= x[j] / roots[i];
    }
    x = nx;
  }
  for (int i = 0; i < q0; ++i)
    ma[i] = x[i + 1].real();
}

// Stationary covariance of Harvey's state (sigma2 = 1), r states, from the
// ARMA autocovariances: P[0][k] directly, then P = T P T' + R R' backwards.
bool initialCovariance(const std::vector<double> &phi, const std::vector<double> &theta, int r,
                       std::vector<double> &P0) {
  const int p = int(phi.size()), q = int(theta.size());
  auto ph = [&](int l) { return l >= 1 && l <= p ? phi[l - 1] : 0.0; }; // phi_l
  auto th = [&](int l) { return l == 0 ? 1.0 : (l <= q ? theta[l - 1] : 0.0); };
  std::vector<double> psi(size_t(r + 1));
  psi[0] = 1;
  for (int j = 1; j <= r; ++j) {
    double s = th(j);
    for (int i = 1; i <= std::min(j, p); ++i)
      s += phi[i - 1] * psi[j - i];
    psi[j] = s;
  }
  auto c = [&](int k) {
    double s = 0;
    for (int j = k; j <= q; ++j)
      s += th(j) * psi[j - k];
    return s;
  };
  std::vector<double> gamma(size_t(r + 1), 0.0);
  if (p == 0) {
    for (int k = 0; k <= r; ++k)
      gamma[k] = c(k);
  } else {
    Eigen::MatrixXd A = Eigen::MatrixXd::Identity(p + 1, p + 1);
    Eigen::VectorXd b(p + 1);
    for (int k = 0; k <= p; ++k) {
      for (int i = 1; i <= p; ++i)
        A(k, std::abs(k - i)) -= phi[i - 1];
      b[k] = c(k);
    }
    const Eigen::VectorXd g = A.partialPivLu().solve(b);
    for (int k = 0; k <= std::min(p, r); ++k)
      gamma[k] = g[k];
    for (int k = p + 1; k <= r; ++k) {
      double s = c(k);
      for (int i = 1; i <= p; ++i)
        s += phi[i - 1] * gamma[k - i];
      gamma[k] = s;
    }
  }
  if (!(gamma[0] > 0) || !std::isfinite(gamma[0]))
    return false;
  P0.assign(size_t(r) * r, 0.0);
  P0[0] = gamma[0];
  for (int k = 1; k < r; ++k) {
    double s = 0;
    for (int j = 0; j <= r - 1 - k; ++j)
      s += ph(k + j + 1) * gamma[j + 1] + th(k + j) * psi[j];
    P0[k] = P0[size_t(k) * r] = s;
  }
  for (int i = r - 1; i >= 1; --i)
    for (int k = r - 1; k >= i; --k) {
      double s = ph(i + 1) * ph(k + 1) * gamma[0] + th(i) * th(k);
      if (k + 1 < r)
        s += P0[size_t(i + 1) * r + k + 1] + ph(i + 1) * P0[k + 1];
      if (i + 1 < r)
        s += ph(k + 1) * P0[i + 1];
      P0[size_t(i) * r + k] = P0[size_t(k) * r + i] = s;
    }
  for (double v : P0)
    if (!std::isfinite(v))
      return false;
  return true;
}

// R's ARIMA_Like (d = 0 branch) on z = w - mu: innovations, their variances
// ("gain"), optionally standardized residuals and the final filtered state.
Filtered kalman(const std::vector<double> &w, double mu, const std::vector<double> &phi,
                const std::vector<double> &theta, const std::vector<double> &P0, int r,
                std::vector<double> *resid, std::vector<double> *aOut, std::vector<double> *POut) {
  const int n = int(w.size());
  // phi, R's (1, theta) and the covariances padded with a zero row and column
  // (stride r + 1), so that the updates below need no branches.
  const size_t s = size_t(r) + 1;
  std::vector<double> ph(s, 0.0), rv(s, 0.0);
  std::copy(phi.begin(), phi.end(), ph.begin());
  rv[0] = 1;
  for (int i = 1; i < r && i - 1 < int(theta.size()); ++i)
    rv[i] = theta[i - 1];
  std::vector<double> a(s, 0.0), anew(s, 0.0), P(s * s, 0.0), Pnew(s * s, 0.0), M(s, 0.0);
  for (int i = 0; i < r; ++i)
    for (int j = 0; j < r; ++j)
      Pnew[i * s + j] = P0[size_t(i) * r + j];
  if (resid)
    resid->assign(size_t(n), 0.0);
  Filtered out;
  bool steady = false;
  for (int l = 0; l < n; ++l) {
    for (int i = 0; i < r; ++i)
      anew[i] = a[i + 1] + ph[i] * a[0];
    const double res0 = w[l] - mu - anew[0];
    if (steady) {
      ++out.nu;
      out.ssq += res0 * res0;
      if (resid)
        (*resid)[l] = res0;
      for (int i = 0; i < r; ++i)
        a[i] = anew[i] + rv[i] * res0;
      continue;
    }
    if (l > 0) { // Pnew = T P T' + R R'
      const double p00 = P[0];
      for (int i = 0; i < r; ++i) {
        const double pi0 = P[(i + 1) * s], phi_i = ph[i], rv_i = rv[i], phip = ph[i] * p00;
        const double *Pn = &P[(i + 1) * s + 1];
        double *out_i = &Pnew[i * s];
        for (int j = 0; j < r; ++j)
          out_i[j] = rv_i * rv[j] + phip * ph[j] + phi_i * P[j + 1] + ph[j] * pi0 + Pn[j];
      }
    }
    const double gain = Pnew[0];
    if (gain < 1e4) {
      ++out.nu;
      out.ssq += res0 * res0 / gain;
      out.sumlog += std::log(gain);
    }
    if (resid)
      (*resid)[l] = res0 / std::sqrt(gain);
    for (int i = 0; i < r; ++i) {
      M[i] = Pnew[i * s];
      a[i] = anew[i] + M[i] * res0 / gain;
    }
    double biggest = 0;
    for (int i = 0; i < r; ++i) {
      const double mi = M[i] / gain;
      const double *pn = &Pnew[i * s];
      double *p = &P[i * s];
      for (int j = 0; j < r; ++j) {
        p[j] = pn[j] - mi * M[j];
        biggest = std::max(biggest, std::fabs(p[j]));
      }
    }
    if (biggest < kSteadyTol) {
      steady = true;
      std::fill(P.begin(), P.end(), 0.0);
    }
  }
  if (aOut)
    aOut->assign(a.begin(), a.begin() + r);
  if (POut) {
    POut->assign(size_t(r) * r, 0.0);
    for (int i = 0; i < r; ++i)
      for (int j = 0; j < r; ++j)
        (*POut)[size_t(i) * r + j] = P[i * s + j];
  }
  return out;
}

// R's ARIMA_CSS on the differenced series (conditioning on the first p + mP values).
double cssSsq(const std::vector<double> &w, double mu, const std::vector<double> &phi,
              const std::vector<double> &theta, int &nu, std::vector<double> *residOut) {
  const int n = int(w.size()), p = int(phi.size()), q = int(theta.size());
  // Seasonal polynomials are mostly zeros: visit the non-zero terms only.
  std::vector<int> ip, iq;
  for (int j = 0; j < p; ++j)
    if (phi[j] != 0)
      ip.push_back(j);
  for (int j = 0; j < q; ++j)
    if (theta[j] != 0)
      iq.push_back(j);
  std::vector<double> z(static_cast<size_t>(n)), resid(size_t(n), 0.0);
  for (int l = 0; l < n; ++l)
    z[l] = w[l] - mu;
  double ssq = 0;
  nu = 0;
  for (int l = p; l < n; ++l) {
    double t = z[l];
    for (int j : ip)
      t -= phi[j] * z[l - j - 1];
    const int jmax = std::min(l - p, q);
    for (int j : iq) {
      if (j >= jmax)
        break;
      t -= theta[j] * resid[l - j - 1];
    }
    resid[l] = t;
    ++nu;
    ssq += t * t;
  }
  if (residOut)
    *residOut = std::move(resid);
  return ssq;
}

double rootCheck(const Order &o, const std::vector<double> &coef) {
  double minRoot = 2;
  const double *c = coef.data();
  if (o.p > 0) {
    std::vector<double> a(c, c + o.p);
    for (double &v : a)
      v = -v;
    minRoot = std::min(minRoot, minModulus(a.data(), o.p, 1));
  }
  if (o.P > 0) {
    std::vector<double> a(c + o.p + o.q, c + o.p + o.q + o.P);
    for (double &v : a)
      v = -v;
    minRoot = std::min(minRoot, minModulus(a.data(), o.P, o.m));
  }
  if (o.q > 0)
    minRoot = std::min(minRoot, minModulus(c + o.p, o.q, 1));
  if (o.Q > 0)
    minRoot = std::min(minRoot, minModulus(c + o.p + o.q + o.P, o.Q, o.m));
  return minRoot;
}

} // namespace arima
} // namespace epidesk
