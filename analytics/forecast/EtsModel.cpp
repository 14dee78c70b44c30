#include "EtsModel.h"
#include "Feedback.h"
#include "NelderMead.h"
#include "SeasonalNaiveModel.h"
#include "VectorUnitState.h"
#include <Eigen/Dense>
#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace epidesk {

namespace {

using Component = EtsModel::Component;
using Form = EtsModel::Form;
using Fit = EtsModel::Fit;

constexpr double kTol = 1e-10; // etscalc.c TOL
constexpr double kHuge = 1e10; // etscalc.c HUGEN
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kZ80 = 1.2815515655446004;
constexpr double kZ95 = 1.9599639845400540;
// forecast::ets defaults: lower = c(rep(1e-4, 3), 0.8), upper = c(rep(0.9999, 3), 0.98).
constexpr double kLower[4] = {1e-4, 1e-4, 1e-4, 0.8};
constexpr double kUpper[4] = {0.9999, 0.9999, 0.9999, 0.98};
constexpr int kMaxSeasonalPeriod = 24;

// This file's messages, in one context that lupdate sees too.
class EtsModelText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::EtsModel)
};

QChar letter(Component c) {
  return c == Component::None       ? QLatin1Char('N')
         : c == Component::Additive ? QLatin1Char('A')
                                    : QLatin1Char('M');
}

std::optional<Component> componentOf(QChar c) {
  switch (c.toUpper().toLatin1()) {
  case 'N':
    return Component::None;
  case 'A':
    return Component::Additive;
  case 'M':
    return Component::Multiplicative;
  default:
    return std::nullopt;
  }
}

struct Params {
  double alpha = 0, beta = 0, gamma = 0, phi = 1;
};

bool hasTrend(const Form &f) {
  return f.trend != Component::None;
}
bool hasSeason(const Form &f) {
  return f.season != Component::None;
}

// ---------------------------------------------------------------- state recursion (etscalc.c)

// State layout as R: [l, b (if trend), s_1 .. s_m (if seasonal)], s_m the oldest
// season (the one the next observation uses).
// Runs the recursion over y from `state` (updated in place to the final state).
// Returns R's lik: n log(SSE) (+ 2 sum log|yhat| for M errors).
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

// ---------------------------------------------------------------- parameter region

// True when every root of the real polynomial (coefficients in increasing
// order) has modulus <= radius: the Schur-Cohn-Jury recursion on p(radius z),
// O(d^2) and much cheaper than root finding, which R's cpolyroot does here.
bool rootsWithin(std::vector<double> a, double radius) {
  double scale = 1;
  for (double &c : a) {
    c *= scale;
    scale *= radius;
  }
  while (a.size() > 1) {
    const size_t d = a.size() - 1;
    const double a0 = a[0], ad = a[d];
    if (std::fabs(a0) >= std::fabs(ad))
      return false;
    // (ad p(z) - a0 z^d p(1/z)) / z: one degree less, same roots-inside status.
    std::vector<double> next(d);
    for (size_t k = 1; k <= d; ++k)
      next[k - 1] = ad * a[k] - a0 * a[d - k];
    const double lead = std::fabs(next.back());
    if (!(lead > 0) || !std::isfinite(lead))
      return false;
    for (double &c : next)
      c /= lead; // keep the numbers in range
    a.swap(next);
  }
  return true;
}

// forecast's admissible(): the forecast equations are forecastable.
bool admissible(const Form &f, const Params &p, int m) {
  const double phi = p.phi;
  if (phi < 0 || phi > 1 + 1e-8)
    return false;
  if (!hasSeason(f)) {
    if (p.alpha < 1 - 1 / phi || p.alpha > 1 + 1 / phi)
      return false;
    if (hasTrend(f) && (p.beta < p.alpha * (phi - 1) || p.beta > (1 + phi) * (2 - p.alpha)))
      return false;
    return true;
  }
  if (m <= 1)
    return true;
  const double alpha = p.alpha, gamma = p.gamma, beta = hasTrend(f) ? p.beta : 0;
  if (gamma < std::max(1 - 1 / phi - alpha, 0.0) || gamma > 1 + 1 / phi - alpha)
    return false;
  if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m))
    return false;
  if (beta < -(1 - phi) * (gamma / m + alpha))
    return false;
  std::vector<double> poly;
  poly.push_back(phi * (1 - alpha - gamma));
  poly.push_back(alpha + beta - alpha * phi + gamma - 1);
  for (int i = 0; i < m - 2; ++i)
    poly.push_back(alpha + beta - alpha * phi);
  poly.push_back(alpha + beta - phi);
  poly.push_back(1);
  return rootsWithin(poly, 1 + 1e-10);
}

// check.param() with bounds = "both".
bool checkParams(const Form &f, const Params &p, int m) {
  if (p.alpha < kLower[0] || p.alpha > kUpper[0])
    return false;
  if (hasTrend(f) && (p.beta < kLower[1] || p.beta > p.alpha || p.beta > kUpper[1]))
    return false;
  if (f.damped && (p.phi < kLower[3] || p.phi > kUpper[3]))
    return false;
  if (hasSeason(f) && (p.gamma < kLower[2] || p.gamma > 1 - p.alpha || p.gamma > kUpper[2]))
    return false;
  return admissible(f, p, m);
}

// ---------------------------------------------------------------- initial states (initstate)

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

// R's initstate(): l, [b], s_1 .. s_{m-1} (the last season follows from the others).
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

// ---------------------------------------------------------------- fitting (etsmodel)

int smoothingCount(const Form &f) {
  return 1 + hasTrend(f) + hasSeason(f) + f.damped;
}

Params unpack(const Form &f, const std::vector<double> &par) {
  Params p;
  int j = 0;
  p.alpha = par[j++];
  if (hasTrend(f))
    p.beta = par[j++];
  if (hasSeason(f))
    p.gamma = par[j++];
  if (f.damped)
    p.phi = par[j++];
  return p;
}

// Initial states from the optimised ones: the last season makes the seasonal
// states sum to 0 (A) or m (M).
std::vector<double> fullState(const Form &f, int m, const std::vector<double> &par) {
  std::vector<double> state(par.begin() + smoothingCount(f), par.end());
  if (hasSeason(f)) {
    const double sum = std::accumulate(state.begin() + 1 + hasTrend(f), state.end(), 0.0);
    state.push_back((f.season == Component::Multiplicative ? m : 0) - sum);
  }
  return state;
}

// EtsTargetFunction::eval with opt.crit = "lik".
double objective(const std::vector<double> &y, const Form &f, int m, const std::vector<double> &par) {
  const Params p = unpack(f, par);
  if (!checkParams(f, p, m))
    return kInf;
  std::vector<double> state = fullState(f, m, par);
  if (f.season == Component::Multiplicative &&
      *std::min_element(state.begin() + 1 + hasTrend(f), state.end()) < 0)
    return kInf;
  double lik = etscalc(y, f, m, p, state, nullptr);
  if (lik < -1e10) // avoid perfect fits
    lik = -1e10;
  if (std::isnan(lik))
    return kInf;
  return lik;
}

bool isConstant(const std::vector<double> &y) {
  // R's is.constant: all.equal(y, rep(y[1], n)), mean relative difference < 1.5e-8.
  double diff = 0, total = 0;
  for (double v : y) {
    diff += std::fabs(v - y[0]);
    total += std::fabs(v);
  }
  return total == 0 || diff / total < 1.5e-8;
}

// ---------------------------------------------------------------- forecast variances

Eigen::MatrixXd kron(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b) {
  Eigen::MatrixXd k(a.rows() * b.rows(), a.cols() * b.cols());
  for (int i = 0; i < a.rows(); ++i)
    for (int j = 0; j < a.cols(); ++j)
      k.block(i * b.rows(), j * b.cols(), b.rows(), b.cols()) = a(i, j) * b;
  return k;
}

// Linear forms (class 1): mean H F^j x, variance sigma2 (1 + sum c_j^2), c_j = H F^(j-1) G.
EtsModel::Prediction class1(const Fit &fit, int h, std::vector<double> *cj) {
  const Form &f = fit.form;
  const int p = int(fit.finalState.size()), m = fit.m;
  const bool trend = hasTrend(f), seasonA = f.season == Component::Additive;
  Eigen::RowVectorXd H = Eigen::RowVectorXd::Zero(p);
  Eigen::MatrixXd F = Eigen::MatrixXd::Zero(p, p);
  Eigen::VectorXd G = Eigen::VectorXd::Zero(p);
  H(0) = 1;
  F(0, 0) = 1;
  G(0) = fit.alpha;
  if (trend) {
    H(1) = F(0, 1) = F(1, 1) = fit.phi;
    G(1) = fit.beta;
  }
  if (seasonA) {
    H(p - 1) = 1;
    F(p - m, p - 1) = 1;
    for (int i = 1; i < m; ++i)
      F(p - m + i, p - m + i - 1) = 1;
    G(p - m) = fit.gamma; // the newest season (R's class1 puts gamma at row 3, right only with a trend)
  }
  const Eigen::VectorXd x = Eigen::Map<const Eigen::VectorXd>(fit.finalState.data(), p);
  EtsModel::Prediction out;
  Eigen::MatrixXd Fj = Eigen::MatrixXd::Identity(p, p);
  double cum = 0;
  for (int i = 0; i < h; ++i) {
    out.mean.push_back(H * Fj * x);
    out.variance.push_back(fit.sigma2 * (1 + cum));
    const double c = H * Fj * G;
    if (cj)
      cj->push_back(c);
    cum += c * c;
    Fj = Fj * F;
  }
  return out;
}

// Multiplicative errors, linear mean (class 2).
EtsModel::Prediction class2(const Fit &fit, int h) {
  std::vector<double> cj;
  EtsModel::Prediction out = class1(fit, h, &cj);
  std::vector<double> theta(h);
  const double s2 = fit.sigma2;
  for (int j = 0; j < h; ++j) {
    theta[j] = out.mean[j] * out.mean[j];
    for (int i = 0; i < j; ++i)
      theta[j] += s2 * cj[i] * cj[i] * theta[j - 1 - i];
  }
  for (int j = 0; j < h; ++j)
    out.variance[j] = (1 + s2) * theta[j] - out.mean[j] * out.mean[j];
  return out;
}

// Multiplicative errors and season (class 3), R's class3().
EtsModel::Prediction class3(const Fit &fit, int h) {
  const Form &f = fit.form;
  const int m = fit.m, k = 1 + hasTrend(f);
  const double s2 = fit.sigma2;
  Eigen::MatrixXd H1 = Eigen::MatrixXd::Ones(1, k);
  Eigen::MatrixXd H2 = Eigen::MatrixXd::Zero(1, m);
  H2(0, m - 1) = 1;
  Eigen::MatrixXd F1(k, k), G1(k, k);
  if (k == 1) {
    F1(0, 0) = 1;
    G1(0, 0) = fit.alpha;
  } else {
    F1 << 1, 1, 0, fit.phi;
    G1 << fit.alpha, fit.alpha, fit.beta, fit.beta;
  }
  Eigen::MatrixXd F2 = Eigen::MatrixXd::Zero(m, m);
  F2(0, m - 1) = 1;
  for (int i = 1; i < m; ++i)
    F2(i, i - 1) = 1;
  Eigen::MatrixXd G2 = Eigen::MatrixXd::Zero(m, m);
  G2(0, m - 1) = fit.gamma;
  Eigen::MatrixXd Mh(k, m);
  for (int i = 0; i < k; ++i)
    for (int j = 0; j < m; ++j)
      Mh(i, j) = fit.finalState[i] * fit.finalState[k + j];
  Eigen::MatrixXd Vh = Eigen::MatrixXd::Zero(k * m, k * m);
  const Eigen::MatrixXd H21 = kron(H2, H1), F21 = kron(F2, F1), G21 = kron(G2, G1);
  const Eigen::MatrixXd K = kron(G2, F1) + kron(F2, G1);
  EtsModel::Prediction out;
  for (int i = 0; i < h; ++i) {
    const double mu = (H1 * Mh * H2.transpose())(0, 0);
    out.mean.push_back(mu);
    out.variance.push_back((1 + s2) * (H21 * Vh * H21.transpose())(0, 0) + s2 * mu * mu);
    const Eigen::VectorXd vecMh = Eigen::Map<const Eigen::VectorXd>(Mh.data(), Mh.size());
    const Eigen::MatrixXd mm = vecMh * vecMh.transpose();
    Vh = (F21 * Vh * F21.transpose() +
          s2 * (F21 * Vh * G21.transpose() + G21 * Vh * F21.transpose() + K * (Vh + mm) * K.transpose() +
                s2 * G21 * (3 * Vh + 2 * mm) * G21.transpose()))
             .eval();
    Mh = (F1 * Mh * F2.transpose() + G1 * Mh * G2.transpose() * s2).eval();
  }
  return out;
}

} // namespace

// ---------------------------------------------------------------------------- EtsModel

QString EtsModel::Form::name() const {
  return QStringLiteral("ETS(%1,%2%3,%4)")
      .arg(letter(error))
      .arg(letter(trend))
      .arg(damped ? QStringLiteral("d") : QString())
      .arg(letter(season));
}

QJsonObject EtsModel::Fit::toJson() const {
  QJsonArray init;
  for (double v : initialState)
    init.append(v);
  QJsonObject o{{"form", form.name()},  {"aicc", aicc},
                {"aic", aic},           {"bic", bic},
                {"loglik", -0.5 * lik}, {"sigma2", sigma2},
                {"alpha", alpha},       {"initial_states", init},
                {"seasonal_period", m}, {"parameters", parameters}};
  if (hasTrend(form))
    o.insert(QStringLiteral("beta"), beta);
  if (hasSeason(form))
    o.insert(QStringLiteral("gamma"), gamma);
  if (form.damped)
    o.insert(QStringLiteral("phi"), phi);
  return o;
}

QString EtsModel::name() const {
  return EtsModelText::tr("Exponential smoothing (ETS)");
}

int EtsModel::minimumLength(const TimeSeries &) const {
  return 7; // R's ets() needs n > 6 before it leaves Holt-Winters fallbacks
}

std::vector<Form> EtsModel::candidateForms(const std::vector<double> &y, int m, const QString &pattern,
                                           std::optional<bool> damped) {
  const QString pat = pattern.toUpper();
  const bool positive = !y.empty() && *std::min_element(y.begin(), y.end()) > 0;
  const bool seasonalOk = m > 1 && m <= kMaxSeasonalPeriod && int(y.size()) > m;
  auto choices = [](QChar c, std::vector<Component> all) {
    if (c == QLatin1Char('Z'))
      return all;
    return std::vector<Component>{*componentOf(c)};
  };
  std::vector<Form> forms;
  for (Component e : choices(pat[0], {Component::Additive, Component::Multiplicative}))
    for (Component t : choices(pat[1], {Component::None, Component::Additive}))
      for (Component s : choices(pat[2], {Component::None, Component::Additive, Component::Multiplicative}))
        for (bool d : {true, false}) {
          if (damped && d != *damped)
            continue;
          if (t == Component::None && d)
            continue;
          if (e == Component::Additive && (t == Component::Multiplicative || s == Component::Multiplicative))
            continue;
          if (e == Component::Multiplicative && t == Component::Multiplicative && s == Component::Additive)
            continue;
          if (e == Component::Multiplicative && !positive)
            continue;
          if (s != Component::None && !seasonalOk)
            continue;
          forms.push_back(Form{e, t, s, d});
        }
  return forms;
}

std::optional<EtsModel::Fit> EtsModel::fit(const std::vector<double> &y, int period, const Form &form) {
  const int n = int(y.size());
  const int m = hasSeason(form) ? period : 1;
  if (hasSeason(form) && (m < 2 || m > kMaxSeasonalPeriod || n <= m))
    return std::nullopt;
  if (form.trend == Component::Multiplicative)
    return std::nullopt; // not offered (allow.multiplicative.trend = FALSE)
  // In epidesk-cli's worker threads the fit ran 7x slower without (VectorUnitState.h).
  resetUpperVectorState();

  // initparam()
  std::vector<double> par;
  const double alpha = kLower[0] + 0.2 * (kUpper[0] - kLower[0]) / m;
  par.push_back(alpha);
  if (hasTrend(form)) {
    const double upper = std::min(kUpper[1], alpha);
    double beta = kLower[1] + 0.1 * (upper - kLower[1]);
    if (beta < 0 || beta > alpha)
      beta = alpha - 1e-3;
    par.push_back(beta);
  }
  if (hasSeason(form)) {
    const double upper = std::min(kUpper[2], 1 - alpha);
    double gamma = kLower[2] + 0.05 * (upper - kLower[2]);
    if (gamma < 0 || gamma > 1 - alpha)
      gamma = 1 - alpha - 1e-3;
    par.push_back(gamma);
  }
  if (form.damped)
    par.push_back(kLower[3] + 0.99 * (kUpper[3] - kLower[3]));

  const std::optional<std::vector<double>> init = initialState(y, form, m);
  if (!init)
    return std::nullopt;
  par.insert(par.end(), init->begin(), init->end());
  const int np = int(par.size());
  if (np >= n - 1)
    return std::nullopt;
  if (!std::isfinite(objective(y, form, m, par)))
    return std::nullopt; // R: "function cannot be evaluated at initial parameters"

  const std::vector<double> best = nelderMead(
      par, [&](const std::vector<double> &v) { return objective(y, form, m, v); }, -kInf,
      std::sqrt(std::numeric_limits<double>::epsilon()), 2000);

  Fit fit;
  fit.form = form;
  fit.m = m;
  const Params p = unpack(form, best);
  fit.alpha = p.alpha;
  fit.beta = p.beta;
  fit.gamma = p.gamma;
  fit.phi = p.phi;
  fit.initialState = fullState(form, m, best);
  fit.finalState = fit.initialState;
  fit.lik = etscalc(y, form, m, p, fit.finalState, &fit.residuals);
  if (!std::isfinite(fit.lik))
    return std::nullopt;
  fit.parameters = np + 1;
  const double k = fit.parameters;
  fit.aic = fit.lik + 2 * k;
  fit.bic = fit.lik + std::log(double(n)) * k;
  fit.aicc = n - k - 1 > 0 ? fit.aic + 2 * k * (k + 1) / (n - k - 1) : kInf;
  double sse = 0;
  for (double e : fit.residuals)
    sse += e * e;
  fit.sigma2 = sse / (n - np);
  if (!std::isfinite(fit.aicc) || !std::isfinite(fit.sigma2))
    return std::nullopt;
  for (double v : fit.finalState)
    if (!std::isfinite(v))
      return std::nullopt;
  return fit;
}

std::vector<EtsModel::Fit> EtsModel::fitAll(const std::vector<double> &y, int m, const QString &pattern,
                                            std::optional<bool> damped, Feedback *feedback) {
  std::vector<Fit> fits;
  for (const Form &form : candidateForms(y, m, pattern, damped)) {
    if (feedback && feedback->isCanceled())
      throw Canceled{};
    if (std::optional<Fit> f = fit(y, m, form))
      fits.push_back(std::move(*f));
  }
  if (fits.empty())
    throw std::invalid_argument(
        EtsModelText::tr("No ETS model can be fitted to %1 values.").arg(y.size()).toStdString());
  // Stable: ties keep R's order of trial (R keeps the first strictly better fit).
  std::stable_sort(fits.begin(), fits.end(), [](const Fit &a, const Fit &b) { return a.aicc < b.aicc; });
  return fits;
}

EtsModel::Prediction EtsModel::predict(const Fit &fit, int horizon) {
  const Form &f = fit.form;
  Prediction p;
  if (f.error == Component::Additive)
    p = class1(fit, horizon, nullptr);
  else if (f.season != Component::Multiplicative)
    p = class2(fit, horizon);
  else
    p = class3(fit, horizon);
  for (double &v : p.variance)
    v = std::max(v, 0.0);
  return p;
}

ModelForecast EtsModel::forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                 const ForecastPanel &, Feedback *feedback) const {
  if (horizon < 1)
    throw std::invalid_argument(EtsModelText::tr("The horizon must be at least 1.").toStdString());
  const int m = SeasonalNaiveModel::seasonalPeriod(series, options);
  const std::vector<double> &y = series.values;
  if (series.size() < minimumLength(series))
    throw std::invalid_argument(EtsModelText::tr("Series %1 has %2 values; ETS needs at least %3.")
                                    .arg(series.code)
                                    .arg(series.size())
                                    .arg(minimumLength(series))
                                    .toStdString());
  for (double v : y)
    if (!std::isfinite(v))
      throw std::invalid_argument(
          EtsModelText::tr("Series %1 has missing or non-finite values.").arg(series.code).toStdString());

  QString pattern = options.value(QLatin1String("model")).toString(QStringLiteral("ZZZ")).toUpper();
  static const QString kLetters[3] = {QStringLiteral("AMZ"), QStringLiteral("NAZ"), QStringLiteral("NAMZ")};
  if (pattern.size() != 3 || !kLetters[0].contains(pattern[0]) || !kLetters[1].contains(pattern[1]) ||
      !kLetters[2].contains(pattern[2]))
    throw std::invalid_argument(
        EtsModelText::tr(
            "model: must be three letters: error A/M/Z, trend N/A/Z, season N/A/M/Z (e.g. \"ZZZ\", \"MAM\")")
            .toStdString());
  std::optional<bool> damped;
  const QJsonValue d = options.value(QLatin1String("damped"));
  if (d.isBool())
    damped = d.toBool();
  else if (!d.isUndefined() && !d.isNull())
    throw std::invalid_argument(EtsModelText::tr("damped: must be true or false").toStdString());

  ModelForecast out;
  if (isConstant(y)) {
    // As R: ses(y, alpha = 0.99999, initial = "simple"): flat forecast, no uncertainty.
    out.mean.assign(horizon, y.back());
    out.lo80 = out.hi80 = out.lo95 = out.hi95 = out.mean;
    out.details =
        QJsonObject{{"form", QStringLiteral("ETS(A,N,N)")},
                    {"alpha", 0.99999},
                    {"sigma2", 0.0},
                    {"seasonal_period", 1},
                    {"note", EtsModelText::tr("constant series: flat forecast, zero-width intervals")}};
    return out;
  }

  const std::vector<Fit> fits = fitAll(y, m, pattern, damped, feedback);
  QJsonArray candidates;
  for (const Fit &f : fits)
    candidates.append(QJsonObject{{"form", f.form.name()}, {"aicc", f.aicc}});
  // Best AICc whose forecasts stay finite (a wild fit could overflow far out).
  for (const Fit &f : fits) {
    const Prediction p = predict(f, horizon);
    bool finite = true;
    for (int i = 0; i < horizon && finite; ++i)
      finite = std::isfinite(p.mean[i]) && std::isfinite(p.variance[i]);
    if (!finite)
      continue;
    for (int i = 0; i < horizon; ++i) {
      const double sd = std::sqrt(p.variance[i]);
      out.mean.push_back(p.mean[i]);
      out.lo80.push_back(p.mean[i] - kZ80 * sd);
      out.hi80.push_back(p.mean[i] + kZ80 * sd);
      out.lo95.push_back(p.mean[i] - kZ95 * sd);
      out.hi95.push_back(p.mean[i] + kZ95 * sd);
    }
    out.details = f.toJson();
    out.details.insert(QStringLiteral("candidates"), candidates);
    return out;
  }
  throw std::invalid_argument(
      EtsModelText::tr("No ETS model gives finite forecasts for %1.").arg(series.code).toStdString());
}

} // namespace epidesk
