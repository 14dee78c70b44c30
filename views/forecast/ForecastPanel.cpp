#include "forecast/ForecastPanel.h"
#include "DataSourceRegistry.h"
#include "forecast/DistrictMapView.h"
#include "DistrictSeriesStore.h"
#include "forecast/ForecastChart.h"
#include "forecast/ForecastExport.h"
#include "ForecastOrigin.h"
#include "forecast/ForecastOriginBox.h"
#include "MapScene.h"
#include "map/MapWidget.h"
#include "cluster/RunLocationBox.h"
#include "trends/TrendJob.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace epidesk {

ForecastPanelWidget::ForecastPanelWidget(QWidget *parent)
    : QWidget(parent), m_box(new QGroupBox(this)), m_form(new QFormLayout), m_data(new QComboBox(this)),
      m_indicator(new QComboBox(this)), m_ingredient(new QComboBox(this)), m_measure(new QComboBox(this)),
      m_per1000(new QCheckBox(this)), m_location(new RunLocationBox(this)), m_model(new QComboBox(this)),
      m_horizon(new QSpinBox(this)), m_origins(new QSpinBox(this)), m_asOf(new ForecastOriginBox(this)),
      m_district(new QComboBox(this)), m_run(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_exportCsv(new QPushButton(this)),
      m_exportPdf(new QPushButton(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_map(new DistrictMapView(this)), m_chart(new ForecastChart(this)) {
  setObjectName(QStringLiteral("forecastPanel"));
  m_data->setObjectName(QStringLiteral("forecastData"));
  m_ingredient->setObjectName(QStringLiteral("forecastIngredient"));
  m_location->setObjectName(QStringLiteral("forecastRunLocation"));
  for (DataKind kind : {DataKind::Districts, DataKind::Uf, DataKind::Municipality})
    m_data->addItem(QString(), int(kind));
  m_indicator->setObjectName(QStringLiteral("forecastIndicator"));
  for (const QString &id : ForecastParamSchema::param(QStringLiteral("indicator")).choices)
    m_indicator->addItem(QString(), id);
  m_ingredient->setEditable(true); // a substring of the ingredient name, as in the trends controls
  m_ingredient->setInsertPolicy(QComboBox::NoInsert);
  m_ingredient->setMinimumContentsLength(12);
  m_ingredient->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  for (Measure m : {Measure::Prescriptions, Measure::Units})
    m_measure->addItem(QString(), int(m));
  fillModels();
  // The job's ranges (ForecastParamSchema), capped where a spin box stays
  // usable; the tab starts at two weeks of daily series.
  const ForecastParam &horizon = ForecastParamSchema::param(QStringLiteral("horizon"));
  const ForecastParam &origins = ForecastParamSchema::param(QStringLiteral("backtest_origins"));
  m_horizon->setRange(horizon.minimum, std::min(horizon.maximum, 365));
  m_horizon->setValue(14);
  m_origins->setRange(origins.minimum, std::min(origins.maximum, 52));
  m_origins->setValue(origins.defaultValue.toInt());
  m_district->setMinimumContentsLength(12);
  m_district->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_progress->setRange(0, 100);
  m_progress->setValue(0);
  m_progress->hide();
  m_cancel->hide();
  m_status->setWordWrap(true);

  for (QWidget *field :
       {static_cast<QWidget *>(m_data), static_cast<QWidget *>(m_indicator),
        static_cast<QWidget *>(m_ingredient), static_cast<QWidget *>(m_measure),
        static_cast<QWidget *>(m_per1000), static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_horizon),
        static_cast<QWidget *>(m_origins), static_cast<QWidget *>(m_asOf), static_cast<QWidget *>(m_district),
        static_cast<QWidget *>(m_location)}) {
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
  m_box->setMaximumWidth(320);

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
  // A changed selection loads its series (the ingredient once chosen or typed).
  connect(m_data, &QComboBox::currentIndexChanged, this, [this] {
    updateDataControls();
    reload();
  });
  // (hidden controls of the other data change nothing)
  const auto reloadIfChanged = [this] {
    if (selection() != m_loaded)
      reload();
  };
  for (QComboBox *box : {m_indicator, m_measure})
    connect(box, &QComboBox::currentIndexChanged, this, reloadIfChanged);
  connect(m_per1000, &QCheckBox::toggled, this, reloadIfChanged);
  connect(m_ingredient, &QComboBox::activated, this, reloadIfChanged);
  connect(m_ingredient->lineEdit(), &QLineEdit::editingFinished, this, reloadIfChanged);
  connect(m_location, &RunLocationBox::locationChanged, this, [this] {
    retranslate();
    updateButtons();
  });
  connect(&m_work, &ForecastBackground::loaded, this, &ForecastPanelWidget::loadFinished);
  connect(&m_work, &ForecastBackground::forecastFinished, this, &ForecastPanelWidget::jobFinished);
  connect(&m_work, &ForecastBackground::progressChanged, this, [this](double percent) {
    m_progress->setValue(qRound(percent));
    emit progressChanged(percent);
  });
  updateDataControls();
  retranslate();
  updateButtons();
}

ForecastPanelWidget::~ForecastPanelWidget() = default; // m_work cancels and waits

void ForecastPanelWidget::fillModels() {
  const QString current = m_model->currentData().toString();
  const QSignalBlocker block(m_model);
  m_model->clear();
  for (const QString &id : ForecastParamSchema::param(QStringLiteral("model")).choices)
    m_model->addItem(ForecastExport::modelName(id), id);
  const int index = m_model->findData(current.isEmpty() ? QStringLiteral("nn") : current);
  m_model->setCurrentIndex(std::max(0, index));
}

void ForecastPanelWidget::fillIngredients() {
  const QSignalBlocker block(m_ingredient);
  const QString text = m_ingredient->currentText();
  m_ingredient->clear();
  if (m_source)
    m_ingredient->addItems(m_source->ingredients());
  m_ingredient->setCurrentIndex(-1);
  m_ingredient->setEditText(text);
}

void ForecastPanelWidget::updateDataControls() {
  const bool districts = dataKind() == DataKind::Districts;
  m_form->setRowVisible(m_indicator, districts);
  for (QWidget *w : {static_cast<QWidget *>(m_ingredient), static_cast<QWidget *>(m_measure),
                     static_cast<QWidget *>(m_per1000)})
    m_form->setRowVisible(w, !districts);
  retranslate();
}

void ForecastPanelWidget::retranslate() {
  m_box->setTitle(tr("Forecast"));
  m_data->setItemText(0, tr("Poland — COVID-19 per powiat"));
  m_data->setItemText(1, tr("Brazil — prescriptions per UF"));
  m_data->setItemText(2, tr("Brazil — prescriptions per municipality"));
  for (int i = 0; i < m_indicator->count(); ++i)
    m_indicator->setItemText(i,
                             ForecastSelection::districtIndicatorName(m_indicator->itemData(i).toString()));
  for (int i = 0; i < m_measure->count(); ++i)
    m_measure->setItemText(i, ForecastSelection::measureName(Measure(m_measure->itemData(i).toInt())));
  m_per1000->setText(tr("Per 1,000 inhabitants"));
  m_ingredient->lineEdit()->setPlaceholderText(tr("all ingredients"));
  m_ingredient->setToolTip(tr("Part of the active ingredient's name; empty = every ingredient"));
  fillModels();
  const DataKind kind = dataKind();
  const std::pair<QWidget *, QString> labels[] = {{m_data, tr("D&ata:")},
                                                  {m_indicator, tr("&Indicator:")},
                                                  {m_ingredient, tr("I&ngredient:")},
                                                  {m_measure, tr("M&easure:")},
                                                  {m_per1000, QString()},
                                                  {m_model, tr("&Model:")},
                                                  {m_horizon, tr("&Horizon:")},
                                                  {m_origins, tr("&Backtest origins:")},
                                                  {m_asOf, tr("Forecast as &of:")},
                                                  {m_district, kind == DataKind::Uf ? tr("&UF:")
                                                               : kind == DataKind::Municipality
                                                                   ? tr("M&unicipality:")
                                                                   : tr("&District:")},
                                                  {m_location, tr("&Run on:")}};
  for (const auto &[field, text] : labels)
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
      label->setText(text);
  m_horizon->setSuffix(tr(" periods"));
  m_origins->setSpecialValueText(tr("none"));
  m_origins->setToolTip(tr("Rolling-origin backtests per series (MASE, sMAPE, interval coverage)"));
  const bool cluster = m_location->runsOnCluster();
  if (kind == DataKind::Districts)
    m_run->setText(cluster ? tr("Forecast &all districts on the cluster") : tr("Forecast &all districts"));
  else if (kind == DataKind::Uf)
    m_run->setText(cluster ? tr("Forecast &all UFs on the cluster") : tr("Forecast &all UFs"));
  else
    m_run->setText(cluster ? tr("Forecast &all municipalities on the cluster")
                           : tr("Forecast &all municipalities"));
  m_cancel->setText(tr("Cancel"));
  m_exportCsv->setText(tr("Export forecasts CSV…"));
  m_exportPdf->setText(tr("Export PDF report…"));
  m_map->setIndicatorName(indicatorName());
  fillDistricts();
}

void ForecastPanelWidget::fillDistricts() {
  const QSignalBlocker block(m_district);
  m_district->clear();
  for (const auto &[text, code] : seriesChoices(m_panel, m_names))
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
  const auto [first, last] = dataRange(m_panel);
  m_asOf->setDataRange(first, last);
  m_map->setData(m_panel.series);
  showDistrict(m_current);
  updateButtons();
}

void ForecastPanelWidget::setFeatures(FeatureCollectionPtr features, const QString &projectionId,
                                      FeatureCollectionPtr outlines) {
  m_map->setFeatures(std::move(features), projectionId, std::move(outlines));
  m_map->selectDistrict(m_current);
}

void ForecastPanelWidget::setRunner(ForecastRunner runner) {
  m_work.setRunner(std::move(runner));
}

ForecastRequest ForecastPanelWidget::request() const {
  ForecastRequest r;
  r.model = m_model->currentData().toString();
  r.horizon = m_horizon->value();
  r.backtestOrigins = m_origins->value();
  r.asOf = m_asOf->asOf();
  return r;
}

void ForecastPanelWidget::setRequest(const ForecastRequest &request) {
  const int index = m_model->findData(request.model);
  if (index >= 0)
    m_model->setCurrentIndex(index);
  m_horizon->setValue(request.horizon);
  m_origins->setValue(request.backtestOrigins);
  m_asOf->setAsOf(request.asOf);
}

ForecastPanelWidget::DataKind ForecastPanelWidget::dataKind() const {
  return DataKind(m_data->currentData().toInt());
}

void ForecastPanelWidget::setDataKind(DataKind kind) {
  m_data->setCurrentIndex(std::max(0, m_data->findData(int(kind))));
}

ForecastSelection ForecastPanelWidget::currentSelection() const {
  ForecastSelection s;
  s.kind = dataKind();
  s.indicator = indicator();
  s.ingredient = m_ingredient->currentText();
  s.measure = Measure(m_measure->currentData().toInt());
  s.per1000 = m_per1000->isChecked();
  return s;
}

TrendRequest ForecastPanelWidget::trendRequest() const {
  return currentSelection().trendRequest();
}

QJsonObject ForecastPanelWidget::selection() const {
  return currentSelection().toJson();
}

bool ForecastPanelWidget::setSelection(const QJsonObject &json) {
  const std::optional<ForecastSelection> s = ForecastSelection::fromJson(json);
  if (!s)
    return false;
  const QSignalBlocker blockData(m_data), blockIndicator(m_indicator), blockMeasure(m_measure),
      blockPer(m_per1000), blockIngredient(m_ingredient);
  setDataKind(s->kind);
  if (s->kind == DataKind::Districts) {
    m_indicator->setCurrentIndex(m_indicator->findData(s->indicator));
  } else {
    m_measure->setCurrentIndex(std::max(0, m_measure->findData(int(s->measure))));
    m_per1000->setChecked(s->per1000);
    m_ingredient->setEditText(s->ingredient);
  }
  updateDataControls();
  return true;
}

QJsonObject ForecastPanelWidget::clusterParams() const {
  return currentSelection().job(request()).toJson();
}

QString ForecastPanelWidget::indicator() const {
  return m_indicator->currentData().toString();
}

QString ForecastPanelWidget::indicatorName() const {
  return currentSelection().indicatorName();
}

QString ForecastPanelWidget::dataName() const {
  return m_data->currentText();
}

void ForecastPanelWidget::setClusterAvailable(bool available, const QString &whyNot) {
  m_location->setClusterAvailable(available, whyNot);
  updateButtons();
}

bool ForecastPanelWidget::isBusy() const {
  return m_work.isBusy();
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
  // The cluster reads the data itself: only a source is needed.
  const bool canRun =
      m_location->runsOnCluster() ? (m_source || !m_store.isEmpty()) : !m_panel.series.empty();
  m_run->setEnabled(!busy && canRun);
  m_data->setEnabled(!busy);
  m_indicator->setEnabled(!busy);
  m_ingredient->setEnabled(!busy);
  m_measure->setEnabled(!busy);
  m_per1000->setEnabled(!busy);
  m_exportCsv->setEnabled(!busy && !m_result.forecasts.isEmpty());
  m_exportPdf->setEnabled(!busy && !m_result.forecasts.isEmpty());
}

void ForecastPanelWidget::setDataSource(std::shared_ptr<const DataSource> source,
                                        const QString &warehousePassword) {
  if (isBusy())
    cancel();
  m_work.wait();
  m_source = std::move(source);
  m_store = m_source ? m_source->location() : QString();
  m_password = warehousePassword;
  m_loaded = {};
  fillIngredients();
  reload();
}

void ForecastPanelWidget::setStoreLocation(const QString &location) {
  QString error;
  std::shared_ptr<const DataSource> source = location.isEmpty() ? nullptr : openDataSource(location, &error);
  setDataSource(std::move(source));
  if (!error.isEmpty())
    m_status->setText(error);
}

void ForecastPanelWidget::reload() {
  if (isBusy())
    cancel();
  m_work.wait(); // canceled above: returns soon
  if (m_store.isEmpty()) {
    setPanel({}, {});
    m_loaded = {};
    m_status->setText(QString());
    return;
  }
  m_map->setIndicatorName(indicatorName());
  const ForecastSelection wanted = currentSelection();
  m_status->setText(wanted.kind == DataKind::Districts ? tr("Loading district series…")
                                                       : tr("Loading prescription series…"));
  m_work.load(wanted, m_store, m_source, m_password);
  setBusy(true);
  m_progress->setRange(0, 0); // indeterminate while reading
}

void ForecastPanelWidget::loadFinished(const DistrictData &data, const QJsonObject &selection) {
  m_progress->setRange(0, 100);
  setBusy(false);
  if (data.canceled) {
    m_status->setText(ForecastBackground::loadedText(data, selection));
    m_pending.reset();
    return;
  }
  m_loaded = selection;
  if (data.features != m_map->features())
    setFeatures(data.features, data.projectionId, data.outlines);
  setPanel(data.panel, data.names);
  m_status->setText(ForecastBackground::loadedText(data, m_loaded));
  emit dataLoaded();
  if (m_pending) {
    const ForecastJobOutput out = *m_pending;
    m_pending.reset();
    showOutput(out);
  }
}

void ForecastPanelWidget::runAll() {
  if (isBusy())
    return;
  const ForecastRequest req = request();
  if (m_location->runsOnCluster()) {
    if (!m_source && m_store.isEmpty())
      return;
    const QString label =
        tr("Forecast: %1, %2, %3").arg(dataName(), indicatorName(), ForecastExport::modelName(req.model));
    m_status->setText(tr("Sent to the cluster: %1").arg(label));
    emit clusterRunRequested(QStringLiteral("forecast"), clusterParams(), label);
    emit statusMessage(m_status->text());
    return;
  }
  if (m_panel.series.empty())
    return;
  QString text = tr("Forecasting %n series…", nullptr, int(m_panel.series.size()));
  // Every municipality (about 5,570) takes a while with per-series models:
  // say so; progress and Cancel keep working.
  if (m_panel.series.size() > 1000)
    text += QLatin1Char(' ') + tr("This may take several minutes; Cancel stops it.");
  m_status->setText(text);
  m_work.forecast(m_panel, req);
  setBusy(true);
}

void ForecastPanelWidget::cancel() {
  if (m_work.cancel())
    m_status->setText(tr("Canceling…"));
}

void ForecastPanelWidget::jobFinished(const ForecastJobOutput &out) {
  setBusy(false);
  showOutput(out);
}

void ForecastPanelWidget::showOutput(const ForecastJobOutput &out) {
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
  QString text = tr("%n series forecast.", nullptr, int(m_result.forecasts.size()));
  if (!out.failures.isEmpty())
    text +=
        QLatin1Char(' ') + tr("%n could not be forecast (e.g. %1: %2).", nullptr, int(out.failures.size()))
                               .arg(out.failures.firstKey(), out.failures.first());
  m_status->setText(text);
  // With an origin the map plays the history the models saw, then the forecast.
  m_map->setData(historiesUpTo(m_panel.series, m_result.asOf), m_result);
  showDistrict(m_current);
  updateButtons();
  emit statusMessage(text);
  emit forecastReady();
}

bool ForecastPanelWidget::showClusterResult(const QJsonObject &params, const QJsonObject &result) {
  const std::optional<ForecastJobParams> job = ForecastJobParams::fromJson(params);
  const std::optional<ForecastSelection> selection = job ? ForecastSelection::fromJob(*job) : std::nullopt;
  if (!selection || !result.value(QStringLiteral("forecasts")).isObject())
    return false;
  const QJsonObject wanted = selection->toJson();
  const ForecastRequest *request = &job->query.request;
  const ForecastJobOutput out = ForecastJobOutput::fromCluster(*request, result);
  if (wanted != m_loaded) {
    if (!setSelection(wanted))
      return false;
    setRequest(*request);
    m_pending = out; // shown once its data is loaded
    reload();
    return true;
  }
  if (isBusy())
    cancel();
  m_work.waitForForecast();
  setRequest(*request);
  showOutput(out);
  return true;
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
  m_chart->setValueLabel(indicatorName());
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
  c.data = dataName();
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
  saveWithDialog(tr("Export forecasts"), QStringLiteral("forecasts.csv"), tr("CSV files (*.csv)"),
                 &ForecastPanelWidget::exportCsv, tr("Forecasts written to %1"));
}

void ForecastPanelWidget::exportPdfDialog() {
  saveWithDialog(tr("Export forecast report"), QStringLiteral("forecast-report.pdf"), tr("PDF files (*.pdf)"),
                 &ForecastPanelWidget::exportPdf, tr("Report written to %1"));
}

void ForecastPanelWidget::saveWithDialog(const QString &title, const QString &fileName, const QString &filter,
                                         bool (ForecastPanelWidget::*write)(const QString &, QString *) const,
                                         const QString &done) {
  const QString path = QFileDialog::getSaveFileName(this, title, fileName, filter);
  if (path.isEmpty())
    return;
  QString error;
  if (!(this->*write)(path, &error))
    QMessageBox::warning(this, title, error);
  else
    emit statusMessage(done.arg(QDir::toNativeSeparators(path)));
}

} // namespace epidesk
