#include "AutoModel.h"
#include "Backtest.h"
#include "ConformalCalibration.h"
#include "Feedback.h"
#include "IntermittentModel.h"
#include "RollingOrigins.h"
#include "StandardNormal.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace epidesk {

namespace {
class AutoModelText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::AutoModel)
};

constexpr int kCvScores = 40;
constexpr double kSingleMargin = 0.05;

struct Member {
  QString id;
  std::unique_ptr<ForecastModel> model;
  std::vector<ModelForecast> atOrigin; // one per origin
};

// A way to forecast: one member, or a combination of several.
struct Choice {
  QString kind; // single, median, mean, weighted
  std::vector<int> members;
  std::vector<double> weights; // mean / weighted
  double mase = 0;
  QString label(const std::vector<Member> &all) const {
    QStringList ids;
    for (int i : members)
      ids.append(all[size_t(i)].id);
    return kind == QLatin1String("single")
               ? ids.front()
               : kind + QLatin1Char('(') + ids.join(QStringLiteral(", ")) + QLatin1Char(')');
  }
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// The choice's forecast from its members' forecasts; its own band is the
// combined 95 % half-width, with the 80 % one in the normal ratio.
ModelForecast combine(const Choice &c, const std::vector<const ModelForecast *> &fs) {
  static const double ratio80 = StandardNormal::quantile(0.90) / StandardNormal::quantile(0.975);
  ModelForecast out;
  const size_t h = fs.front()->mean.size();
  for (size_t i = 0; i < h; ++i) {
    std::vector<double> means, widths;
    for (const ModelForecast *f : fs) {
      means.push_back(f->mean[i]);
      widths.push_back(0.5 * (f->hi95[i] - f->lo95[i]));
    }
    double mean = 0, width = 0;
    if (c.kind == QLatin1String("median")) {
      mean = median(means);
      width = median(widths);
    } else {
      for (size_t k = 0; k < fs.size(); ++k) {
        mean += c.weights[k] * means[k];
        width += c.weights[k] * widths[k];
      }
    }
    out.mean.push_back(mean);
    out.lo95.push_back(mean - width);
    out.hi95.push_back(mean + width);
    out.lo80.push_back(mean - ratio80 * width);
    out.hi80.push_back(mean + ratio80 * width);
  }
  return out;
}

ModelForecast combineAt(const Choice &c, const std::vector<Member> &members, int origin) {
  std::vector<const ModelForecast *> fs;
  for (int i : c.members)
    fs.push_back(&members[size_t(i)].atOrigin[size_t(origin)]);
  return combine(c, fs);
}

std::vector<double> actualsAfter(const TimeSeries &s, int t, int h) {
  return std::vector<double>(s.values.begin() + t, s.values.begin() + t + h);
}

double meanMase(const Choice &c, const std::vector<Member> &members, const TimeSeries &s,
                const std::vector<int> &origins, int h, int m) {
  double sum = 0;
  for (size_t o = 0; o < origins.size(); ++o) {
    const ModelForecast f = combineAt(c, members, int(o));
    const int t = origins[o];
    double abs = 0;
    for (int i = 0; i < h; ++i)
      abs += std::fabs(s.values[size_t(t + i)] - f.mean[size_t(i)]);
    sum += abs / h / maseScale(std::vector<double>(s.values.begin(), s.values.begin() + t), m);
  }
  return sum / double(origins.size());
}

QStringList candidatesOption(const QJsonObject &options, const TimeSeries &series) {
  const QJsonValue v = options.value(QLatin1String("candidates"));
  if (v.isUndefined() || v.isNull())
    return AutoModel::defaultCandidates(series);
  QStringList ids;
  for (const QJsonValue &x : v.toArray())
    if (x.isString() && x.toString() != QLatin1String("auto") &&
        ForecastModelRegistry::ids().contains(x.toString()))
      ids.append(x.toString());
    else
      throw std::invalid_argument(AutoModelText::tr("candidates: unknown model %1")
                                      .arg(x.isString() ? x.toString() : QStringLiteral("?"))
                                      .toStdString());
  if (!v.isArray() || ids.isEmpty())
    throw std::invalid_argument(AutoModelText::tr("candidates: must be a list of model ids").toStdString());
  return ids;
}

int intOption(const QJsonObject &options, const char *key, int fallback, int lo, int hi) {
  const QJsonValue v = options.value(QLatin1String(key));
  if (v.isUndefined() || v.isNull())
    return fallback;
  const double d = v.toDouble(-1);
  if (!v.isDouble() || d != std::floor(d) || d < lo || d > hi)
    throw std::invalid_argument(AutoModelText::tr("%1: must be a whole number between %2 and %3")
                                    .arg(QLatin1String(key))
                                    .arg(lo)
                                    .arg(hi)
                                    .toStdString());
  return int(d);
}
} // namespace

QString AutoModel::name() const {
  return AutoModelText::tr("Automatic (validated combination)");
}

QStringList AutoModel::defaultCandidates(const TimeSeries &series) {
  QStringList ids;
  for (const char *id : {"ets", "arima", "theta", "snaive"})
    if (ForecastModelRegistry::ids().contains(QLatin1String(id)))
      ids.append(QLatin1String(id));
  if (IntermittentModel::isIntermittent(series))
    ids.append(QStringLiteral("tsb"));
  return ids;
}

int AutoModel::minimumLength(const TimeSeries &series) const {
  // The shortest series some candidate can fit (the others are left out).
  int shortest = 1 << 30;
  for (const QString &id : defaultCandidates(series))
    shortest = std::min(shortest, ForecastModelRegistry::createUncalibrated(id)->minimumLength(series));
  return shortest == 1 << 30 ? 2 : shortest;
}

ModelForecast AutoModel::forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                  const ForecastPanel &panel, Feedback *feedback) const {
  if (horizon < 1)
    throw std::invalid_argument(AutoModelText::tr("The horizon must be at least 1.").toStdString());
  const QStringList ids = candidatesOption(options, series);
  const int wantedOrigins =
      intOption(options, "cv_origins", RollingOrigins::originsFor(horizon, kCvScores), 1, 100);
  const double margin = options.value(QLatin1String("single_margin")).toDouble(kSingleMargin);
  const int n = series.size(), m = series.seasonalPeriod();

  // Members that fit the whole series; their origins are those all of them can fit.
  std::vector<Member> members;
  QJsonObject failed;
  int longestMinimum = 1;
  for (const QString &id : ids) {
    std::unique_ptr<ForecastModel> model = ForecastModelRegistry::createUncalibrated(id);
    const int need = model->minimumLength(series);
    if (need > n) {
      failed.insert(id, AutoModelText::tr("needs %1 values").arg(need));
      continue;
    }
    longestMinimum = std::max(longestMinimum, need);
    members.push_back({id, std::move(model), {}});
  }
  if (members.empty())
    throw std::invalid_argument(
        AutoModelText::tr("Series %1 has %2 values: too short for every candidate model.")
            .arg(series.code)
            .arg(n)
            .toStdString());
  const std::vector<int> origins =
      RollingOrigins::trainLengths(n, horizon, longestMinimum, wantedOrigins, std::max(1, horizon / 2));

  for (auto it = members.begin(); it != members.end();) {
    try {
      for (int t : origins) {
        if (feedback && feedback->isCanceled())
          throw Canceled{};
        it->atOrigin.push_back(it->model->forecast(RollingOrigins::head(series, t), horizon, options, {}));
      }
      ++it;
    } catch (const std::invalid_argument &e) {
      failed.insert(it->id, QString::fromUtf8(e.what()));
      it = members.erase(it);
    }
  }
  if (members.empty())
    throw std::invalid_argument(
        AutoModelText::tr("No candidate model can forecast series %1.").arg(series.code).toStdString());

  // The choices and their scores (without origins: the median of what fits).
  std::vector<Choice> choices;
  std::vector<int> simple; // ets, arima, theta among the members
  for (size_t i = 0; i < members.size(); ++i) {
    choices.push_back({QStringLiteral("single"), {int(i)}, {1.0}, 0});
    if (members[i].id == QLatin1String("ets") || members[i].id == QLatin1String("arima") ||
        members[i].id == QLatin1String("theta"))
      simple.push_back(int(i));
  }
  if (simple.size() >= 3)
    choices.push_back({QStringLiteral("median"), simple, {}, 0});
  if (simple.size() >= 2)
    choices.push_back(
        {QStringLiteral("mean"), simple, std::vector<double>(simple.size(), 1.0 / simple.size()), 0});
  QJsonObject cvMase;
  if (!origins.empty()) {
    for (Choice &c : choices)
      c.mase = meanMase(c, members, series, origins, horizon, m);
    // Inverse-MASE weights over the simple models (snaive and tsb stay
    // single choices: weighting them in rarely helps and hides the choice).
    if (simple.size() >= 2) {
      Choice w{QStringLiteral("weighted"), simple, {}, 0};
      double total = 0;
      for (int i : simple) {
        w.weights.push_back(1.0 / std::max(choices[size_t(i)].mase, 1e-9));
        total += w.weights.back();
      }
      for (double &x : w.weights)
        x /= total;
      w.mase = meanMase(w, members, series, origins, horizon, m);
      choices.push_back(w);
    }
    for (const Choice &c : choices)
      cvMase.insert(c.label(members), c.mase);
  }

  // A combination unless one model is clearly better on the origins.
  const Choice *best = nullptr;
  const Choice *bestCombination = nullptr;
  for (const Choice &c : choices) {
    if (c.kind == QLatin1String("single")) {
      if (!best || c.mase < best->mase)
        best = &c;
    } else if (!bestCombination || c.mase < bestCombination->mase) {
      bestCombination = &c;
    }
  }
  const Choice *chosen = bestCombination;
  if (!chosen || (!origins.empty() && best->mase < (1 - margin) * bestCombination->mase))
    chosen = best;
  if (origins.empty() && bestCombination && bestCombination->kind != QLatin1String("median"))
    for (const Choice &c : choices)
      if (c.kind == QLatin1String("median"))
        chosen = &c;

  // Refit the chosen members on the whole series.
  std::vector<ModelForecast> finals;
  QJsonObject memberFits;
  for (int i : chosen->members) {
    if (feedback && feedback->isCanceled())
      throw Canceled{};
    finals.push_back(members[size_t(i)].model->forecast(series, horizon, options, panel));
    memberFits.insert(members[size_t(i)].id, finals.back().details);
  }
  std::vector<const ModelForecast *> finalPtrs;
  for (const ModelForecast &f : finals)
    finalPtrs.push_back(&f);
  ModelForecast out = chosen->kind == QLatin1String("single") ? finals.front() : combine(*chosen, finalPtrs);

  ConformalCalibration calibration;
  for (size_t o = 0; o < origins.size(); ++o)
    calibration.addOrigin(combineAt(*chosen, members, int(o)), actualsAfter(series, origins[o], horizon));
  const bool conformal = calibration.apply(out);

  QJsonObject details;
  details.insert(QStringLiteral("form"), chosen->label(members));
  details.insert(QStringLiteral("selected_model"), chosen->label(members));
  details.insert(QStringLiteral("combination"), chosen->kind);
  QJsonArray memberIds, weights;
  for (size_t k = 0; k < chosen->members.size(); ++k) {
    memberIds.append(members[size_t(chosen->members[k])].id);
    if (!chosen->weights.empty())
      weights.append(chosen->weights[k]);
  }
  details.insert(QStringLiteral("members"), memberIds);
  if (!weights.isEmpty())
    details.insert(QStringLiteral("weights"), weights);
  details.insert(QStringLiteral("cv_mase"), cvMase);
  details.insert(QStringLiteral("cv_origins"), int(origins.size()));
  details.insert(QStringLiteral("member_fits"), memberFits);
  if (!failed.isEmpty())
    details.insert(QStringLiteral("failed"), failed);
  calibration.describe(details, conformal);
  out.details = details;
  return out;
}

} // namespace epidesk
