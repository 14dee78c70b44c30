#include "ForecastService.h"
#include "AnalogueModel.h"
#include "Backtest.h"
#include "CalibratedModel.h"
#include "Feedback.h"
#include "ForecastModel.h"
#include "ForecastOrigin.h"
#include "SeriesCsvReader.h"
#include "SeriesFolder.h"
#include "SeriesSelector.h"
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <atomic>
#include <stdexcept>

namespace epidesk {

namespace {

// A child token mapping its 0-100 onto [lo, hi] of the parent's progress and
// following the parent's cancel, so a model's own progress fits in one phase.
class PhaseFeedback : public Feedback {
public:
  PhaseFeedback(Feedback *parent, double lo, double hi) {
    if (!parent)
      return;
    connect(
        this, &Feedback::progressChanged, parent,
        [parent, lo, hi](double p) {
          parent->setProgress(lo + (hi - lo) * std::clamp(p, 0.0, 100.0) / 100.0);
        },
        Qt::DirectConnection);
    connect(parent, &Feedback::canceled, this, &Feedback::cancel, Qt::DirectConnection);
    if (parent->isCanceled())
      cancel();
  }
};

std::vector<ForecastPoint> points(const TimeSeries &series, const ModelForecast &f) {
  std::vector<ForecastPoint> out;
  for (size_t i = 0; i < f.mean.size(); ++i)
    out.push_back(
        {series.periodLabel(series.size() + int(i)), f.mean[i], f.lo80[i], f.hi80[i], f.lo95[i], f.hi95[i]});
  return out;
}

// What one selected series gets; filled on worker threads, merged afterwards.
struct SeriesJob {
  const TimeSeries *series = nullptr;
  ModelForecast forecast;
  bool forecasted = false;
  std::optional<BacktestScore> score;
  QString error;
};

} // namespace

// ---------------------------------------------------------------------------- providers

bool DistrictPanelProvider::load(const DistrictIndicator &indicator, SeriesPanel &out, QString *error) const {
  DistrictPanel panel;
  if (!m_store.panel(indicator, panel, error))
    return false;
  out.series = std::move(panel.series);
  out.districts = panel.districts.keys();
  out.extraCodes = QStringList{DistrictSeriesStore::nationalCode()};
  if (out.series.empty()) {
    *error =
        QCoreApplication::translate("ForecastService", "%1 holds no daily district series; import some first "
                                                       "(epidesk-cli import covid-pl)")
            .arg(m_store.location());
    return false;
  }
  return true;
}

bool CsvPanelProvider::load(const DistrictIndicator &, SeriesPanel &out, QString *error) const {
  try {
    out.series = {SeriesCsvReader::read(m_path)};
    out.series.front().code = QStringLiteral("series");
    out.districts = QStringList{QStringLiteral("series")};
    return true;
  } catch (const std::exception &e) {
    *error = QString::fromUtf8(e.what());
    return false;
  }
}

bool CsvFolderPanelProvider::load(const DistrictIndicator &, SeriesPanel &out, QString *error) const {
  SeriesFolder folder = SeriesFolder::read(m_dir);
  if (!folder.error.isEmpty()) {
    *error = folder.error;
    return false;
  }
  for (const TimeSeries &s : folder.series)
    out.districts.append(s.code);
  out.districts.append(folder.unreadable.keys());
  out.series = std::move(folder.series);
  out.unreadable = std::move(folder.unreadable);
  return true;
}

// ---------------------------------------------------------------------------- selection

std::optional<QStringList> ForecastService::select(const SeriesPanel &panel, const QString &selector,
                                                   QMap<QString, QString> *unknown, QString *error) {
  QSet<QString> wanted;
  const std::optional<QStringList> items = SeriesSelector::items(selector);
  if (!items) {
    *error = QCoreApplication::translate("ForecastService", "series: empty item in \"%1\"").arg(selector);
    return std::nullopt;
  }
  for (const QString &item : *items) {
    if (SeriesSelector::isAll(item)) {
      wanted.unite(QSet<QString>(panel.districts.begin(), panel.districts.end()));
    } else if (SeriesSelector::isPrefix(item)) {
      const QString prefix = item.chopped(1);
      bool any = false;
      for (const QString &code : panel.districts)
        if (code.startsWith(prefix)) {
          wanted.insert(code);
          any = true;
        }
      if (!any)
        unknown->insert(
            item,
            QCoreApplication::translate("ForecastService", "no district code starts with %1").arg(prefix));
    } else if (panel.districts.contains(item) || panel.extraCodes.contains(item)) {
      wanted.insert(item);
    } else {
      unknown->insert(item, QCoreApplication::translate("ForecastService", "unknown district %1").arg(item));
    }
  }
  QStringList out;
  for (const QString &code : panel.districts + panel.extraCodes)
    if (wanted.contains(code) && !out.contains(code))
      out.append(code);
  return out;
}

QJsonObject ForecastOutcome::toJson(const QString &indicator) const {
  QJsonObject json = result.toJson();
  json.insert(QStringLiteral("indicator"), indicator);
  QJsonObject errorsJson;
  for (auto it = errors.cbegin(); it != errors.cend(); ++it)
    errorsJson.insert(it.key(), it.value());
  if (!errorsJson.isEmpty())
    json.insert(QStringLiteral("errors"), errorsJson);
  return json;
}

// ---------------------------------------------------------------------------- run

ForecastOutcome ForecastService::run(const SeriesPanelProvider &provider, const ForecastQuery &query,
                                     Feedback *feedback) {
  ForecastOutcome out;
  const ForecastRequest &request = query.request;
  out.result.model = request.model;
  out.result.horizon = request.horizon;
  const std::unique_ptr<ForecastModel> model = ForecastModelRegistry::create(request.model);
  if (!model) {
    out.error = QCoreApplication::translate("ForecastService", "model: unknown \"%1\" (one of %2)")
                    .arg(request.model, ForecastModelRegistry::ids().join(QStringLiteral(", ")));
    out.usageError = true;
    return out;
  }

  SeriesPanel panel;
  if (!provider.load(query.indicator, panel, &out.error))
    return out;
  const std::optional<QStringList> selected = select(panel, query.selector, &out.errors, &out.error);
  if (!selected) {
    out.usageError = true;
    return out;
  }
  if (feedback)
    feedback->setProgress(5);

  // Forecast origin: every series, the nn model's panel included, ends at
  // asOf; what follows is held out as actuals.
  QHash<QString, std::vector<ActualPoint>> heldOut;
  QSet<QString> nothingBeforeOrigin;
  if (request.asOf.isValid()) {
    out.result.asOf = request.asOf;
    std::vector<TimeSeries> cut;
    for (const TimeSeries &s : panel.series) {
      OriginSplit split = splitAtOrigin(s, request.asOf, request.horizon);
      heldOut.insert(s.code, std::move(split.actuals));
      if (split.history.size() == 0)
        nothingBeforeOrigin.insert(s.code);
      else
        cut.push_back(std::move(split.history));
    }
    panel.series = std::move(cut);
  }

  QHash<QString, const TimeSeries *> byCode;
  for (const TimeSeries &s : panel.series)
    byCode.insert(s.code, &s);
  std::vector<SeriesJob> jobs;
  for (const QString &code : *selected) {
    if (const TimeSeries *s = byCode.value(code))
      jobs.push_back({s, {}, false, std::nullopt, {}});
    else if (panel.unreadable.contains(code))
      out.errors.insert(code, panel.unreadable.value(code));
    else if (nothingBeforeOrigin.contains(code))
      out.errors.insert(code, QCoreApplication::translate("ForecastService", "no data on or before %1")
                                  .arg(request.asOf.toString(Qt::ISODate)));
    else
      out.errors.insert(code,
                        QCoreApplication::translate("ForecastService", "no data for district %1").arg(code));
  }
  const ForecastPanel modelPanel{panel.series};
  const ForecastPanel emptyPanel;
  const bool backtests = request.backtestOrigins > 0;

  // nn: one batch over the whole panel, then keep the selected series.
  if (request.model == QLatin1String("nn") && !jobs.empty()) {
    PhaseFeedback phase(feedback, 5, backtests ? 40 : 100);
    std::vector<ModelForecast> all =
        AnalogueModel::forecastAll(modelPanel, request.horizon, request.options, feedback ? &phase : nullptr);
    if (CalibratedModel::calibrationOption(request.options, CalibratedModel::Calibration::Conformal) ==
        CalibratedModel::Calibration::Conformal)
      CalibratedModel::calibratePanel(
          [&](const ForecastPanel &past) {
            return AnalogueModel::forecastAll(past, request.horizon, request.options, nullptr);
          },
          modelPanel, request.horizon, 1, all, feedback);
    QHash<const TimeSeries *, size_t> index;
    for (size_t i = 0; i < panel.series.size(); ++i)
      index.insert(&panel.series[i], i);
    for (SeriesJob &job : jobs) {
      const ModelForecast &f = all[index.value(job.series)];
      if (f.mean.empty())
        job.error = f.details.value(QLatin1String("error")).toString();
      else {
        job.forecast = f;
        job.forecasted = true;
      }
    }
  }

  // Everything else per series, in parallel (models are stateless). Only the
  // analogue and automatic models look at the other districts.
  const ForecastPanel &context =
      request.model == QLatin1String("nn") || request.model == QLatin1String("auto") ? modelPanel
                                                                                     : emptyPanel;
  const auto *calibrated = dynamic_cast<const CalibratedModel *>(model.get());
  std::atomic<int> done{0};
  std::atomic<bool> canceled{false};
  QMutex progressMutex;
  const double lo = request.model == QLatin1String("nn") ? (backtests ? 40 : 100) : 5;
  QtConcurrent::blockingMap(jobs, [&](SeriesJob &job) {
    if (canceled.load() || (feedback && feedback->isCanceled())) {
      canceled.store(true);
      return;
    }
    try {
      if (job.forecasted && calibrated) // nn's batch: calibrate and clamp it as any model's
        calibrated->finish(*job.series, request.horizon, request.options, context, feedback, job.forecast);
      if (!job.forecasted && job.error.isEmpty()) {
        job.forecast = model->forecast(*job.series, request.horizon, request.options, context, feedback);
        job.forecasted = true;
      }
      if (job.forecasted && backtests) {
        BacktestOptions bt;
        bt.horizon = request.horizon;
        bt.origins = request.backtestOrigins;
        try {
          job.score = backtest(*model, *job.series, bt, request.options, context, feedback);
        } catch (const std::invalid_argument &e) {
          job.error =
              QCoreApplication::translate("ForecastService", "backtest: %1").arg(QString::fromUtf8(e.what()));
        }
      }
    } catch (const Canceled &) {
      canceled.store(true);
    } catch (const std::exception &e) {
      if (job.error.isEmpty())
        job.error = QString::fromUtf8(e.what());
    }
    const int n = ++done;
    if (feedback) {
      QMutexLocker lock(&progressMutex);
      feedback->setProgress(lo + (100.0 - lo) * n / double(jobs.size()));
    }
  });
  if (canceled.load() || (feedback && feedback->isCanceled()))
    throw Canceled{};

  for (const SeriesJob &job : jobs) {
    const QString &code = job.series->code;
    if (!job.error.isEmpty())
      out.errors.insert(code, job.error);
    if (!job.forecasted)
      continue;
    out.result.forecasts.insert(code, points(*job.series, job.forecast));
    if (!heldOut.value(code).empty())
      out.result.actuals.insert(code, heldOut.value(code));
    if (job.score)
      out.result.backtest.insert(code, *job.score);
    if (!job.forecast.analogues.empty())
      out.result.analogues.insert(code, job.forecast.analogues);
    QJsonObject fit = job.forecast.details;
    fit.remove(QStringLiteral("analogues")); // already under result.analogues
    if (!fit.isEmpty())
      out.result.fit.insert(code, fit);
  }
  if (feedback)
    feedback->setProgress(100);
  return out;
}

} // namespace epidesk
