#include "ArimaFit.h"
#include "ArimaKalman.h"
#include <Eigen/Dense>
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>
#include <limits>

namespace epidesk {
namespace arima {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Port of R's vmmin (optim "BFGS") with optim's central-difference gradient
// on par / parscale (ndeps 1e-3). ok = false where R stops with an error.
struct Optimum {
  std::vector<double> par;
  double value = kInf;
  bool converged = false, ok = false;
};

Optimum bfgs(const std::vector<double> &start, const std::vector<double> &parscale,
             const std::function<double(const std::vector<double> &)> &fn, int maxit = 100) {
  const int n = int(start.size());
  const double reltol = std::sqrt(DBL_EPSILON), abstol = -kInf, stepredn = 0.2, acctol = 1e-4, reltest = 10.0,
               ndeps = 1e-3;
  std::vector<double> x(static_cast<size_t>(n));
  auto f = [&](const std::vector<double> &b) {
    for (int i = 0; i < n; ++i)
      x[i] = b[i] * parscale[i];
    return fn(x);
  };
  Optimum out;
  std::vector<double> b(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i)
    b[i] = start[i] / parscale[i];
  auto finish = [&](bool converged, double value) {
    out.par.resize(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
      out.par[i] = b[i] * parscale[i];
    out.value = value;
    out.converged = converged;
    out.ok = true;
    return out;
  };
  double Fmin = f(b);
  if (n == 0)
    return finish(true, Fmin);
  if (!std::isfinite(Fmin))
    return out;
  std::vector<double> g(static_cast<size_t>(n)), t(static_cast<size_t>(n)), X(static_cast<size_t>(n)),
      c(static_cast<size_t>(n));
  std::vector<std::vector<double>> B(size_t(n), std::vector<double>(static_cast<size_t>(n)));
  bool gradOk = true;
  auto grad = [&](std::vector<double> &pt) {
    for (int i = 0; i < n; ++i) {
      const double keep = pt[i];
      pt[i] = keep + ndeps;
      const double v1 = f(pt);
      pt[i] = keep - ndeps;
      const double v2 = f(pt);
      pt[i] = keep;
      g[i] = (v1 - v2) / (2 * ndeps);
      if (!std::isfinite(g[i]))
        gradOk = false;
    }
  };
  grad(b);
  if (!gradOk)
    return out;
  int iter = 1, gradcount = 1, ilast = gradcount, count = 0;
  double fval = Fmin;
  do {
    if (ilast == gradcount)
      for (int i = 0; i < n; ++i) {
        std::fill(B[i].begin(), B[i].end(), 0.0);
        B[i][i] = 1.0;
      }
    for (int i = 0; i < n; ++i) {
      X[i] = b[i];
      c[i] = g[i];
    }
    double gradproj = 0;
    for (int i = 0; i < n; ++i) {
      double s = 0;
      for (int j = 0; j <= i; ++j)
        s -= B[i][j] * g[j];
      for (int j = i + 1; j < n; ++j)
        s -= B[j][i] * g[j];
      t[i] = s;
      gradproj += s * g[i];
    }
    if (gradproj < 0) {
      double steplength = 1.0;
      bool accpoint = false;
      do {
        count = 0;
        for (int i = 0; i < n; ++i) {
          b[i] = X[i] + steplength * t[i];
          if (reltest + X[i] == reltest + b[i])
            ++count;
        }
        if (count < n) {
          fval = f(b);
          accpoint = std::isfinite(fval) && fval <= Fmin + gradproj * steplength * acctol;
          if (!accpoint)
            steplength *= stepredn;
        }
      } while (!(count == n || accpoint));
      const bool enough = fval > abstol && std::fabs(fval - Fmin) > reltol * (std::fabs(Fmin) + reltol);
      if (!enough) {
        count = n;
        Fmin = fval;
      }
      if (count < n) {
        Fmin = fval;
        grad(b);
        if (!gradOk)
          return out;
        ++gradcount;
        ++iter;
        double D1 = 0;
        for (int i = 0; i < n; ++i) {
          t[i] *= steplength;
          c[i] = g[i] - c[i];
          D1 += t[i] * c[i];
        }
        if (D1 > 0) {
          double D2 = 0;
          for (int i = 0; i < n; ++i) {
            double s = 0;
            for (int j = 0; j <= i; ++j)
              s += B[i][j] * c[j];
            for (int j = i + 1; j < n; ++j)
              s += B[j][i] * c[j];
            X[i] = s;
            D2 += s * c[i];
          }
          D2 = 1.0 + D2 / D1;
          for (int i = 0; i < n; ++i)
            for (int j = 0; j <= i; ++j)
              B[i][j] += (D2 * t[i] * t[j] - X[i] * t[j] - t[i] * X[j]) / D1;
        } else {
          ilast = gradcount;
        }
      } else if (ilast < gradcount) {
        count = 0;
        ilast = gradcount;
      }
    } else {
      count = 0;
      if (ilast == gradcount)
        count = n;
      else
        ilast = gradcount;
    }
    if (iter >= maxit)
      break;
    if (gradcount - ilast > 2 * n)
      ilast = gradcount;
  } while (count != n || ilast != gradcount);
  // R's vmmin returns the last accepted point, b may hold a rejected trial.
  if (count == n && !(fval <= Fmin)) {
    for (int i = 0; i < n; ++i)
      b[i] = X[i];
  }
  return finish(iter < maxit, Fmin);
}

void informationCriteria(Fit &f, int npar) {
  const int nstar = f.nstar;
  f.aicc = nstar - npar - 1 > 0 ? f.aic + 2.0 * npar * (npar + 1) / (nstar - npar - 1) : kInf;
  f.bic = f.aic + npar * (std::log(double(nstar)) - 2);
}

} // namespace

QString Order::name() const {
  QString s = QStringLiteral("ARIMA(%1,%2,%3)").arg(p).arg(d).arg(q);
  if (m > 1 && P + D + Q > 0)
    s += QStringLiteral("(%1,%2,%3)[%4]").arg(P).arg(D).arg(Q).arg(m);
  if (hasDrift())
    s += QStringLiteral(" with drift");
  else if (hasIntercept())
    s += QStringLiteral(" with non-zero mean");
  else if (d == 0 && D == 0)
    s += QStringLiteral(" with zero mean");
  return s;
}

QJsonObject Fit::coefficients() const {
  QJsonObject o;
  int j = 0;
  auto add = [&](const char *prefix, int count) {
    for (int i = 1; i <= count; ++i)
      o.insert(QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(i), coef[j++]);
  };
  add("ar", order.p);
  add("ma", order.q);
  add("sar", order.P);
  add("sma", order.Q);
  if (order.hasIntercept())
    o.insert(QStringLiteral("intercept"), coef[j]);
  else if (order.hasDrift())
    o.insert(QStringLiteral("drift"), coef[j]);
  return o;
}

std::vector<double> difference(const std::vector<double> &y, int d, int D, int m) {
  std::vector<double> w = y;
  for (int k = 0; k < D; ++k) {
    if (int(w.size()) <= m)
      return {};
    std::vector<double> v(w.size() - m);
    for (size_t t = 0; t < v.size(); ++t)
      v[t] = w[t + m] - w[t];
    w = std::move(v);
  }
  for (int k = 0; k < d; ++k) {
    if (w.size() <= 1)
      return {};
    std::vector<double> v(w.size() - 1);
    for (size_t t = 0; t < v.size(); ++t)
      v[t] = w[t + 1] - w[t];
    w = std::move(v);
  }
  return w;
}

std::optional<Fit> fit(const std::vector<double> &y, const Order &o, Method method) {
  const int n = int(y.size());
  const std::vector<double> w = difference(y, o.d, o.D, o.m);
  const int N = int(w.size());
  const int narma = o.p + o.q + o.P + o.Q, ncoef = o.coefficientCount();
  const bool hasConst = ncoef > narma;
  const double creg = o.hasIntercept() || o.d == 1 ? 1.0 : double(o.m); // differenced regressor
  const int r = std::max(o.p + o.m * o.P, o.q + o.m * o.Q + 1);
  if (N < 1 || (hasConst && N < 2) || N <= o.p + o.m * o.P)
    return std::nullopt;

  std::vector<double> init(size_t(ncoef), 0.0), parscale(size_t(ncoef), 1.0);
  if (hasConst) { // lm(dx ~ dxreg - 1)
    double mean = 0;
    for (double v : w)
      mean += v;
    mean /= N;
    double ss = 0;
    for (double v : w)
      ss += (v - mean) * (v - mean);
    init[narma] = mean / creg;
    const double se = std::sqrt(ss / (N - 1) / N) / creg;
    parscale[narma] = se > 0 ? 10 * se : 1.0;
  }
  std::vector<double> phi, theta;
  auto muOf = [&](const std::vector<double> &par) { return hasConst ? par[narma] * creg : 0.0; };
  auto cssObjective = [&](const std::vector<double> &par) {
    expand(o, par.data(), phi, theta);
    int nu = 0;
    const double ssq = cssSsq(w, muOf(par), phi, theta, nu);
    return nu > 0 ? 0.5 * std::log(ssq / nu) : kInf;
  };
  const Optimum css = bfgs(init, parscale, cssObjective);
  if (!css.ok)
    return std::nullopt;

  Fit f;
  f.order = o;
  f.method = method;
  f.nstar = n - o.d - o.D * o.m;
  const int npar = ncoef + 1;
  if (method == Method::Css) {
    f.coef = css.par;
    expand(o, f.coef.data(), f.phi, f.theta);
    f.mu = muOf(f.coef);
    int nu = 0;
    const double s2 = cssSsq(w, f.mu, f.phi, f.theta, nu) / nu;
    f.sigma2 = s2;
    f.aic = f.nstar * std::log(s2) + 2 * npar;
    f.loglik = std::numeric_limits<double>::quiet_NaN();
    informationCriteria(f, npar);
  } else {
    if (css.converged)
      init = css.par;
    if (!arStationary(init.data(), o.p) || !arStationary(init.data() + o.p + o.q, o.P))
      return std::nullopt; // "non-stationary AR part from CSS"
    std::vector<double> tinit = init;
    if (o.p > 0)
      invpartrans(o.p, init.data(), tinit.data());
    if (o.P > 0)
      invpartrans(o.P, init.data() + o.p + o.q, tinit.data() + o.p + o.q);
    maInvert(tinit.data() + o.p, o.q);
    maInvert(tinit.data() + o.p + o.q + o.P, o.Q);
    std::vector<double> P0;
    auto mlObjective = [&](const std::vector<double> &tpar) {
      const std::vector<double> par = transformed(o, tpar);
      expand(o, par.data(), phi, theta);
      if (!initialCovariance(phi, theta, r, P0))
        return DBL_MAX;
      const Filtered k = kalman(w, muOf(par), phi, theta, P0, r);
      if (k.nu == 0)
        return kInf;
      return 0.5 * (std::log(k.ssq / k.nu) + k.sumlog / k.nu);
    };
    const Optimum ml = bfgs(tinit, parscale, mlObjective);
    if (!ml.ok)
      return std::nullopt;
    std::vector<double> tcoef = ml.par;
    maInvert(tcoef.data() + o.p, o.q);
    maInvert(tcoef.data() + o.p + o.q + o.P, o.Q);
    f.coef = transformed(o, tcoef);
  }
  // Final filter pass: likelihood (ML), residuals and the state for forecasting.
  expand(o, f.coef.data(), f.phi, f.theta);
  f.mu = muOf(f.coef);
  std::vector<double> P0;
  if (!initialCovariance(f.phi, f.theta, r, P0)) {
    if (method == Method::CssMl)
      return std::nullopt;
    f.ic = kInf; // non-stationary CSS fit: rejected below anyway
    f.minRoot = rootCheck(o, f.coef);
    return f;
  }
  std::vector<double> resid;
  const Filtered k = kalman(w, f.mu, f.phi, f.theta, P0, r, &resid, &f.state, &f.stateCov);
  if (k.nu == 0 || !std::isfinite(k.ssq) || !std::isfinite(k.sumlog))
    return std::nullopt;
  if (method == Method::CssMl) {
    const double value = N * (std::log(k.ssq / k.nu) + k.sumlog / k.nu) + N + N * std::log(2 * M_PI);
    f.loglik = -0.5 * value;
    f.aic = value + 2 * ncoef + 2;
    informationCriteria(f, npar);
  }
  f.residuals.assign(size_t(n - N), 0.0);
  f.residuals.insert(f.residuals.end(), resid.begin(), resid.end());
  double ss = 0;
  for (double e : resid)
    ss += e * e;
  if (method == Method::CssMl) // forecast's myarima; CSS fits keep sigma2 = CSS ssq / nu
    f.sigma2 = f.nstar - npar + 1 > 0 ? ss / (f.nstar - npar + 1) : ss / N;
  f.ic = f.aicc;
  f.minRoot = rootCheck(o, f.coef);
  if (f.minRoot < 1.01 || !std::isfinite(f.ic) || !std::isfinite(f.sigma2))
    f.ic = kInf;
  return f;
}

Fit fixedFit(const std::vector<double> &y, const Order &order, double constant) {
  Order o = order;
  o.p = o.q = o.P = o.Q = 0;
  Fit f;
  f.order = o;
  f.nstar = int(y.size()) - o.d - o.D * o.m;
  const bool hasConst = o.hasIntercept() || o.hasDrift();
  if (hasConst)
    f.coef = {constant};
  const double creg = o.hasIntercept() || o.d == 1 ? 1.0 : double(o.m);
  f.mu = hasConst ? constant * creg : 0.0;
  const std::vector<double> w = difference(y, o.d, o.D, o.m);
  double ss = 0;
  f.residuals.assign(y.size() - w.size(), 0.0);
  for (double v : w) {
    f.residuals.push_back(v - f.mu);
    ss += (v - f.mu) * (v - f.mu);
  }
  const int N = std::max<int>(1, int(w.size()));
  f.sigma2 = ss / N;
  const double value = f.sigma2 > 0 ? N * std::log(f.sigma2) + N + N * std::log(2 * M_PI) : -kInf;
  f.loglik = -0.5 * value;
  f.aic = value + 2;
  informationCriteria(f, 1);
  f.ic = f.aicc;
  f.state = {w.empty() ? 0.0 : w.back() - f.mu};
  f.stateCov = {0.0};
  return f;
}

Prediction predict(const Fit &f, const std::vector<double> &y, int horizon) {
  const Order &o = f.order;
  const std::vector<double> delta = differencingPolynomial(o.d, o.D, o.m);
  const int nd = int(delta.size()), L = std::max(nd, 1), r = int(f.state.size()), dim = r + L;
  const int n = int(y.size());
  Eigen::VectorXd s = Eigen::VectorXd::Zero(dim);
  for (int i = 0; i < r; ++i)
    s[i] = f.state[i];
  for (int k = 0; k < L && k < n; ++k)
    s[r + k] = y[n - 1 - k];
  Eigen::MatrixXd C = Eigen::MatrixXd::Zero(dim, dim);
  for (int i = 0; i < r; ++i)
    for (int j = 0; j < r; ++j)
      C(i, j) = f.stateCov[size_t(i) * r + j];
  Eigen::MatrixXd F = Eigen::MatrixXd::Zero(dim, dim);
  Eigen::VectorXd g = Eigen::VectorXd::Zero(dim);
  for (int i = 0; i < r; ++i) {
    if (i < int(f.phi.size()))
      F(i, 0) = f.phi[i];
    if (i + 1 < r)
      F(i, i + 1) = 1;
    g[i] = i == 0 ? 1.0 : (i - 1 < int(f.theta.size()) ? f.theta[i - 1] : 0.0);
  }
  F.row(r).head(r) = F.row(0).head(r);
  for (int k = 0; k < nd; ++k)
    F(r, r + k) = delta[k];
  for (int k = 1; k < L; ++k)
    F(r + k, r + k - 1) = 1;
  g[r] = 1;
  Prediction out;
  for (int h = 0; h < horizon; ++h) {
    Eigen::VectorXd next = F * s;
    next[r] += f.mu;
    s = next;
    C = F * C * F.transpose() + g * g.transpose();
    out.mean.push_back(s[r]);
    out.variance.push_back(std::max(0.0, C(r, r) * f.sigma2));
  }
  return out;
}

} // namespace arima
} // namespace epidesk
