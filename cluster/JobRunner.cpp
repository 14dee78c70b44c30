#include "JobRunner.h"
#include "DataSource.h"
#include "Feedback.h"
#include "ForecastModel.h"
#include "RelocationSolver.h"
#include "TimeSeries.h"
#include "TrendPanelProvider.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>
#include <stdexcept>

namespace epidesk {

namespace {
std::runtime_error failure(const char *text) {
  return std::runtime_error(QCoreApplication::translate("epidesk::JobRunner", text).toStdString());
}

// Test/benchmark kind: sleeps in small steps so cancellation is observed.
QJsonObject runSleep(const QJsonObject &params, Feedback *feedback) {
  const qint64 ms = params.value("ms").toInteger();
  for (qint64 done = 0; done < ms; done += 10) {
    if (feedback && feedback->isCanceled())
      throw Canceled();
    QThread::msleep(ulong(std::min<qint64>(10, ms - done)));
    if (feedback)
      feedback->setProgress(100.0 * double(done) / double(ms));
  }
  return {{"slept_ms", ms}, {"tag", params.value("tag")}};
}

} // namespace

QJsonObject JobRunner::run(const JobRequest &request, const DataSource &source, Feedback *feedback) {
  if (request.kind == QLatin1String("trends")) {
    const auto trend = TrendRequest::fromJson(request.params);
    if (!trend)
      throw failure("invalid trends request");
    return runTrends(source, *trend, feedback).toJson();
  }
  if (request.kind == QLatin1String("forecast"))
    return runForecast(request.params, source, feedback);
  if (request.kind == QLatin1String("relocation"))
    return runRelocation(request.params, feedback);
  if (request.kind == QLatin1String("sleep") && JobRequest::testKindsEnabled())
    return runSleep(request.params, feedback);
  throw failure("this worker does not run jobs of this kind");
}

QJsonObject JobRunner::runRelocation(const QJsonObject &params, Feedback *feedback) {
  const auto scenario = RelocationScenario::fromJson(params.value("scenario").toObject());
  const auto weights = RelocationWeights::fromJson(params.value("weights").toObject());
  const auto settings = SolverSettings::fromJson(params.value("settings").toObject());
  if (!scenario || !weights || !settings)
    throw failure("invalid relocation request");
  // The same solver as `epidesk-cli relocate` and the desktop's what-if view.
  return RelocationSolver::solve(*scenario, *weights, *settings, feedback).toJson();
}

QJsonObject JobRunner::runForecast(const QJsonObject &params, const DataSource &source, Feedback *feedback) {
  const auto forecast = ForecastRequest::fromJson(params);
  const auto trend = TrendRequest::fromJson(params.value("series").toObject());
  if (!forecast || !trend)
    throw failure("invalid forecast request");
  const std::unique_ptr<ForecastModel> model = ForecastModelRegistry::create(forecast->model);
  if (!model)
    throw failure("unknown forecast model");
  const TrendResult series = runTrends(source, *trend, nullptr);

  ForecastPanel panel; // every series, for the analogue model
  for (auto it = series.series.cbegin(); it != series.series.cend(); ++it)
    panel.series.push_back(TrendPanelProvider::toTimeSeries(it.key(), it.value(), series.period));
  QStringList codes;
  for (const QJsonValue &c : params.value("codes").toArray())
    codes << c.toString();
  if (codes.isEmpty())
    codes = series.series.keys();

  ForecastResult result;
  result.model = forecast->model;
  result.horizon = forecast->horizon;
  for (int i = 0; i < codes.size(); ++i) {
    if (feedback && feedback->isCanceled())
      throw Canceled();
    const QString &code = codes[i];
    if (!series.series.contains(code)) {
      result.fit.insert(
          code, {{"error", QCoreApplication::translate("epidesk::JobRunner", "no series for this code")}});
      continue;
    }
    const TimeSeries ts = TrendPanelProvider::toTimeSeries(code, series.series.value(code), series.period);
    try {
      const ModelForecast f = model->forecast(ts, forecast->horizon, forecast->options, panel, feedback);
      std::vector<ForecastPoint> points;
      for (size_t h = 0; h < f.mean.size(); ++h)
        points.push_back({ts.periodLabel(ts.size() + int(h)), f.mean[h], f.lo80.at(h), f.hi80.at(h),
                          f.lo95.at(h), f.hi95.at(h)});
      result.forecasts.insert(code, points);
      if (!f.details.isEmpty())
        result.fit.insert(code, f.details);
      if (!f.analogues.empty())
        result.analogues.insert(code, f.analogues);
    } catch (const std::invalid_argument &e) { // series the model cannot handle: reported, not fatal
      result.fit.insert(code, {{"error", QString::fromUtf8(e.what())}});
    }
    if (feedback)
      feedback->setProgress(100.0 * (i + 1) / codes.size());
  }
  return result.toJson();
}

} // namespace epidesk
