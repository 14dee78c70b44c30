#include "IntermittentModel.h"
#include "ForecastInput.h"
#include "StandardNormal.h"
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class IntermittentModelText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::IntermittentModel)
};

enum class Method { Tsb, Croston, Sba };

struct Fit {
  double alpha = 0, beta = 0;
  double probability = 0, size = 0; // final state: P(non-zero), mean non-zero size
  double mse = 0;                   // in-sample one-step
  double mean() const { return probability * size; }
};

// One pass of TSB; returns the sum of squared one-step errors over all periods.
double runTsb(const std::vector<double> &y, double alpha, double beta, Fit *out) {
  int nonZero = 0;
  double sizeSum = 0;
  for (double v : y)
    if (v > 0) {
      ++nonZero;
      sizeSum += v;
    }
  double p = double(nonZero) / double(y.size()), z = sizeSum / nonZero;
  double sse = 0;
  for (double v : y) {
    const double e = v - p * z;
    sse += e * e;
    if (v > 0) {
      p += beta * (1 - p);
      z += alpha * (v - z);
    } else {
      p -= beta * p;
    }
  }
  if (out) {
    out->alpha = alpha;
    out->beta = beta;
    out->probability = p;
    out->size = z;
    out->mse = sse / double(y.size());
  }
  return sse;
}

// One pass of Croston as forecast::croston2 (ses(initial = "simple") on sizes
// and intervals, the first interval counted from before the first value).
// Errors are those of the periods after the first non-zero one (the earlier
// ones have no forecast in R); returns their mean square.
double runCroston(const std::vector<double> &y, double alpha, bool sba, Fit *out) {
  const double factor = sba ? 1 - alpha / 2 : 1;
  double z = 0, q = 0, sse = 0;
  int last = -1, count = 0;
  for (int t = 0; t < int(y.size()); ++t) {
    if (last >= 0) {
      const double e = y[t] - factor * z / q;
      sse += e * e;
      ++count;
    }
    if (y[t] > 0) {
      const double interval = t - last; // 1-based position for the first one
      if (last < 0) {
        z = y[t];
        q = interval;
      } else {
        z += alpha * (y[t] - z);
        q += alpha * (interval - q);
      }
      last = t;
    }
  }
  if (out) {
    out->alpha = out->beta = alpha;
    out->probability = factor / q; // SBA's correction folded into the probability
    out->size = z;
    out->mse = count > 0 ? sse / count : 0;
  }
  return count > 0 ? sse / count : 0;
}

std::vector<double> grid() {
  std::vector<double> g;
  for (int i = 1; i <= 50; ++i)
    g.push_back(i / 100.0);
  return g;
}

Fit fitModel(const std::vector<double> &y, Method method, std::optional<double> alpha,
             std::optional<double> beta) {
  const std::vector<double> alphas = alpha ? std::vector<double>{*alpha} : grid();
  Fit fit;
  double best = std::numeric_limits<double>::infinity();
  if (method == Method::Tsb) {
    const std::vector<double> betas = beta ? std::vector<double>{*beta} : grid();
    for (double a : alphas)
      for (double b : betas) {
        const double sse = runTsb(y, a, b, nullptr);
        if (sse < best) {
          best = sse;
          fit.alpha = a;
          fit.beta = b;
        }
      }
    runTsb(y, fit.alpha, fit.beta, &fit);
  } else {
    for (double a : alphas) {
      const double mse = runCroston(y, a, method == Method::Sba, nullptr);
      if (mse < best) {
        best = mse;
        fit.alpha = a;
      }
    }
    runCroston(y, fit.alpha, method == Method::Sba, &fit);
  }
  return fit;
}

// Mid-quantiles of a count distribution with the given mean and variance:
// negative binomial when overdispersed, else Poisson. Large means use the
// normal approximation (discreteness no longer matters; avoids long sums).
std::vector<double> midQuantiles(double mean, double variance, const std::vector<double> &probs) {
  std::vector<double> out(probs.size(), 0.0);
  if (!(mean > 0))
    return out;
  if (mean > 1e4) {
    const double sd = std::sqrt(std::max(variance, mean));
    for (size_t i = 0; i < probs.size(); ++i)
      out[i] = std::max(0.0, mean + StandardNormal::quantile(probs[i]) * sd);
    return out;
  }
  const bool negBin = variance > mean * (1 + 1e-9);
  const double r = negBin ? mean * mean / (variance - mean) : 0;
  const double success = negBin ? r / (r + mean) : 0;
  // log P(0), then the ratio P(k + 1) / P(k); in logs so that P(0) may underflow.
  double logP = negBin ? r * std::log(success) : -mean;
  const double maxK = mean + 60 * std::sqrt(std::max(variance, mean)) + 60;
  std::vector<double> mid; // F(k - 1) + P(k) / 2
  double cdf = 0;
  for (int k = 0; k <= maxK && cdf < 1 - 1e-12; ++k) {
    const double p = std::exp(logP);
    mid.push_back(cdf + p / 2);
    cdf += p;
    logP += negBin ? std::log((k + r) / (k + 1) * (1 - success)) : std::log(mean / (k + 1));
  }
  for (size_t i = 0; i < probs.size(); ++i) {
    const double q = probs[i];
    if (q <= mid.front())
      continue; // below the first mid-point: the smallest count, 0
    size_t k = 0;
    while (k + 1 < mid.size() && mid[k + 1] < q)
      ++k;
    out[i] = k + 1 < mid.size() ? k + (q - mid[k]) / (mid[k + 1] - mid[k]) : double(k);
  }
  return out;
}

std::optional<double> smoothingOption(const QJsonObject &options, const char *key) {
  const QJsonValue v = options.value(QLatin1String(key));
  if (v.isUndefined() || v.isNull())
    return std::nullopt;
  const double d = v.toDouble(-1);
  if (!v.isDouble() || !(d > 0 && d <= 1))
    throw std::invalid_argument(IntermittentModelText::tr("%1: must be a number above 0 and at most 1")
                                    .arg(QLatin1String(key))
                                    .toStdString());
  return d;
}

} // namespace

QString IntermittentModel::name() const {
  return IntermittentModelText::tr("Intermittent demand (TSB)");
}

int IntermittentModel::minimumLength(const TimeSeries &) const {
  return 5;
}

bool IntermittentModel::isIntermittent(const std::vector<double> &y, int window) {
  if (y.empty())
    return false;
  for (double v : y)
    if (!std::isfinite(v) || v < 0)
      return false;
  const size_t from = y.size() - std::min(y.size(), size_t(std::max(window, 1)));
  const auto nonZero = std::count_if(y.begin() + from, y.end(), [](double v) { return v > 0; });
  return nonZero == 0 || double(y.size() - from) / double(nonZero) > 1.32;
}

bool IntermittentModel::isIntermittent(const TimeSeries &series) {
  int window = 8;
  switch (series.frequency) {
  case Frequency::Daily:
    window = 730;
    break;
  case Frequency::Weekly:
    window = 104;
    break;
  case Frequency::Monthly:
    window = 24;
    break;
  case Frequency::Quarterly:
  case Frequency::Yearly:
    break;
  }
  return isIntermittent(series.values, window);
}

ModelForecast IntermittentModel::forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                          const ForecastPanel &, Feedback *) const {
  requireForecastable(series, horizon, minimumLength(series), name());
  const std::vector<double> &y = series.values;
  const int n = series.size();
  for (double v : y) {
    if (v < 0)
      throw std::invalid_argument(
          IntermittentModelText::tr(
              "Series %1 has negative values; the intermittent demand model needs counts or amounts >= 0.")
              .arg(series.code)
              .toStdString());
  }

  const QString methodName = options.value(QLatin1String("method")).toString(QStringLiteral("tsb")).toLower();
  Method method;
  QString form;
  if (methodName == QLatin1String("tsb")) {
    method = Method::Tsb;
    form = QStringLiteral("TSB");
  } else if (methodName == QLatin1String("croston")) {
    method = Method::Croston;
    form = QStringLiteral("Croston");
  } else if (methodName == QLatin1String("sba")) {
    method = Method::Sba;
    form = QStringLiteral("SBA");
  } else {
    throw std::invalid_argument(
        IntermittentModelText::tr("method: must be \"tsb\", \"croston\" or \"sba\"").toStdString());
  }
  const std::optional<double> alpha = smoothingOption(options, "alpha");
  const std::optional<double> beta = smoothingOption(options, "beta");

  const int zeros = int(std::count(y.begin(), y.end(), 0.0));
  Fit fit;
  if (zeros < n)
    fit = fitModel(y, method, alpha, beta);
  // else no demand ever: forecast 0 with zero-width intervals is the honest answer.

  const double mean = fit.mean();
  const bool negBin = fit.mse > mean * (1 + 1e-9);
  // Clamped so that every interval holds its forecast (a skewed distribution
  // can put the 90 % mid-quantile below the mean).
  const std::vector<double> q = midQuantiles(mean, fit.mse, {0.025, 0.10, 0.90, 0.975});
  ModelForecast f;
  f.mean.assign(size_t(horizon), mean);
  f.lo95.assign(size_t(horizon), std::min(q[0], mean));
  f.lo80.assign(size_t(horizon), std::min(q[1], mean));
  f.hi80.assign(size_t(horizon), std::max(q[2], mean));
  f.hi95.assign(size_t(horizon), std::max(q[3], mean));
  f.details =
      QJsonObject{{"form", form},
                  {"alpha", fit.alpha},
                  {"beta", fit.beta},
                  {"demand_probability", fit.probability},
                  {"demand_size", fit.size},
                  {"zero_fraction", double(zeros) / n},
                  {"mse", fit.mse},
                  {"distribution", negBin ? QStringLiteral("negative binomial") : QStringLiteral("Poisson")}};
  return f;
}

} // namespace epidesk
