#include "ThetaModel.h"
#include "ForecastInput.h"
#include "NelderMead.h"
#include "SeasonalNaiveModel.h"
#include "StandardNormal.h"
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace epidesk {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// This file's messages, in one context that lupdate sees too.
class ThetaModelText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ThetaModel)
};

// forecast's is.constant(): all.equal(y, rep(y[1], n)), mean relative difference < 1.5e-8.
bool isConstant(const std::vector<double> &y) {
  double diff = 0, total = 0;
  for (double v : y) {
    diff += std::fabs(v - y[0]);
    total += std::fabs(v);
  }
  return total == 0 ? diff < 1.5e-8 : diff / total < 1.5e-8;
}

// thetaf's test: the lag-m autocorrelation (R's acf: demeaned, divided by n)
// against Bartlett's standard error of the lags below m, one-sided 90 %.
bool seasonalityTest(const std::vector<double> &y, int m) {
  const int n = int(y.size());
  double mean = 0;
  for (double v : y)
    mean += v;
  mean /= n;
  double c0 = 0;
  for (double v : y)
    c0 += (v - mean) * (v - mean);
  std::vector<double> r(size_t(m) + 1, 0.0);
  for (int k = 1; k <= m; ++k) {
    double c = 0;
    for (int t = 0; t + k < n; ++t)
      c += (y[t] - mean) * (y[t + k] - mean);
    r[k] = c / c0;
  }
  double sum = 0;
  for (int k = 1; k < m; ++k)
    sum += r[k] * r[k];
  const double stat = std::sqrt((1 + 2 * sum) / n);
  return std::fabs(r[m]) / stat > StandardNormal::quantile(0.95);
}

// R's decompose(type = "multiplicative")$seasonal: centred moving average
// (2 x m for even m), per-position means of y / trend counted from the first
// value, normalised to mean 1. Empty when an index is not finite.
std::vector<double> seasonalIndices(const std::vector<double> &y, int m) {
  const int n = int(y.size());
  std::vector<double> w;
  if (m % 2 == 0) {
    w.assign(size_t(m) + 1, 1.0 / m);
    w.front() = w.back() = 0.5 / m;
  } else {
    w.assign(size_t(m), 1.0 / m);
  }
  const int half = int(w.size()) / 2;
  std::vector<double> sum(size_t(m), 0.0);
  std::vector<int> count(size_t(m), 0);
  for (int t = half; t + half < n; ++t) {
    double trend = 0;
    for (int j = 0; j < int(w.size()); ++j)
      trend += w[j] * y[t - half + j];
    const double ratio = y[t] / trend;
    if (std::isnan(ratio))
      continue; // a window of zeros (0 / 0); R's mean(na.rm = TRUE) drops it
    sum[t % m] += ratio;
    ++count[t % m];
  }
  std::vector<double> figure(static_cast<size_t>(m));
  double mean = 0;
  for (int i = 0; i < m; ++i) {
    figure[i] = sum[i] / count[i];
    mean += figure[i] / m;
  }
  std::vector<double> out(static_cast<size_t>(n));
  for (int t = 0; t < n; ++t) {
    out[t] = figure[t % m] / mean;
    if (!std::isfinite(out[t]))
      return {};
  }
  return out;
}

struct Ses {
  double alpha = 0, level = 0, sigma2 = 0;
};

// forecast::ses(): ets(x, "ANN", opt.crit = "mse"). Same start, bounds and
// optimiser as ets, so the same optimum up to rounding.
Ses fitSes(const std::vector<double> &x) {
  const int n = int(x.size());
  auto run = [&](double alpha, double level, double *finalLevel) {
    double sse = 0;
    for (double v : x) {
      const double e = v - level;
      sse += e * e;
      level += alpha * e;
    }
    if (finalLevel)
      *finalLevel = level;
    return sse;
  };
  const int first = std::min(10, n);
  double l0 = 0;
  for (int t = 0; t < first; ++t)
    l0 += x[t];
  l0 /= first;
  const double lower = 1e-4, upper = 0.9999;
  std::vector<double> par = {lower + 0.2 * (upper - lower), l0};
  par = nelderMead(
      par,
      [&](const std::vector<double> &p) {
        if (p[0] < lower || p[0] > upper)
          return kInf;
        return run(p[0], p[1], nullptr) / n;
      },
      -kInf, std::sqrt(std::numeric_limits<double>::epsilon()), 2000);
  Ses s;
  s.alpha = par[0];
  s.sigma2 = run(par[0], par[1], &s.level) / (n - 2);
  return s;
}

} // namespace

QString ThetaModel::name() const {
  return ThetaModelText::tr("Theta");
}

int ThetaModel::minimumLength(const TimeSeries &) const {
  return 7;
}

ModelForecast ThetaModel::forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                   const ForecastPanel &, Feedback *) const {
  requireForecastable(series, horizon, minimumLength(series), name());
  const int m = SeasonalNaiveModel::seasonalPeriod(series, options);
  const int n = series.size();

  std::vector<double> x = series.values;
  std::vector<double> indices;
  if (m > 1 && n > 2 * m && !isConstant(x) && seasonalityTest(x, m)) {
    indices = seasonalIndices(x, m);
    // thetaf's guard against dividing by (nearly) zero; ours also catches non-finite indices.
    if (std::any_of(indices.begin(), indices.end(), [](double s) { return std::fabs(s) < 1e-4; }))
      indices.clear();
  }
  for (size_t t = 0; t < indices.size(); ++t)
    x[t] /= indices[t];

  const Ses ses = fitSes(x);
  // lsfit(0:(n - 1), x) slope, halved: the theta = 2 line's trend.
  double tMean = (n - 1) / 2.0, xMean = 0;
  for (double v : x)
    xMean += v / n;
  double sxy = 0, sxx = 0;
  for (int t = 0; t < n; ++t) {
    sxy += (t - tMean) * (x[t] - xMean);
    sxx += (t - tMean) * (t - tMean);
  }
  const double drift = sxy / sxx / 2;
  const double alpha = std::max(1e-10, ses.alpha);
  const double offset = (1 - std::pow(1 - alpha, n)) / alpha;

  const double z80 = StandardNormal::quantile(0.90), z95 = StandardNormal::quantile(0.975);
  ModelForecast f;
  for (int h = 0; h < horizon; ++h) {
    double mean = ses.level + drift * (h + offset);
    if (!indices.empty())
      mean *= indices[size_t(n - m + h % m)];
    const double sd = std::sqrt(ses.sigma2 * (h * alpha * alpha + 1));
    f.mean.push_back(mean);
    f.lo80.push_back(mean - z80 * sd);
    f.hi80.push_back(mean + z80 * sd);
    f.lo95.push_back(mean - z95 * sd);
    f.hi95.push_back(mean + z95 * sd);
  }
  for (int h = 0; h < horizon; ++h)
    if (!std::isfinite(f.mean[h]) || !std::isfinite(f.lo95[h]) || !std::isfinite(f.hi95[h]))
      throw std::invalid_argument(ThetaModelText::tr("The Theta method gives no finite forecast for %1.")
                                      .arg(series.code)
                                      .toStdString());
  f.details = QJsonObject{{"form", QStringLiteral("Theta")},
                          {"alpha", alpha},
                          {"drift", drift},
                          {"level", ses.level},
                          {"sigma2", ses.sigma2},
                          {"seasonal", !indices.empty()},
                          {"seasonal_period", m}};
  return f;
}

} // namespace epidesk
