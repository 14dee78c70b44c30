#include "ForecastPanel.h"
#include "BoundaryCache.h"
#include "DistrictMapView.h"
#include "DistrictSeriesStore.h"
#include "Feedback.h"
#include "ForecastChart.h"
#include "ForecastExport.h"
#include "ForecastService.h"
#include "MapScene.h"
#include "MapWidget.h"
#include "SharedData.h"
#include "TrendJob.h"
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <stdexcept>

namespace epidesk {

namespace {

// Messages of the free functions, in one context lupdate sees.
class ForecastJobText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ForecastJob)
};

// The panel the view already holds, as the service's input: every series
// is selectable by "all".
class LoadedPanelProvider : public SeriesPanelProvider {
public:
  explicit LoadedPanelProvider(const ForecastPanel &panel) : m_panel(panel) {}
  bool load(DistrictSeriesStore::Indicator, SeriesPanel &out, QString *) const override {
    out = {};
    out.series = m_panel.series;
    for (const TimeSeries &s : m_panel.series)
      out.districts << s.code;
    return true;
  }

private:
  const ForecastPanel &m_panel;
};

} // namespace

ForecastJobOutput runForecastJob(const ForecastPanel &panel, const ForecastRequest &request,
                                 Feedback *feedback) {
  ForecastJobOutput out;
  out.request = request;
  try {
    ForecastQuery query;
    query.request = request;
    query.selector = QStringLiteral("all");
    const ForecastOutcome outcome = ForecastService::run(LoadedPanelProvider(panel), query, feedback);
    if (feedback && feedback->isCanceled())
      throw Canceled{};
    out.result = outcome.result;
    out.failures = outcome.errors;
    if (!outcome.error.isEmpty()) {
      out.status = ForecastJobOutput::Status::Failed;
      out.error = outcome.error;
    }
  } catch (const Canceled &) {
    out.status = ForecastJobOutput::Status::Canceled;
  } catch (const std::exception &e) {
    out.status = ForecastJobOutput::Status::Failed;
    out.error = QString::fromUtf8(e.what());
  } catch (...) {
    out.status = ForecastJobOutput::Status::Failed;
    out.error = ForecastJobText::tr("Unknown error while forecasting.");
  }
  return out;
}

DistrictData loadDistrictData(const QString &storeLocation, const QString &indicator) {
  DistrictData data;
  const std::unique_ptr<DistrictSeriesStore> store =
      DistrictSeriesStore::openEmbedded(storeLocation, &data.error);
  if (!store)
    return data;
  DistrictPanel panel;
  const auto which = indicator == QLatin1String("deaths") ? DistrictSeriesStore::Indicator::Deaths
                                                          : DistrictSeriesStore::Indicator::Cases;
  if (!store->panel(which, panel, &data.error))
    return data;
  data.panel.series = std::move(panel.series);
  data.names = panel.districts;
  data.names.insert(DistrictSeriesStore::nationalCode(), ForecastJobText::tr("Poland (national total)"));
  BoundarySource boundaries;
  boundaries.path = QDir(sharedDataDir()).filePath(QStringLiteral("data/pl/powiaty.geojson"));
  boundaries.codeField = QStringLiteral("terc");
  boundaries.nameField = QStringLiteral("name");
  QString mapError;
  data.features = BoundaryCache::instance().get(boundaries, &mapError);
  if (!data.features && data.error.isEmpty())
    data.error = mapError; // the chart still works without a map
  return data;
}

ForecastPanelWidget::ForecastPanelWidget(QWidget *parent)
    : QWidget(parent), m_runner(runForecastJob), m_box(new QGroupBox(this)), m_form(new QFormLayout),
      m_indicator(new QComboBox(this)), m_model(new QComboBox(this)), m_horizon(new QSpinBox(this)),
      m_origins(new QSpinBox(this)), m_district(new QComboBox(this)), m_run(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_exportCsv(new QPushButton(this)), m_exportPdf(new QPushButton(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_map(new DistrictMapView(this)),
      m_chart(new ForecastChart(this)) {
  setObjectName(QStringLiteral("forecastPanel"));
  m_indicator->addItem(QString(), QStringLiteral("cases"));
  m_indicator->addItem(QString(), QStringLiteral("deaths"));
  fillModels();
  m_horizon->setRange(1, 365);
  m_horizon->setValue(14);
  m_origins->setRange(0, 52);
  m_origins->setValue(0);
  m_district->setMinimumContentsLength(12);
  m_district->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_progress->setRange(0, 100);
  m_progress->setValue(0);
  m_progress->hide();
  m_cancel->hide();
  m_status->setWordWrap(true);

  for (QWidget *field : {static_cast<QWidget *>(m_indicator), static_cast<QWidget *>(m_model),
                         static_cast<QWidget *>(m_horizon), static_cast<QWidget *>(m_origins),
                         static_cast<QWidget *>(m_district)}) {
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
  }
  auto *boxLayout = new QVBoxLayout(m_box);
  boxLayout->addLayout(m_form);
  boxLayout->addWidget(m_run);
  auto *progressRow = new QHBoxLayout;
  progressRow->addWidget(m_progress, 1);
  progressRow->addWidget(m_cancel);
  boxLayout->addLayout(progressRow);
  boxLayout->addWidget(m_status);
  boxLayout->addStretch(1);
  boxLayout->addWidget(m_exportCsv);
  boxLayout->addWidget(m_exportPdf);
  m_box->setMaximumWidth(300);

  m_splitter->addWidget(m_map);
  m_splitter->addWidget(m_chart);
  m_splitter->setStretchFactor(0, 1);
  m_splitter->setStretchFactor(1, 1);
  auto *layout = new QHBoxLayout(this);
  layout->addWidget(m_box);
  layout->addWidget(m_splitter, 1);

  connect(m_run, &QPushButton::clicked, this, &ForecastPanelWidget::runAll);
  connect(m_cancel, &QPushButton::clicked, this, &ForecastPanelWidget::cancel);
  connect(m_exportCsv, &QPushButton::clicked, this, &ForecastPanelWidget::exportCsvDialog);
  connect(m_exportPdf, &QPushButton::clicked, this, &ForecastPanelWidget::exportPdfDialog);
  connect(m_map, &DistrictMapView::districtActivated, this, &ForecastPanelWidget::showDistrict);
  connect(m_district, &QComboBox::activated, this,
          [this](int index) { showDistrict(m_district->itemData(index).toString()); });
  connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
    m_map->setIndicatorName(indicatorName());
    if (!m_store.isEmpty())
      setStoreLocation(m_store);
  });
  connect(&m_job, &QFutureWatcher<ForecastJobOutput>::finished, this, &ForecastPanelWidget::jobFinished);
  connect(&m_load, &QFutureWatcher<DistrictData>::finished, this, &ForecastPanelWidget::loadFinished);
  retranslate();
  updateButtons();
}

ForecastPanelWidget::~ForecastPanelWidget() {
  if (m_feedback)
    m_feedback->cancel();
  m_job.waitForFinished();
  m_load.waitForFinished();
}

void ForecastPanelWidget::fillModels() {
  const QString current = m_model->currentData().toString();
  const QSignalBlocker block(m_model);
  m_model->clear();
  const QStringList ids = ForecastModelRegistry::ids() << QStringLiteral("auto");
  for (const QString &id : ids)
    m_model->addItem(ForecastExport::modelName(id), id);
  const int index = m_model->findData(current.isEmpty() ? QStringLiteral("nn") : current);
  m_model->setCurrentIndex(std::max(0, index));
}

void ForecastPanelWidget::retranslate() {
  m_box->setTitle(tr("Forecast"));
  m_indicator->setItemText(0, tr("New cases"));
  m_indicator->setItemText(1, tr("Deaths"));
  fillModels();
  const std::pair<QWidget *, QString> labels[] = {{m_indicator, tr("&Indicator:")},
                                                  {m_model, tr("&Model:")},
                                                  {m_horizon, tr("&Horizon:")},
                                                  {m_origins, tr("&Backtest origins:")},
                                                  {m_district, tr("&District:")}};
  for (const auto &[field, text] : labels)
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
      label->setText(text);
  m_horizon->setSuffix(tr(" periods"));
  m_origins->setSpecialValueText(tr("none"));
  m_origins->setToolTip(tr("Rolling-origin backtests per district (MASE, sMAPE, interval coverage)"));
  m_run->setText(tr("Forecast &all districts"));
  m_cancel->setText(tr("Cancel"));
  m_exportCsv->setText(tr("Export forecasts CSV…"));
  m_exportPdf->setText(tr("Export PDF report…"));
  m_map->setIndicatorName(indicatorName());
  fillDistricts();
}

void ForecastPanelWidget::fillDistricts() {
  const QSignalBlocker block(m_district);
  m_district->clear();
  QList<std::pair<QString, QString>> items;
  for (const TimeSeries &s : m_panel.series) {
    const QString name = m_names.value(s.code);
    items.append({name.isEmpty() ? s.code : QStringLiteral("%1 (%2)").arg(name, s.code), s.code});
  }
  std::sort(items.begin(), items.end(),
            [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
  for (const auto &[text, code] : items)
    m_district->addItem(text, code);
  m_district->setCurrentIndex(m_district->findData(m_current));
}

void ForecastPanelWidget::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

void ForecastPanelWidget::setPanel(const ForecastPanel &panel, const QMap<QString, QString> &names) {
  m_panel = panel;
  m_names = names;
  m_result = {};
  m_resultRequest = {};
  bool keep = false;
  for (const TimeSeries &s : m_panel.series)
    keep = keep || s.code == m_current;
  if (!keep)
    m_current = m_panel.series.empty() ? QString() : m_panel.series.front().code;
  fillDistricts();
  m_map->setData(m_panel.series);
  showDistrict(m_current);
  updateButtons();
}

void ForecastPanelWidget::setFeatures(FeatureCollectionPtr features, const QString &projectionId) {
  m_map->setFeatures(std::move(features), projectionId);
  m_map->selectDistrict(m_current);
}

void ForecastPanelWidget::setRunner(ForecastRunner runner) {
  m_runner = runner ? std::move(runner) : ForecastRunner(runForecastJob);
}

ForecastRequest ForecastPanelWidget::request() const {
  ForecastRequest r;
  r.model = m_model->currentData().toString();
  r.horizon = m_horizon->value();
  r.backtestOrigins = m_origins->value();
  return r;
}

void ForecastPanelWidget::setRequest(const ForecastRequest &request) {
  const int index = m_model->findData(request.model);
  if (index >= 0)
    m_model->setCurrentIndex(index);
  m_horizon->setValue(request.horizon);
  m_origins->setValue(request.backtestOrigins);
}

QString ForecastPanelWidget::indicator() const {
  return m_indicator->currentData().toString();
}

QString ForecastPanelWidget::indicatorName() const {
  return m_indicator->currentText();
}

bool ForecastPanelWidget::isBusy() const {
  return m_job.isRunning() || m_load.isRunning();
}

void ForecastPanelWidget::setBusy(bool busy) {
  m_progress->setVisible(busy);
  m_cancel->setVisible(busy);
  if (busy)
    m_progress->setValue(0);
  updateButtons();
  emit busyChanged(busy);
}

void ForecastPanelWidget::updateButtons() {
  const bool busy = isBusy();
  m_run->setEnabled(!busy && !m_panel.series.empty());
  m_indicator->setEnabled(!busy);
  m_exportCsv->setEnabled(!busy && !m_result.forecasts.isEmpty());
  m_exportPdf->setEnabled(!busy && !m_result.forecasts.isEmpty());
}

void ForecastPanelWidget::setStoreLocation(const QString &location) {
  if (m_job.isRunning() || m_load.isRunning())
    cancel();
  m_job.waitForFinished();
  m_load.waitForFinished(); // a store read is short and cannot be interrupted
  m_store = location;
  if (location.isEmpty() || location.contains(QLatin1String("://"))) {
    // Only the embedded store holds district series for the view so far.
    setPanel({}, {});
    m_status->setText(location.isEmpty() ? QString()
                                         : tr("District series are read from embedded stores only."));
    return;
  }
  const QString which = indicator();
  m_status->setText(tr("Loading district series…"));
  m_load.setFuture(QtConcurrent::run([location, which] { return loadDistrictData(location, which); }));
  setBusy(true);
  m_progress->setRange(0, 0); // indeterminate while reading
}

void ForecastPanelWidget::loadFinished() {
  m_progress->setRange(0, 100);
  const DistrictData data = m_load.result();
  setBusy(false);
  if (data.features && data.features != m_map->features())
    setFeatures(data.features, QStringLiteral("albers_poland"));
  setPanel(data.panel, data.names);
  if (!data.error.isEmpty())
    m_status->setText(data.error);
  else if (m_panel.series.empty())
    m_status->setText(tr("This store holds no district series (epidesk-cli import covid-pl)."));
  else
    m_status->setText(tr("%n district series loaded.", nullptr, int(m_panel.series.size())));
  emit dataLoaded();
}

void ForecastPanelWidget::runAll() {
  if (isBusy() || m_panel.series.empty())
    return;
  const ForecastRequest req = request();
  m_feedback = makeSharedFeedback();
  connect(m_feedback.get(), &Feedback::progressChanged, this, [this](double percent) {
    m_progress->setValue(qRound(percent));
    emit progressChanged(percent);
  });
  const quint64 generation = ++m_generation;
  m_job.setProperty("generation", generation);
  const ForecastPanel panel = m_panel;
  const ForecastRunner runner = m_runner;
  const std::shared_ptr<Feedback> feedback = m_feedback;
  m_status->setText(tr("Forecasting %n district(s)…", nullptr, int(panel.series.size())));
  m_job.setFuture(
      QtConcurrent::run([panel, req, runner, feedback] { return runner(panel, req, feedback.get()); }));
  setBusy(true);
}

void ForecastPanelWidget::cancel() {
  if (m_feedback && m_job.isRunning()) {
    m_feedback->cancel();
    m_status->setText(tr("Canceling…"));
  }
}

void ForecastPanelWidget::jobFinished() {
  const ForecastJobOutput out = m_job.result();
  m_feedback.reset();
  setBusy(false);
  switch (out.status) {
  case ForecastJobOutput::Status::Canceled:
    m_status->setText(tr("Forecast canceled."));
    emit statusMessage(m_status->text());
    return;
  case ForecastJobOutput::Status::Failed:
    m_status->setText(out.error);
    emit failed(out.error);
    return;
  case ForecastJobOutput::Status::Ok:
    break;
  }
  m_result = out.result;
  m_resultRequest = out.request;
  QString text = tr("%n district(s) forecast.", nullptr, int(m_result.forecasts.size()));
  if (!out.failures.isEmpty())
    text +=
        QLatin1Char(' ') + tr("%n could not be forecast (e.g. %1: %2).", nullptr, int(out.failures.size()))
                               .arg(out.failures.firstKey(), out.failures.first());
  m_status->setText(text);
  m_map->setData(m_panel.series, m_result);
  showDistrict(m_current);
  updateButtons();
  emit statusMessage(text);
  emit forecastReady();
}

void ForecastPanelWidget::showDistrict(const QString &code) {
  const TimeSeries *series = nullptr;
  for (const TimeSeries &s : m_panel.series)
    if (s.code == code)
      series = &s;
  if (!series) {
    m_chart->clear();
    return;
  }
  m_current = code;
  const QString name = m_names.value(code);
  m_chart->setForecast(*series, m_result, m_panel, m_resultRequest.options,
                       name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code));
  m_map->selectDistrict(code);
  const QSignalBlocker block(m_district);
  m_district->setCurrentIndex(m_district->findData(code));
}

bool ForecastPanelWidget::exportCsv(const QString &path, QString *error) const {
  return ForecastExport::writeForecastsCsv(m_result, path, m_names, error);
}

bool ForecastPanelWidget::exportPdf(const QString &path, QString *error) const {
  ForecastReportContent c;
  c.indicator = indicatorName();
  c.request = m_resultRequest;
  c.result = m_result;
  c.district = m_current;
  c.districtName = m_names.value(m_current);
  c.mapDate = m_map->stepLabel(m_map->currentStep());
  c.source = m_store;
  c.map = m_map->features() ? m_map->mapWidget()->scene() : nullptr;
  c.chart = m_chart;
  return ForecastExport::writePdf(c, path, error);
}

void ForecastPanelWidget::exportCsvDialog() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export forecasts"),
                                                    QStringLiteral("forecasts.csv"), tr("CSV files (*.csv)"));
  if (path.isEmpty())
    return;
  QString error;
  if (!exportCsv(path, &error))
    QMessageBox::warning(this, tr("Export forecasts"), error);
  else
    emit statusMessage(tr("Forecasts written to %1").arg(QDir::toNativeSeparators(path)));
}

void ForecastPanelWidget::exportPdfDialog() {
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Export forecast report"), QStringLiteral("forecast-report.pdf"), tr("PDF files (*.pdf)"));
  if (path.isEmpty())
    return;
  QString error;
  if (!exportPdf(path, &error))
    QMessageBox::warning(this, tr("Export forecast report"), error);
  else
    emit statusMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace epidesk
