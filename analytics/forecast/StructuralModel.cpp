#include "StructuralModel.h"
#include "Feedback.h"
#include "VectorUnitState.h"
#include <Eigen/Dense>
#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>

namespace epidesk {
namespace {

// This file's messages, in one context that lupdate sees too (it files the
// strings of a plain tr() wrapper function under the enclosing scope instead).
class StructuralText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::StructuralModel)
};

[[noreturn]] void fail(const QString &message) {
  throw std::invalid_argument(message.toStdString());
}

constexpr double kPi = 3.14159265358979323846;
constexpr double kSigmaFloor = 1e-5; // scaled units

struct Seasonality {
  QString name;
  double period = 0; // in steps of the series
  int order = 0;
};

struct Settings {
  int changepoints = 25;
  double changepointRange = 0.8;
  double tau = 0.05;
  double seasonalityScale = 10;
  int yearlyOrder = 0, weeklyOrder = 0;
  bool log = false;
  int samples = 1000;
  std::uint64_t seed = 20180101;
};

double yearPeriod(Frequency f) {
  switch (f) {
  case Frequency::Daily:
    return 365.25;
  case Frequency::Weekly:
    return 365.25 / 7;
  case Frequency::Monthly:
    return 12;
  case Frequency::Quarterly:
    return 4;
  case Frequency::Yearly:
    return 1;
  }
  return 12;
}

int defaultYearlyOrder(Frequency f) {
  switch (f) {
  case Frequency::Daily:
    return 10;
  case Frequency::Weekly:
    return 5;
  case Frequency::Monthly:
    return 5; // 10 terms for 11 free monthly effects
  case Frequency::Quarterly:
    return 2; // sin(pi t) vanishes: 3 terms for 3 free quarterly effects
  case Frequency::Yearly:
    return 0;
  }
  return 0;
}

double numberOption(const QJsonObject &options, const char *key, double fallback, double lo, double hi,
                    bool integer) {
  const QJsonValue v = options.value(QLatin1String(key));
  if (v.isUndefined() || v.isNull())
    return fallback;
  const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
  if (!v.isDouble() || !(d >= lo && d <= hi) || (integer && d != std::floor(d)))
    fail(integer ? StructuralText::tr("Option \"%1\" must be an integer from %2 to %3.")
                       .arg(QLatin1String(key))
                       .arg(lo)
                       .arg(hi)
                 : StructuralText::tr("Option \"%1\" must be a number from %2 to %3.")
                       .arg(QLatin1String(key))
                       .arg(lo)
                       .arg(hi));
  return d;
}

Settings parseSettings(const QJsonObject &o, Frequency f) {
  Settings s;
  s.changepoints = int(numberOption(o, "changepoints", 25, 0, 1000, true));
  s.changepointRange = numberOption(o, "changepoint_range", 0.8, 0.01, 1, false);
  s.tau = numberOption(o, "changepoint_prior_scale", 0.05, 1e-6, 1e6, false);
  s.seasonalityScale = numberOption(o, "seasonality_prior_scale", 10, 1e-6, 1e6, false);
  s.yearlyOrder = int(numberOption(o, "yearly_order", defaultYearlyOrder(f), 0, 50, true));
  s.weeklyOrder = int(numberOption(o, "weekly_order", f == Frequency::Daily ? 3 : 0, 0, 3, true));
  const QJsonValue log = o.value(QStringLiteral("log"));
  if (!log.isUndefined() && !log.isNull() && !log.isBool())
    fail(StructuralText::tr("Option \"log\" must be true or false."));
  s.log = log.toBool(false);
  s.samples = int(numberOption(o, "samples", 1000, 10, 1000000, true));
  s.seed = std::uint64_t(numberOption(o, "seed", 20180101, 0, 9007199254740991.0, true));
  return s;
}

// Columns: k (t), m (1), one (t - s_j)_+ per changepoint, then sin/cos pairs
// per seasonality. t = index / (n - 1); Fourier terms use the step index.
class FeatureMap {
public:
  FeatureMap(int n, std::vector<double> changepoints, const std::vector<Seasonality> &seasonalities)
      : m_n(n), m_changepoints(std::move(changepoints)) {
    for (int s = 0; s < int(seasonalities.size()); ++s)
      for (int r = 1; r <= seasonalities[size_t(s)].order; ++r)
        for (int isCos = 0; isCos < 2; ++isCos) {
          const Term term{s, r, isCos == 1, seasonalities[size_t(s)].period};
          // sin at the Nyquist frequency is zero on the grid: an empty column.
          double maxAbs = 0;
          for (int i = 0; i < n; ++i)
            maxAbs = std::max(maxAbs, std::abs(term.value(i)));
          if (maxAbs > 1e-8)
            m_terms.push_back(term);
        }
  }

  int deltaBegin() const { return 2; }
  int deltaEnd() const { return 2 + int(m_changepoints.size()); }
  int columns() const { return deltaEnd() + int(m_terms.size()); }
  double time(double index) const { return index / double(m_n - 1); }
  const std::vector<double> &changepoints() const { return m_changepoints; }
  // Index of the seasonality a column belongs to, -1 for trend columns.
  int seasonalityOf(int column) const {
    return column < deltaEnd() ? -1 : m_terms[size_t(column - deltaEnd())].seasonality;
  }

  void row(double index, double *out) const {
    const double t = time(index);
    out[0] = t;
    out[1] = 1;
    for (size_t j = 0; j < m_changepoints.size(); ++j)
      out[2 + j] = std::max(0.0, t - m_changepoints[j]);
    for (size_t c = 0; c < m_terms.size(); ++c)
      out[size_t(deltaEnd()) + c] = m_terms[c].value(index);
  }

  Eigen::MatrixXd matrix(int firstIndex, int rows) const {
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x(rows, columns());
    for (int i = 0; i < rows; ++i)
      row(firstIndex + i, x.row(i).data());
    return x;
  }

private:
  struct Term {
    int seasonality;
    int order;
    bool isCos;
    double period;
    double value(double index) const {
      const double a = 2 * kPi * order * index / period;
      return isCos ? std::cos(a) : std::sin(a);
    }
  };
  int m_n;
  std::vector<double> m_changepoints;
  std::vector<Term> m_terms;
};

// Minimises 1/2 theta' H theta - c' theta + mu sum_{j in L} |theta_j| (a lasso).
class LassoSolver {
public:
  LassoSolver(const Eigen::MatrixXd &h, const Eigen::VectorXd &c, const std::vector<char> &l1, double mu)
      : m_h(h), m_c(c), m_l1(l1), m_mu(mu) {}

  // Warm-started from theta; returns the iterations used. Feature-sign search
  // (Lee et al. 2007, an active-set method) is exact in a few small solves;
  // coordinate descent is the fallback should it stall.
  int solve(Eigen::VectorXd &theta, bool &converged) const {
    int used = 0;
    if (featureSign(theta, used)) {
      converged = true;
      return used;
    }
    return used + coordinateDescent(theta, converged);
  }

private:
  double objective(const Eigen::VectorXd &theta) const {
    double penalty = 0;
    for (int j = 0; j < int(theta.size()); ++j)
      if (m_l1[size_t(j)])
        penalty += std::abs(theta[j]);
    return 0.5 * theta.dot(m_h * theta) - m_c.dot(theta) + m_mu * penalty;
  }

  bool featureSign(Eigen::VectorXd &theta, int &used) const {
    const int p = int(theta.size());
    std::vector<int> sign(size_t(p), 0);
    std::vector<char> active(size_t(p), 0);
    for (int j = 0; j < p; ++j) {
      active[size_t(j)] = !m_l1[size_t(j)] || theta[j] != 0;
      sign[size_t(j)] = theta[j] > 0 ? 1 : theta[j] < 0 ? -1 : 0;
    }
    const int maxSteps = 20 * p + 100;
    for (; used < maxSteps; ++used) {
      bool crossed = false;
      if (!featureSignStep(theta, active, sign, crossed))
        return false;
      if (crossed)
        continue; // a coefficient reached zero: re-solve on the smaller support
      // Optimal on the support: add the zero coordinate that violates |g| <= mu most.
      const Eigen::VectorXd g = m_c - m_h * theta;
      int worst = -1;
      double worstValue = m_mu * (1 + 1e-9) + 1e-12;
      for (int j = 0; j < p; ++j)
        if (m_l1[size_t(j)] && !active[size_t(j)] && std::abs(g[j]) > worstValue) {
          worst = j;
          worstValue = std::abs(g[j]);
        }
      if (worst < 0)
        return true;
      active[size_t(worst)] = 1;
      sign[size_t(worst)] = g[worst] > 0 ? 1 : -1;
    }
    return false;
  }

  // Minimises the quadratic on the support with the signs fixed, then takes
  // the best point on the segment towards it (ends and zero crossings).
  bool featureSignStep(Eigen::VectorXd &theta, std::vector<char> &active, std::vector<int> &sign,
                       bool &crossed) const {
    std::vector<int> a;
    for (int j = 0; j < int(theta.size()); ++j)
      if (active[size_t(j)])
        a.push_back(j);
    const Eigen::Index n = Eigen::Index(a.size());
    Eigen::MatrixXd haa(n, n);
    Eigen::VectorXd rhs(n);
    for (Eigen::Index r = 0; r < n; ++r) {
      for (Eigen::Index q = 0; q < n; ++q)
        haa(r, q) = m_h(a[size_t(r)], a[size_t(q)]);
      rhs[r] = m_c[a[size_t(r)]] - m_mu * sign[size_t(a[size_t(r)])];
    }
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(haa);
    const Eigen::VectorXd x = ldlt.solve(rhs);
    if (ldlt.info() != Eigen::Success || !x.allFinite() || (haa * x - rhs).norm() > 1e-6 * (1 + rhs.norm()))
      return false;
    Eigen::VectorXd target = theta;
    for (Eigen::Index r = 0; r < n; ++r)
      target[a[size_t(r)]] = x[r];
    std::vector<double> steps{1.0};
    for (int j : a)
      if (m_l1[size_t(j)] && theta[j] != 0 && target[j] * theta[j] < 0)
        steps.push_back(theta[j] / (theta[j] - target[j]));
    double bestStep = 1, best = std::numeric_limits<double>::infinity();
    for (double step : steps) {
      Eigen::VectorXd point = theta + step * (target - theta);
      for (int j : a) // land exactly on zero at a crossing
        if (m_l1[size_t(j)] && theta[j] != 0 && std::abs(point[j]) <= 1e-14 * (1 + std::abs(theta[j])))
          point[j] = 0;
      const double value = objective(point);
      if (value < best) {
        best = value;
        bestStep = step;
      }
    }
    crossed = bestStep < 1;
    const Eigen::VectorXd next = theta + bestStep * (target - theta);
    for (int j : a) {
      double v = next[j];
      if (m_l1[size_t(j)] && theta[j] != 0 && std::abs(v) <= 1e-14 * (1 + std::abs(theta[j])))
        v = 0;
      theta[j] = v;
      if (m_l1[size_t(j)]) {
        sign[size_t(j)] = v > 0 ? 1 : v < 0 ? -1 : sign[size_t(j)];
        if (v == 0 && bestStep < 1)
          active[size_t(j)] = 0, sign[size_t(j)] = 0;
      }
    }
    return true;
  }

  int coordinateDescent(Eigen::VectorXd &theta, bool &converged) const {
    const int p = int(theta.size());
    Eigen::VectorXd ht = m_h * theta;
    converged = false;
    constexpr int kMaxSweeps = 20000;
    int sweep = 0;
    for (; sweep < kMaxSweeps; ++sweep) {
      double maxChange = 0;
      for (int j = 0; j < p; ++j) {
        const double hjj = m_h(j, j);
        const double z = m_c[j] - ht[j] + hjj * theta[j];
        const double next = m_l1[size_t(j)] ? softThreshold(z, m_mu) / hjj : z / hjj;
        const double d = next - theta[j];
        if (d != 0) {
          ht += m_h.col(j) * d;
          theta[j] = next;
          maxChange = std::max(maxChange, std::abs(d) * std::sqrt(hjj));
        }
      }
      // Coordinate descent finds the signs fast but converges slowly along
      // correlated hinge columns; an exact solve on the support finishes it.
      if ((sweep % 5 == 4 || maxChange < 1e-11) && polish(theta)) {
        converged = true;
        return sweep + 1;
      }
      if (maxChange < 1e-11) {
        converged = true;
        return sweep + 1;
      }
    }
    return sweep;
  }

  static double softThreshold(double z, double mu) { return z > mu ? z - mu : z < -mu ? z + mu : 0.0; }

  // Solves the stationarity equations on the current support with fixed signs;
  // accepted only when signs and the optimality conditions off the support hold.
  bool polish(Eigen::VectorXd &theta) const {
    const int p = int(theta.size());
    std::vector<int> active;
    for (int j = 0; j < p; ++j)
      if (!m_l1[size_t(j)] || theta[j] != 0)
        active.push_back(j);
    const int a = int(active.size());
    Eigen::MatrixXd haa(a, a);
    Eigen::VectorXd rhs(a);
    for (int r = 0; r < a; ++r) {
      const int j = active[size_t(r)];
      for (int q = 0; q < a; ++q)
        haa(r, q) = m_h(j, active[size_t(q)]);
      rhs[r] = m_c[j] - (m_l1[size_t(j)] ? m_mu * (theta[j] > 0 ? 1 : -1) : 0.0);
    }
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(haa);
    if (ldlt.info() != Eigen::Success)
      return false;
    const Eigen::VectorXd x = ldlt.solve(rhs);
    if (!x.allFinite() || (haa * x - rhs).norm() > 1e-6 * (1 + rhs.norm()))
      return false;
    Eigen::VectorXd candidate = Eigen::VectorXd::Zero(p);
    for (int r = 0; r < a; ++r) {
      const int j = active[size_t(r)];
      if (m_l1[size_t(j)] && x[r] * theta[j] <= 0)
        return false; // a sign flipped: support not settled yet
      candidate[j] = x[r];
    }
    const Eigen::VectorXd grad = m_c - m_h * candidate;
    for (int j = 0; j < p; ++j)
      if (m_l1[size_t(j)] && candidate[j] == 0 && std::abs(grad[j]) > m_mu * (1 + 1e-9) + 1e-12)
        return false;
    theta = candidate;
    return true;
  }

  const Eigen::MatrixXd &m_h;
  const Eigen::VectorXd &m_c;
  const std::vector<char> &m_l1;
  double m_mu;
};

struct MapFit {
  Eigen::VectorXd theta;
  double sigma = 1;
  int sweeps = 0;
  bool converged = false;
  double objective = 0;
};

// Alternates the lasso step for the coefficients (sigma fixed) with the
// closed-form sigma maximising n log-lik + half-normal(0.5) prior.
MapFit fitMap(const Eigen::MatrixXd &x, const Eigen::VectorXd &y, const Eigen::VectorXd &precision,
              const std::vector<char> &l1, double lambda) {
  const int n = int(y.size());
  const Eigen::MatrixXd gram = x.transpose() * x;
  const Eigen::VectorXd c = x.transpose() * y;
  MapFit fit;
  fit.theta = Eigen::VectorXd::Zero(x.cols());
  const double mean = y.mean();
  double sigma2 = std::max((y.array() - mean).square().sum() / n, kSigmaFloor * kSigmaFloor);
  {
    // Start from the fit without changepoints: exact when the trend has no
    // breaks, and close otherwise (coordinate descent from 0 crawls on
    // near-collinear hinge columns when sigma is small).
    std::vector<int> smooth;
    for (int j = 0; j < int(l1.size()); ++j)
      if (!l1[size_t(j)])
        smooth.push_back(j);
    Eigen::MatrixXd hs(smooth.size(), smooth.size());
    Eigen::VectorXd cs(smooth.size());
    for (size_t r = 0; r < smooth.size(); ++r) {
      cs[Eigen::Index(r)] = c[smooth[r]];
      for (size_t q = 0; q < smooth.size(); ++q)
        hs(Eigen::Index(r), Eigen::Index(q)) = gram(smooth[r], smooth[q]);
      hs(Eigen::Index(r), Eigen::Index(r)) += sigma2 * precision[smooth[r]];
    }
    const Eigen::VectorXd start = hs.ldlt().solve(cs);
    if (start.allFinite())
      for (size_t r = 0; r < smooth.size(); ++r)
        fit.theta[smooth[r]] = start[Eigen::Index(r)];
  }
  double previous = std::numeric_limits<double>::infinity();
  for (int outer = 0; outer < 200; ++outer) {
    Eigen::MatrixXd h = gram;
    h.diagonal() += sigma2 * precision;
    bool converged = false;
    fit.sweeps += LassoSolver(h, c, l1, sigma2 * lambda).solve(fit.theta, converged);
    fit.converged = converged;
    const double rss = (y - x * fit.theta).squaredNorm();
    sigma2 = std::max((-n + std::sqrt(double(n) * n + 16 * rss)) / 8, kSigmaFloor * kSigmaFloor);
    // Negative log posterior (up to a constant); alternating never increases it,
    // so stop when it stalls (a changepoint on the edge can make sigma flicker).
    double value = rss / (2 * sigma2) + 0.5 * n * std::log(sigma2) + 2 * sigma2;
    for (int j = 0; j < int(l1.size()); ++j)
      value +=
          l1[size_t(j)] ? lambda * std::abs(fit.theta[j]) : 0.5 * precision[j] * fit.theta[j] * fit.theta[j];
    fit.objective = value;
    if (outer > 0 && previous - value <= 1e-10 * (1 + std::abs(value)))
      break;
    previous = value;
  }
  fit.sigma = std::sqrt(sigma2);
  return fit;
}

// Own samplers on mt19937_64 (whose output the standard fixes), so a seed gives
// the same intervals with any standard library.
class Rng {
public:
  explicit Rng(std::uint64_t seed) : m_engine(seed) {}
  double uniform() { return (double(m_engine() >> 11) + 0.5) * (1.0 / 9007199254740992.0); } // (0, 1)
  double normal() {
    if (m_hasSpare) {
      m_hasSpare = false;
      return m_spare;
    }
    const double r = std::sqrt(-2 * std::log(uniform())), a = 2 * kPi * uniform();
    m_spare = r * std::sin(a);
    m_hasSpare = true;
    return r * std::cos(a);
  }
  double laplace(double scale) {
    const double u = uniform() - 0.5;
    return -scale * (u < 0 ? -1 : 1) * std::log(1 - 2 * std::abs(u));
  }
  int poisson(double mean) {
    if (mean <= 0)
      return 0;
    if (mean > 30)
      return std::max(0, int(std::lround(mean + std::sqrt(mean) * normal())));
    const double limit = std::exp(-mean);
    int k = 0;
    for (double prod = uniform(); prod > limit; prod *= uniform())
      ++k;
    return k;
  }

private:
  std::mt19937_64 m_engine;
  double m_spare = 0;
  bool m_hasSpare = false;
};

// Type-7 quantile of sorted values.
double quantile(const std::vector<double> &sorted, double p) {
  const double pos = p * double(sorted.size() - 1);
  const size_t lo = size_t(std::floor(pos));
  const size_t hi = std::min(sorted.size() - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - double(lo));
}

// Prophet's changepoint grid: round(linspace(0, floor(range n) - 1, C + 1)) minus the first.
std::vector<int> changepointIndices(int n, const Settings &s) {
  const int hist = int(std::floor(n * s.changepointRange));
  const int count = std::min(s.changepoints, std::max(0, hist - 1));
  std::vector<int> out;
  for (int j = 1; j <= count; ++j)
    out.push_back(int(std::nearbyint(double(hist - 1) * j / count)));
  return out;
}

QJsonArray toJson(const std::vector<double> &v) {
  QJsonArray a;
  for (double x : v)
    a.append(x);
  return a;
}

} // namespace

QString StructuralModel::name() const {
  return StructuralText::tr("Bayesian structural model (Prophet-style)");
}

int StructuralModel::minimumLength(const TimeSeries &) const {
  return 3;
}

ModelForecast StructuralModel::forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                        const ForecastPanel &, Feedback *feedback) const {
  if (horizon < 1)
    fail(StructuralText::tr("The forecast horizon must be at least 1."));
  const Settings s = parseSettings(options, series.frequency);
  const int n = series.size();
  if (n < 3)
    fail(StructuralText::tr("The series %1 has %2 points; the structural model needs at least 3.")
             .arg(series.code)
             .arg(n));
  for (double v : series.values) {
    if (!std::isfinite(v))
      fail(StructuralText::tr("The series %1 has missing or invalid values; fill the gaps first.")
               .arg(series.code));
    if (s.log && v <= -1)
      fail(StructuralText::tr("The log link needs values above -1; series %1 has %2.")
               .arg(series.code)
               .arg(v));
  }
  if (feedback && feedback->isCanceled())
    throw Canceled{};
  // In epidesk-cli's worker threads the fit ran 4x slower without (VectorUnitState.h).
  resetUpperVectorState();

  // Model units: log1p(y) with the log link; fitted on y / max|y| as Prophet.
  Eigen::VectorXd y(n);
  for (int i = 0; i < n; ++i)
    y[i] = s.log ? std::log1p(series.values[size_t(i)]) : series.values[size_t(i)];
  double yScale = y.cwiseAbs().maxCoeff();
  if (!(yScale > 0))
    yScale = 1;
  y /= yScale;

  // Seasonalities with fewer than two periods of history cannot be told from the trend.
  std::vector<Seasonality> seasonalities;
  QJsonArray dropped;
  auto consider = [&](const QString &name, double period, int order) {
    if (order <= 0)
      return;
    if (n < 2 * period)
      dropped.append(name);
    else
      seasonalities.push_back({name, period, order});
  };
  consider(QStringLiteral("yearly"), yearPeriod(series.frequency), s.yearlyOrder);
  if (series.frequency == Frequency::Daily)
    consider(QStringLiteral("weekly"), 7, s.weeklyOrder);

  const std::vector<int> cpIndex = changepointIndices(n, s);
  std::vector<double> cpTime;
  for (int i : cpIndex)
    cpTime.push_back(double(i) / (n - 1));
  const FeatureMap features(n, cpTime, seasonalities);
  const int p = features.columns();
  Eigen::VectorXd precision = Eigen::VectorXd::Zero(p);
  std::vector<char> l1(size_t(p), 0);
  precision[0] = precision[1] = 1.0 / 25; // k, m ~ N(0, 5^2)
  for (int j = features.deltaBegin(); j < features.deltaEnd(); ++j)
    l1[size_t(j)] = 1;
  for (int j = features.deltaEnd(); j < p; ++j)
    precision[j] = 1 / (s.seasonalityScale * s.seasonalityScale);

  const MapFit fit = fitMap(features.matrix(0, n), y, precision, l1, 1 / s.tau);

  // MAP forecast and its components (scaled units).
  const Eigen::MatrixXd future = features.matrix(n, horizon);
  const Eigen::VectorXd yhat = future * fit.theta;
  std::vector<std::vector<double>> components(seasonalities.size() + 1,
                                              std::vector<double>(size_t(horizon), 0));
  for (int i = 0; i < horizon; ++i)
    for (int j = 0; j < p; ++j)
      components[size_t(features.seasonalityOf(j) + 1)][size_t(i)] += future(i, j) * fit.theta[j] * yScale;

  // Simulated futures: new changepoints at the historical rate plus noise.
  double meanAbsDelta = 1e-8;
  for (int j = features.deltaBegin(); j < features.deltaEnd(); ++j)
    meanAbsDelta += std::abs(fit.theta[j]) / std::max(1, int(cpIndex.size()));
  const double tEnd = features.time(n - 1 + horizon);
  const double rate = double(cpIndex.size()); // per history length (t in [0, 1])
  Rng rng(s.seed);
  Eigen::MatrixXd draws(horizon, s.samples);
  std::vector<std::pair<double, double>> changes;
  for (int d = 0; d < s.samples; ++d) {
    changes.clear();
    const int count = rng.poisson(rate * (tEnd - 1));
    for (int c = 0; c < count; ++c) {
      const double at = 1 + rng.uniform() * (tEnd - 1);
      changes.emplace_back(at, rng.laplace(meanAbsDelta));
    }
    for (int i = 0; i < horizon; ++i) {
      const double t = features.time(n + i);
      double v = yhat[i] + fit.sigma * rng.normal();
      for (const auto &ch : changes)
        v += ch.second * std::max(0.0, t - ch.first);
      draws(i, d) = v;
    }
  }

  // With the log link on counts, values below 0 (down to -1) are not counts.
  const bool clipAtZero =
      s.log && std::all_of(series.values.begin(), series.values.end(), [](double v) { return v >= 0; });
  auto toValue = [&](double scaled) {
    const double v = scaled * yScale;
    const double out = s.log ? std::expm1(std::min(v, 700.0)) : v;
    if (clipAtZero && out < 0)
      return 0.0;
    return std::isfinite(out) ? out : 0.0; // unreachable guard: inputs are finite
  };
  ModelForecast out;
  std::vector<double> sorted(size_t(s.samples));
  for (int i = 0; i < horizon; ++i) {
    for (int d = 0; d < s.samples; ++d)
      sorted[size_t(d)] = draws(i, d);
    std::sort(sorted.begin(), sorted.end());
    const double mean = toValue(yhat[i]);
    const double lo80 = std::min(mean, toValue(quantile(sorted, 0.10)));
    const double lo95 = std::min(lo80, toValue(quantile(sorted, 0.025)));
    const double hi80 = std::max(mean, toValue(quantile(sorted, 0.90)));
    const double hi95 = std::max(hi80, toValue(quantile(sorted, 0.975)));
    out.mean.push_back(mean);
    out.lo80.push_back(lo80);
    out.hi80.push_back(hi80);
    out.lo95.push_back(lo95);
    out.hi95.push_back(hi95);
  }

  QJsonArray changepoints;
  for (size_t j = 0; j < cpIndex.size(); ++j) {
    const double delta = fit.theta[features.deltaBegin() + int(j)];
    changepoints.append(QJsonObject{{QStringLiteral("period"), series.periodLabel(cpIndex[j])},
                                    {QStringLiteral("index"), cpIndex[j]},
                                    {QStringLiteral("delta"), delta},
                                    // slope change per period, in model units
                                    {QStringLiteral("rate_change"), delta * yScale / (n - 1)}});
  }
  QJsonArray seasonalJson;
  for (const Seasonality &season : seasonalities)
    seasonalJson.append(QJsonObject{{QStringLiteral("name"), season.name},
                                    {QStringLiteral("period"), season.period},
                                    {QStringLiteral("order"), season.order}});
  QJsonObject componentJson{{QStringLiteral("trend"), toJson(components[0])}};
  for (size_t c = 0; c < seasonalities.size(); ++c)
    componentJson.insert(seasonalities[c].name, toJson(components[c + 1]));
  out.details =
      QJsonObject{{QStringLiteral("model"), QStringLiteral("bayes")},
                  {QStringLiteral("changepoints"), changepoints},
                  {QStringLiteral("k"), fit.theta[0]},
                  {QStringLiteral("m"), fit.theta[1]},
                  {QStringLiteral("sigma"), fit.sigma * yScale},
                  {QStringLiteral("y_scale"), yScale},
                  {QStringLiteral("log"), s.log},
                  {QStringLiteral("units"), s.log ? QStringLiteral("log1p") : QStringLiteral("value")},
                  {QStringLiteral("changepoint_prior_scale"), s.tau},
                  {QStringLiteral("seasonalities"), seasonalJson},
                  {QStringLiteral("dropped_seasonalities"), dropped},
                  {QStringLiteral("components"), componentJson},
                  {QStringLiteral("samples"), s.samples},
                  {QStringLiteral("seed"), double(s.seed)},
                  {QStringLiteral("iterations"), fit.sweeps},
                  {QStringLiteral("neg_log_posterior"), fit.objective},
                  {QStringLiteral("converged"), fit.converged}};
  return out;
}

} // namespace epidesk
