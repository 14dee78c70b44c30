#include "CalibratedModel.h"
#include "ConformalCalibration.h"
#include "Feedback.h"
#include "RollingOrigins.h"
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace epidesk {

namespace {
class CalibratedModelText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::CalibratedModel)
};

// About 40 past errors: enough for a 95 % conformal quantile without refitting
// more than 20 times.
constexpr int kCalibrationScores = 40;

} // namespace

CalibratedModel::CalibratedModel(std::unique_ptr<ForecastModel> inner, Calibration defaultCalibration)
    : m_inner(std::move(inner)), m_default(defaultCalibration) {}

CalibratedModel::Calibration CalibratedModel::calibrationOption(const QJsonObject &options,
                                                                Calibration fallback) {
  const QJsonValue v = options.value(QLatin1String("calibration"));
  if (v.isUndefined() || v.isNull())
    return fallback;
  if (v.toString() == QLatin1String("model"))
    return Calibration::Model;
  if (v.toString() == QLatin1String("conformal"))
    return Calibration::Conformal;
  throw std::invalid_argument(
      CalibratedModelText::tr("calibration: must be \"model\" or \"conformal\"").toStdString());
}

bool CalibratedModel::isCountSeries(const std::vector<double> &values) {
  if (values.empty())
    return false;
  for (double v : values)
    if (!(v >= 0) || v != std::floor(v))
      return false;
  return true;
}

void CalibratedModel::clampAtZero(ModelForecast &f) {
  for (std::vector<double> *v : {&f.mean, &f.lo80, &f.hi80, &f.lo95, &f.hi95})
    for (double &x : *v)
      x = std::max(0.0, x);
}

bool CalibratedModel::calibrateConformal(const ForecastModel &model, const TimeSeries &series, int horizon,
                                         const QJsonObject &options, const ForecastPanel &panel,
                                         Feedback *feedback, ModelForecast &f) {
  const int wanted = RollingOrigins::originsFor(horizon, kCalibrationScores);
  const std::vector<int> origins = RollingOrigins::trainLengths(
      series.size(), horizon, model.minimumLength(series), wanted, std::max(1, horizon / 2));
  ConformalCalibration calibration;
  for (int t : origins) {
    if (feedback && feedback->isCanceled())
      throw Canceled{};
    try {
      // The analogue model takes no continuation past the target's end (as in backtests).
      const ModelForecast past = model.forecast(RollingOrigins::head(series, t), horizon, options, panel);
      calibration.addOrigin(
          past, std::vector<double>(series.values.begin() + t, series.values.begin() + t + horizon));
    } catch (const std::invalid_argument &) {
      // An origin the model cannot fit (too short, say) gives no scores.
    }
  }
  const bool applied = calibration.apply(f);
  calibration.describe(f.details, applied);
  return applied;
}

void CalibratedModel::calibratePanel(
    const std::function<std::vector<ModelForecast>(const ForecastPanel &)> &forecastAll,
    const ForecastPanel &panel, int horizon, int minimumLength, std::vector<ModelForecast> &forecasts,
    Feedback *feedback) {
  std::vector<ConformalCalibration> calibrations(panel.series.size());
  const int step = std::max(1, horizon / 2);
  for (int k = 0; k < RollingOrigins::originsFor(horizon, kCalibrationScores); ++k) {
    if (feedback && feedback->isCanceled())
      throw Canceled{};
    const int back = horizon + k * step;
    ForecastPanel cut;
    std::vector<size_t> index;
    for (size_t i = 0; i < panel.series.size(); ++i)
      if (panel.series[i].size() - back >= std::max(1, minimumLength)) {
        cut.series.push_back(RollingOrigins::head(panel.series[i], panel.series[i].size() - back));
        index.push_back(i);
      }
    if (cut.series.empty())
      break;
    const std::vector<ModelForecast> past = forecastAll(cut);
    for (size_t j = 0; j < index.size() && j < past.size(); ++j) {
      if (past[j].mean.empty())
        continue;
      const std::vector<double> &y = panel.series[index[j]].values;
      const size_t t = y.size() - size_t(back);
      calibrations[index[j]].addOrigin(
          past[j], std::vector<double>(y.begin() + long(t), y.begin() + long(t) + horizon));
    }
  }
  for (size_t i = 0; i < forecasts.size() && i < calibrations.size(); ++i)
    if (!forecasts[i].mean.empty())
      calibrations[i].describe(forecasts[i].details, calibrations[i].apply(forecasts[i]));
}

void CalibratedModel::finish(const TimeSeries &series, int horizon, const QJsonObject &options,
                             const ForecastPanel &panel, Feedback *feedback, ModelForecast &f) const {
  if (!f.details.contains(QLatin1String("calibration"))) {
    if (calibrationOption(options, m_default) == Calibration::Conformal)
      calibrateConformal(*m_inner, series, horizon, options, panel, feedback, f);
    else
      f.details.insert(QStringLiteral("calibration"), QStringLiteral("model"));
  }
  const QJsonValue nonNegative = options.value(QLatin1String("non_negative"));
  if (!nonNegative.isUndefined() && !nonNegative.isNull() && !nonNegative.isBool())
    throw std::invalid_argument(CalibratedModelText::tr("non_negative: must be true or false").toStdString());
  if (nonNegative.isBool() ? nonNegative.toBool() : isCountSeries(series.values))
    clampAtZero(f);
}

ModelForecast CalibratedModel::forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                        const ForecastPanel &panel, Feedback *feedback) const {
  calibrationOption(options, m_default); // a bad value fails before any fit
  ModelForecast f = m_inner->forecast(series, horizon, options, panel, feedback);
  finish(series, horizon, options, panel, feedback, f);
  return f;
}

} // namespace epidesk
