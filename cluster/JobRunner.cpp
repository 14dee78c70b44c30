#include "JobRunner.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "DistrictSeriesStore.h"
#include "Feedback.h"
#include "ForecastParamSchema.h"
#include "RelocationSolver.h"
#include "TrendPanelProvider.h"
#include <QCoreApplication>
#include <QThread>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <vector>

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

// Test kind "alloc": takes params.mb megabytes in 1 MB blocks (the address
// space a memory limit counts), writing one byte of each.
QJsonObject runAlloc(const QJsonObject &params, Feedback *feedback) {
  const qint64 mb = params.value("mb").toInteger();
  std::vector<std::unique_ptr<char[]>> blocks;
  for (qint64 i = 0; i < mb; ++i) {
    if (feedback && feedback->isCanceled())
      throw Canceled();
    blocks.emplace_back(new char[1 << 20]);
    blocks.back()[0] = char(i);
  }
  return {{"allocated_mb", mb}, {"tag", params.value("tag")}};
}

} // namespace

QJsonObject JobRunner::run(const JobRequest &request, const DataSource &source, Feedback *feedback) {
  if (request.kind == QLatin1String("trends")) {
    const auto trend = TrendRequest::fromJson(request.params);
    if (!trend)
      throw failure(QT_TRANSLATE_NOOP("epidesk::JobRunner", "invalid trends request"));
    return runTrends(source, *trend, feedback).toJson();
  }
  if (request.kind == QLatin1String("forecast"))
    return runForecast(request.params, source, feedback);
  if (request.kind == QLatin1String("relocation"))
    return runRelocation(request.params, feedback);
  if (request.kind == QLatin1String("sleep") && JobRequest::testKindsEnabled())
    return runSleep(request.params, feedback);
  // Test kind "crash": only ever runs in a job's own process (JobChild).
  if (request.kind == QLatin1String("crash") && JobRequest::testKindsEnabled())
    std::abort();
  if (request.kind == QLatin1String("alloc") && JobRequest::testKindsEnabled())
    return runAlloc(request.params, feedback);
  throw failure(QT_TRANSLATE_NOOP("epidesk::JobRunner", "this worker does not run jobs of this kind"));
}

QJsonObject JobRunner::runRelocation(const QJsonObject &params, Feedback *feedback) {
  const auto scenario = RelocationScenario::fromJson(params.value("scenario").toObject());
  const auto weights = RelocationWeights::fromJson(params.value("weights").toObject());
  auto settings = SolverSettings::fromJson(params.value("settings").toObject());
  if (!scenario || !weights || !settings)
    throw failure(QT_TRANSLATE_NOOP("epidesk::JobRunner", "invalid relocation request"));
  // Remote jobs never write files on the worker, whatever the request says.
  settings->writeModelPath.clear();
  // The same solver as `epidesk-cli relocate` and the desktop's what-if view.
  return RelocationSolver::solve(*scenario, *weights, *settings, feedback).toJson();
}

QJsonObject JobRunner::runForecast(const QJsonObject &params, const DataSource &source, Feedback *feedback) {
  const std::optional<ForecastJobParams> job = ForecastJobParams::fromJson(params);
  if (!job)
    throw failure(QT_TRANSLATE_NOOP("epidesk::JobRunner", "invalid forecast request"));
  ForecastOutcome outcome;
  QString indicator;
  if (job->fromDistricts()) {
    indicator = job->query.indicator.id();
    QString error;
    // Beside the worker's data source: the same store file or warehouse (its
    // password from PGPASSWORD or ~/.pgpass). Opened per job: milliseconds next
    // to a forecast, and a fresh connection survives database restarts.
    const std::unique_ptr<DistrictSeriesStore> districts =
        openDistrictSeriesStore(source.location(), &error);
    if (!districts)
      throw std::runtime_error(error.toStdString());
    outcome = ForecastService::run(DistrictPanelProvider(*districts), job->query, feedback);
  } else { // "trends", the default
    indicator = TrendPanelProvider::indicatorOf(*job->series);
    // Not owned: the worker's source outlives the job.
    const std::shared_ptr<const DataSource> borrowed(std::shared_ptr<const DataSource>(), &source);
    outcome = ForecastService::run(TrendPanelProvider(borrowed, *job->series), job->query, feedback);
  }
  if (!outcome.error.isEmpty())
    throw std::runtime_error(outcome.error.toStdString());
  return outcome.toJson(indicator);
}

} // namespace epidesk
