#include "StructuralModel.h"
#include "Feedback.h"
#include "LassoSolver.h"
#include "SampleQuantile.h"
#include "StructuralFeatures.h"
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

using structural::FeatureMap;
using structural::kPi;
using structural::Seasonality;

namespace {

// This file's messages, in one context that lupdate sees too (it files the
// strings of a plain tr() wrapper function under the enclosing scope instead).
class StructuralText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::StructuralModel)
};

[[noreturn]] void fail(const QString &message) {
  throw std::invalid_argument(message.toStdString());
}

constexpr double kSigmaFloor = 1e-5; // scaled units

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
    const double lo80 = std::min(mean, toValue(sampleQuantile(sorted, 0.10)));
    const double lo95 = std::min(lo80, toValue(sampleQuantile(sorted, 0.025)));
    const double hi80 = std::max(mean, toValue(sampleQuantile(sorted, 0.90)));
    const double hi95 = std::max(hi80, toValue(sampleQuantile(sorted, 0.975)));
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
