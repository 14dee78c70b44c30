#include "dashboard/ForecastPanels.h"
#include "DataSource.h"
#include "ForecastOrigin.h"
#include "forecast/DistrictMapView.h"
#include "forecast/ForecastBackground.h"
#include "forecast/ForecastChart.h"
#include "forecast/ForecastSelection.h"
#include "map/MapWidget.h"
#include <QJsonDocument>
#include <atomic>

namespace epidesk {

namespace {

std::atomic<int> g_computations{0};

// Loads the job's series (the chart's history), then forecasts them here or,
// as a "forecast" job of the same parameters, on the cluster; never throws.
std::shared_ptr<const ForecastPanelOutput> computeForecast(const ForecastJobParams &job,
                                                           const std::shared_ptr<const DataSource> &source,
                                                           const RemoteCompute &remote, Feedback *feedback) {
  ++g_computations;
  auto out = std::make_shared<ForecastPanelOutput>();
  out->indicatorName = ForecastSelection::indicatorName(job);
  out->data = loadJobData(job, source, feedback);
  if (out->data.canceled || out->data.panel.series.empty()) {
    out->error =
        out->data.error.isEmpty() ? ForecastBackground::loadedText(out->data, job.toJson()) : out->data.error;
    return out;
  }
  if (remote.isSet()) {
    QString error;
    bool canceled = false;
    const std::optional<QJsonObject> result =
        remote.run(QStringLiteral("forecast"), job.toJson(), feedback, &error, &canceled);
    if (!result) {
      out->error = canceled ? ForecastFamilyPanel::tr("The forecast was canceled.") : error;
      return out;
    }
    out->forecast = ForecastJobOutput::fromCluster(job.query.request, *result);
  } else {
    out->forecast = runForecastQuery(out->data.panel, job.query, feedback);
  }
  switch (out->forecast.status) {
  case ForecastJobOutput::Status::Canceled:
    out->error = ForecastFamilyPanel::tr("The forecast was canceled.");
    break;
  case ForecastJobOutput::Status::Failed:
    out->error = out->forecast.error;
    break;
  case ForecastJobOutput::Status::Ok:
    if (out->forecast.result.forecasts.isEmpty())
      out->error = out->forecast.failures.isEmpty()
                       ? ForecastFamilyPanel::tr("No series could be forecast.")
                       : ForecastFamilyPanel::tr("No series could be forecast (e.g. %1: %2).")
                             .arg(out->forecast.failures.firstKey(), out->forecast.failures.first());
    break;
  }
  return out;
}

} // namespace

int ForecastFamilyPanel::computationCount() {
  return g_computations.load();
}

std::optional<ForecastJobParams> ForecastFamilyPanel::job(QString *error) const {
  QStringList errors;
  std::optional<ForecastJobParams> job =
      ForecastJobParams::fromJson(initialSpec().params.value(QStringLiteral("forecast")).toObject(), &errors);
  if (!job && error)
    *error = errors.join(QStringLiteral("; "));
  return job;
}

void ForecastFamilyPanel::attach(const PanelContext &context) {
  m_output.reset();
  QString error;
  const std::optional<ForecastJobParams> params = job(&error);
  if (!params || !context.source) {
    follow(nullptr, QString());
    fail(params ? tr("no data source is open") : tr("invalid forecast parameters: %1").arg(error));
    emit computed();
    return;
  }
  // One computation per (normalised parameters, data source).
  const QByteArray key = "forecast:" + QJsonDocument(params->toJson()).toJson(QJsonDocument::Compact) + '@' +
                         QByteArray::number(quintptr(context.source.get()), 16) + context.remote.keySuffix();
  const std::shared_ptr<const DataSource> source = context.source;
  const ForecastJobParams p = *params;
  const RemoteCompute remote = context.remote;
  follow(PanelComputation::obtain(key, context.synchronous,
                                  [p, source, remote](Feedback *feedback) -> PanelComputation::Result {
                                    return computeForecast(p, source, remote, feedback);
                                  }),
         tr("Forecasting…"));
}

void ForecastFamilyPanel::computationDone(const PanelComputation &computation) {
  m_output = computation.result<ForecastPanelOutput>();
  if (!m_output || !m_output->error.isEmpty()) {
    fail(m_output ? m_output->error : tr("the forecast gave no result"));
    m_output.reset();
    return;
  }
  showContent();
  redraw();
}

void ForecastFamilyPanel::showSelection(const QStringList &codes) {
  m_selection = codes;
  if (m_output)
    redraw();
}

QString ForecastFamilyPanel::shownCode() const {
  if (!m_output || m_output->data.panel.series.empty())
    return {};
  for (const QString &code : m_selection)
    for (const TimeSeries &s : m_output->data.panel.series)
      if (s.code == code)
        return code;
  return m_output->data.panel.series.front().code;
}

ForecastChartPanel::ForecastChartPanel(const PanelSpec &spec, QWidget *parent)
    : ForecastFamilyPanel(spec, parent), m_chart(new ForecastChart) {
  m_chart->setMinimumSize(240, 160);
  setContent(m_chart);
}

void ForecastChartPanel::redraw() {
  const QString code = shownCode();
  const ForecastPanel &panel = m_output->data.panel;
  const auto series = std::find_if(panel.series.begin(), panel.series.end(),
                                   [&code](const TimeSeries &s) { return s.code == code; });
  if (series == panel.series.end()) {
    m_chart->clear();
    return;
  }
  const QString name = m_output->data.names.value(code);
  m_chart->setValueLabel(m_output->indicatorName);
  m_chart->setForecast(*series, m_output->forecast.result, panel, m_output->forecast.request.options,
                       name.isEmpty() ? code : tr("%1 (%2)").arg(name, code));
}

ForecastMapPanel::ForecastMapPanel(const PanelSpec &spec, QWidget *parent)
    : ForecastFamilyPanel(spec, parent), m_map(new DistrictMapView) {
  m_map->setMinimumSize(200, 160);
  setContent(m_map);
  connect(m_map->mapWidget(), &MapWidget::selectionChanged, this, &DashboardPanel::selectionRequested);
}

void ForecastMapPanel::redraw() {
  const DistrictData &data = m_output->data;
  if (data.features != m_map->features())
    m_map->setFeatures(data.features, data.projectionId, data.outlines);
  m_map->setIndicatorName(m_output->indicatorName);
  // As the forecast tab: with an origin the history the models saw, then the forecast.
  m_map->setData(historiesUpTo(data.panel.series, m_output->forecast.result.asOf), m_output->forecast.result);
  applyCursor();
  showSelection(m_selection);
  emit classesChanged();
}

void ForecastMapPanel::showSelection(const QStringList &codes) {
  m_selection = codes;
  m_map->selectDistrict(codes.value(0));
  m_map->mapWidget()->setSelectedCodes(codes);
}

void ForecastMapPanel::showTimeCursor(const QString &period) {
  const bool cleared = period.isEmpty() && !m_cursor.isEmpty();
  m_cursor = period;
  if (cleared) // "the last period": the last observed one, as after new data
    m_map->setStep(m_map->historyStepCount() - 1);
  applyCursor();
}

void ForecastMapPanel::applyCursor() {
  const int step = m_map->stepOf(m_cursor);
  if (step >= 0)
    m_map->setStep(step);
}

void registerForecastPanels(std::map<QString, PanelFactory::Create> &factories) {
  factories[QStringLiteral("forecast_chart")] = [](const PanelSpec &s, QWidget *p) {
    return new ForecastChartPanel(s, p);
  };
  factories[QStringLiteral("forecast_map")] = [](const PanelSpec &s, QWidget *p) {
    return new ForecastMapPanel(s, p);
  };
}

} // namespace epidesk
