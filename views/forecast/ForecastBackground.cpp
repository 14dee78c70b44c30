#include "forecast/ForecastBackground.h"
#include "Feedback.h"
#include "trends/TrendJob.h"
#include <QtConcurrent/QtConcurrentRun>

namespace epidesk {

ForecastBackground::ForecastBackground(QObject *parent) : QObject(parent), m_runner(runForecastJob) {
  connect(&m_job, &QFutureWatcher<ForecastJobOutput>::finished, this, [this] {
    m_jobFeedback.reset();
    emit forecastFinished(m_job.result());
  });
  connect(&m_load, &QFutureWatcher<DistrictData>::finished, this, [this] {
    m_loadFeedback.reset();
    emit loaded(m_load.result(), m_loading);
  });
}

ForecastBackground::~ForecastBackground() {
  cancel();
  wait();
}

void ForecastBackground::setRunner(ForecastRunner runner) {
  m_runner = runner ? std::move(runner) : ForecastRunner(runForecastJob);
}

void ForecastBackground::load(const ForecastSelection &selection, const QString &location,
                              std::shared_ptr<const DataSource> source, const QString &warehousePassword) {
  m_loadFeedback = makeSharedFeedback();
  m_loading = selection.toJson();
  if (selection.kind == ForecastSelection::DataKind::Districts) {
    const QString which = selection.indicator;
    m_load.setFuture(QtConcurrent::run([location, which, warehousePassword] {
      return loadDistrictData(location, which, warehousePassword);
    }));
  } else {
    const std::shared_ptr<Feedback> feedback = m_loadFeedback;
    const TrendRequest request = selection.trendRequest();
    m_load.setFuture(QtConcurrent::run(
        [source, request, feedback] { return loadTrendData(source, request, feedback.get()); }));
  }
}

void ForecastBackground::forecast(const ForecastPanel &panel, const ForecastRequest &request) {
  m_jobFeedback = makeSharedFeedback();
  connect(m_jobFeedback.get(), &Feedback::progressChanged, this, &ForecastBackground::progressChanged);
  const ForecastRunner runner = m_runner;
  const std::shared_ptr<Feedback> feedback = m_jobFeedback;
  m_job.setFuture(QtConcurrent::run(
      [panel, request, runner, feedback] { return runner(panel, request, feedback.get()); }));
}

bool ForecastBackground::cancel() {
  bool any = false;
  if (m_jobFeedback && m_job.isRunning()) {
    m_jobFeedback->cancel();
    any = true;
  }
  if (m_loadFeedback && m_load.isRunning()) {
    m_loadFeedback->cancel();
    any = true;
  }
  return any;
}

void ForecastBackground::wait() {
  m_job.waitForFinished();
  m_load.waitForFinished();
}

QString ForecastBackground::loadedText(const DistrictData &data, const QJsonObject &selection) {
  if (data.canceled)
    return tr("Loading canceled.");
  if (!data.error.isEmpty())
    return data.error;
  if (data.panel.series.empty())
    return selection.value(QStringLiteral("source")).toString() == QLatin1String("districts")
               ? tr("This store holds no district series (epidesk-cli import covid-pl).")
               : tr("No sales match this selection.");
  return tr("%n series loaded.", nullptr, int(data.panel.series.size()));
}

} // namespace epidesk
