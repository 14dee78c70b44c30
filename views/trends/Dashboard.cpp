#include "trends/Dashboard.h"
#include "trends/CodeSelection.h"
#include "DataSource.h"
#include "Feedback.h"
#include "MapScene.h"
#include "map/MapWidget.h"
#include "export/ReportWriter.h"
#include "cluster/RunLocationBox.h"
#include "trends/TrendChart.h"
#include "trends/TrendControls.h"
#include "trends/TrendTestTable.h"
#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace epidesk {

Dashboard::Dashboard(QWidget *parent)
    : QWidget(parent), m_selection(new CodeSelection(this)), m_controls(new TrendControls(this)),
      m_map(new MapWidget(this)), m_chart(new TrendChart(this)), m_table(new TrendTestTable(this)),
      m_mapValue(new QComboBox(this)), m_mapValueLabel(new QLabel(this)), m_mapMessage(new QLabel(this)),
      m_mainSplitter(new QSplitter(Qt::Horizontal, this)), m_banner(new QLabel(this)) {
  m_map->setObjectName(QStringLiteral("map"));
  m_chart->setObjectName(QStringLiteral("chart"));
  m_table->setObjectName(QStringLiteral("trendTable"));
  m_controls->setObjectName(QStringLiteral("controls"));
  m_mapMessage->setWordWrap(true);
  m_mapMessage->hide();
  // Non-modal: the analyst keeps working with the last result meanwhile.
  m_banner->setObjectName(QStringLiteral("connectionBanner"));
  m_banner->setWordWrap(true);
  m_banner->setStyleSheet(QStringLiteral(
      "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffe69c; padding: 4px; }"));
  m_banner->hide();

  // Left: parameters above the table. Right: map above chart.
  auto *left = new QWidget(m_mainSplitter);
  auto *leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(m_controls);
  leftLayout->addWidget(m_table, 1);

  auto *mapPanel = new QWidget;
  auto *mapBar = new QHBoxLayout;
  mapBar->addWidget(m_mapValueLabel);
  mapBar->addWidget(m_mapValue, 1);
  m_mapValueLabel->setBuddy(m_mapValue);
  auto *mapLayout = new QVBoxLayout(mapPanel);
  mapLayout->setContentsMargins(0, 0, 0, 0);
  mapLayout->addLayout(mapBar);
  mapLayout->addWidget(m_mapMessage);
  mapLayout->addWidget(m_map, 1);

  auto *right = new QSplitter(Qt::Vertical, m_mainSplitter);
  right->addWidget(mapPanel);
  right->addWidget(m_chart);
  right->setStretchFactor(0, 3);
  right->setStretchFactor(1, 2);

  m_mainSplitter->addWidget(left);
  m_mainSplitter->addWidget(right);
  m_mainSplitter->setStretchFactor(0, 2);
  m_mainSplitter->setStretchFactor(1, 3);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_banner);
  layout->addWidget(m_mainSplitter);

  connect(m_controls, &TrendControls::requestChanged, this, &Dashboard::run);
  connect(m_controls, &TrendControls::classificationChanged, this, [this] { updateMap(); });
  connect(m_mapValue, &QComboBox::currentIndexChanged, this, [this] { updateMap(); });

  // Views push user selections into the one selection; it pushes back out.
  connect(m_map, &MapWidget::selectionChanged, this,
          [this](const QStringList &features) { m_selection->setCodes(m_binding.resultCodes(features)); });
  connect(m_table, &TrendTestTable::selectionChanged, m_selection, &CodeSelection::setCodes);
  connect(m_chart, &TrendChart::seriesClicked, m_selection, &CodeSelection::select);
  connect(m_selection, &CodeSelection::changed, this, [this](const QStringList &codes) {
    m_map->setSelectedCodes(m_binding.featureCodes(codes));
    m_table->setSelectedCodes(codes);
    m_chart->setSelectedCodes(codes);
  });

  retranslate();
}

Dashboard::~Dashboard() {
  // Let a running job end quickly; its watcher is our child and goes with us,
  // and the job only holds shared pointers, so nothing dangles.
  if (m_feedback)
    m_feedback->cancel();
}

void Dashboard::setDataSource(std::shared_ptr<const DataSource> source) {
  cancel();
  stopReconnecting();
  m_reopen = nullptr;
  m_source = std::move(source);
  m_controls->setDataSource(m_source.get());
  if (m_source)
    emit statusMessage(tr("Opened %1").arg(m_source->location()));
}

void Dashboard::switchDataSource(std::shared_ptr<const DataSource> source, Reopener reopen) {
  // Filling the controls from the new source resets the year range: keep the request.
  const TrendRequest request = m_controls->request();
  setDataSource(std::move(source));
  m_reopen = std::move(reopen);
  m_controls->setRequest(request);
  rerun();
}

void Dashboard::setReconnectDelays(int firstMs, int maxMs) {
  firstMs = qMax(1, firstMs);
  m_reconnectBackoff = RetryBackoff(firstMs, qMax(firstMs, maxMs));
}

QString Dashboard::bannerText() const {
  return m_banner->isHidden() ? QString() : m_banner->text();
}

void Dashboard::startReconnecting(const QString &error) {
  m_lostError = error;
  if (m_reconnecting)
    return; // one loop at a time; a job failing meanwhile changes nothing
  m_reconnecting = true;
  m_reconnectBackoff.reset();
  const QString message = tr("Connection to the warehouse was lost; reconnecting…");
  emit connectionLost(message);
  emit statusMessage(message);
  scheduleReconnect();
}

void Dashboard::scheduleReconnect() {
  const int delay = m_reconnectBackoff.next();
  m_banner->setText(tr("Connection to the warehouse was lost; reconnecting in %n s… (%1)", nullptr,
                       qMax(1, (delay + 500) / 1000))
                        .arg(m_lostError));
  m_banner->show();
  const quint64 generation = m_reconnectGeneration;
  QTimer::singleShot(delay, this, [this, generation] { attemptReconnect(generation); });
}

void Dashboard::attemptReconnect(quint64 generation) {
  if (generation != m_reconnectGeneration || !m_reopen)
    return;
  m_banner->setText(tr("Connection to the warehouse was lost; reconnecting… (%1)").arg(m_lostError));
  auto *watcher = new QFutureWatcher<std::pair<std::shared_ptr<const DataSource>, QString>>(this);
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    if (generation != m_reconnectGeneration)
      return; // the user switched sources meanwhile
    auto [source, error] = watcher->result();
    if (!source) {
      m_lostError = error;
      scheduleReconnect();
      return;
    }
    switchDataSource(std::move(source), m_reopen); // stops reconnecting, keeps the view
    emit statusMessage(tr("Reconnected to %1").arg(m_source->location()));
    emit reconnected();
  });
  // The worker owns a copy of the opener (connection details, password in memory).
  watcher->setFuture(QtConcurrent::run([reopen = m_reopen] {
    QString error;
    std::shared_ptr<const DataSource> source = reopen(&error);
    return std::make_pair(std::move(source), error);
  }));
}

void Dashboard::stopReconnecting() {
  ++m_reconnectGeneration;
  m_reconnecting = false;
  m_banner->hide();
  m_banner->clear();
}

QString Dashboard::mapValueChoice() const {
  return m_mapValue->currentData().toString();
}

void Dashboard::rerun() {
  if (m_controls->runLocation()->runsOnCluster()) {
    emit statusMessage(tr("Press Run to submit the request to the cluster."));
    return; // a source switch must not queue cluster jobs by itself
  }
  run(m_controls->request());
}

QString Dashboard::describe(const TrendRequest &request) {
  const QString ingredient =
      request.ingredientContains.isEmpty() ? tr("all ingredients") : request.ingredientContains;
  QString level;
  switch (request.level) {
  case GeoLevel::Uf:
    level = tr("per state");
    break;
  case GeoLevel::Region:
    level = tr("per region");
    break;
  case GeoLevel::Country:
    level = tr("country");
    break;
  case GeoLevel::Municipality:
    level = tr("per municipality");
    break;
  }
  const QString period = request.period == PeriodKind::Month ? tr("monthly") : tr("yearly");
  return tr("Trends: %1, %2, %3").arg(ingredient, level, period);
}

namespace {
// Identity of the country-level version of a request (the reference line's job).
QByteArray countryKey(TrendRequest request) {
  request.level = GeoLevel::Country;
  return QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
}
} // namespace

bool Dashboard::showClusterResult(const QJsonObject &params, const QJsonObject &result) {
  const std::optional<TrendRequest> request = TrendRequest::fromJson(params);
  if (!request || !result.value(QLatin1String("series")).isObject())
    return false;
  const TrendResult parsed = TrendResult::fromJson(result);
  if (request->level == GeoLevel::Country) {
    const QByteArray key = countryKey(*request);
    m_clusterCountry.insert(key, parsed);
    // The reference line of the result on screen, or of the one being
    // prepared (showOutput() takes it from m_clusterCountry then).
    const TrendRequest *current = m_presenting ? &*m_presenting : (m_hasResult ? &m_output.request : nullptr);
    if (current && current->level != GeoLevel::Country && countryKey(*current) == key) {
      if (!m_presenting) {
        m_output.country = parsed;
        m_chart->setResult(m_output.result, m_output.country);
      }
      return true;
    }
  }
  cancel();
  const quint64 generation = ++m_generation;
  auto *watcher = new QFutureWatcher<TrendJobOutput>(this);
  m_watcher = watcher;
  connect(watcher, &QFutureWatcherBase::finished, this, [this, generation] { onJobFinished(generation); });
  connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
  watcher->setFuture(QtConcurrent::run([source = m_source, request = *request, parsed] {
    return presentClusterTrends(source, request, parsed);
  }));
  m_presenting = *request;
  m_controls->setRequest(*request);
  setBusy(true);
  return true;
}

void Dashboard::run(const TrendRequest &request) {
  if (!m_source)
    return;
  const QStringList errors = request.validate();
  if (!errors.isEmpty()) {
    emit failed(errors.join(QLatin1Char('\n')));
    return;
  }
  if (m_controls->runLocation()->runsOnCluster()) {
    emit clusterRunRequested(QStringLiteral("trends"), request.toJson(), describe(request));
    if (request.level != GeoLevel::Country) { // the chart's reference line
      TrendRequest country = request;
      country.level = GeoLevel::Country;
      emit clusterRunRequested(QStringLiteral("trends"), country.toJson(), describe(country));
    }
    emit statusMessage(tr("Submitted to the cluster; the result opens when it is ready."));
    return;
  }
  cancel(); // a newer request replaces the older one

  const quint64 generation = ++m_generation;
  m_feedback = makeSharedFeedback();
  connect(m_feedback.get(), &Feedback::progressChanged, this, [this, generation](double percent) {
    if (generation == m_generation)
      emit progressChanged(percent);
  });
  auto *watcher = new QFutureWatcher<TrendJobOutput>(this);
  m_watcher = watcher;
  connect(watcher, &QFutureWatcherBase::finished, this, [this, generation] { onJobFinished(generation); });
  connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);

  // The job owns copies of everything it touches (source, feedback).
  std::shared_ptr<const DataSource> source = m_source;
  std::shared_ptr<Feedback> feedback = m_feedback;
  watcher->setFuture(QtConcurrent::run(
      [source, request, feedback] { return runTrendJob(source, request, feedback.get()); }));
  setBusy(true);
  emit progressChanged(0);
  emit statusMessage(tr("Computing trends…"));
}

void Dashboard::cancel() {
  if (m_feedback)
    m_feedback->cancel();
  if (m_watcher)
    m_watcher->disconnect(this); // its result is stale now
  m_feedback.reset();
  m_watcher.clear();
  m_presenting.reset();
  ++m_generation;
  setBusy(false);
}

void Dashboard::onJobFinished(quint64 generation) {
  if (generation != m_generation || !m_watcher)
    return;
  TrendJobOutput output = m_watcher->result();
  m_watcher.clear();
  m_presenting.reset();
  m_feedback.reset();
  setBusy(false);
  switch (output.status) {
  case TrendJobOutput::Status::Canceled:
    emit statusMessage(tr("Canceled."));
    return;
  case TrendJobOutput::Status::ConnectionLost:
    if (m_reopen) {
      startReconnecting(output.error);
      return;
    }
    [[fallthrough]];
  case TrendJobOutput::Status::Failed:
    emit statusMessage(tr("Failed: %1").arg(output.error));
    emit failed(output.error);
    return;
  case TrendJobOutput::Status::Ok:
    showOutput(std::move(output));
    return;
  }
}

void Dashboard::showOutput(TrendJobOutput output) {
  const bool sameLevel = m_hasResult && m_output.result.level == output.result.level &&
                         m_output.result.period == output.result.period;
  const QStringList keep = sameLevel ? m_selection->codes() : QStringList();
  if (output.request.level != GeoLevel::Country && output.country.series.isEmpty())
    output.country = m_clusterCountry.value(countryKey(output.request)); // a cluster run's reference line
  m_output = std::move(output);
  m_hasResult = true;
  m_binding = m_output.binding;

  m_mapMessage->setVisible(!m_output.error.isEmpty());
  m_mapMessage->setText(tr("Map unavailable: %1").arg(m_output.error));

  m_syncing = true;
  m_selection->clear();
  m_table->setResult(m_output.result);
  m_chart->setResult(m_output.result, m_output.country);
  fillMapValueCombo();
  m_syncing = false;
  updateMap();
  // Keep the analyst's selection when only the ingredient/measure changed.
  QStringList still;
  for (const QString &c : keep)
    if (m_output.result.series.contains(c))
      still << c;
  m_selection->setCodes(still);

  emit statusMessage(tr("%n series computed.", nullptr, int(m_output.result.series.size())));
  emit resultReady();
}

void Dashboard::fillMapValueCombo() {
  const QSignalBlocker block(m_mapValue);
  const QString previous = m_mapValue->currentData().toString();
  m_mapValue->clear();
  QStringList periods;
  for (const auto &points : m_output.result.series) {
    for (const SeriesPoint &p : points)
      periods << p.period;
    break; // every series covers the same periods
  }
  for (const QString &p : periods)
    m_mapValue->addItem(p, p);
  m_mapValue->addItem(tr("Trend (Sen's slope)"), kSenSlopeValue);
  int index = m_mapValue->findData(previous);
  if (index < 0 || previous.isEmpty())
    index = qMax(0, int(periods.size()) - 1); // default: the last period
  m_mapValue->setCurrentIndex(index);
}

void Dashboard::updateMap() {
  if (m_syncing || !m_hasResult)
    return;
  MapContent content;
  content.result = m_output.result;
  content.features = m_output.features;
  content.outlines = m_output.outlines;
  content.binding = m_binding;
  content.period = mapValueChoice();
  content.classifierId = m_controls->classifierId();
  content.classCount = m_controls->classCount();
  content.selectedResultCodes = m_selection->codes();
  populateMapScene(*m_map->scene(), content);
}

ReportContent Dashboard::reportContent() const {
  ReportContent c;
  c.request = m_output.request;
  c.result = m_output.result;
  c.reference = m_output.country;
  c.source = m_source;
  c.classifierId = m_controls->classifierId();
  c.classCount = m_controls->classCount();
  c.mapValue = mapValueChoice();
  c.selectedCodes = m_selection->codes();
  return c;
}

void Dashboard::setBusy(bool busy) {
  if (busy == m_busy)
    return;
  m_busy = busy;
  emit busyChanged(busy);
}

void Dashboard::retranslate() {
  m_mapValueLabel->setText(tr("Map &shows:"));
  const int slope = m_mapValue->findData(kSenSlopeValue);
  if (slope >= 0)
    m_mapValue->setItemText(slope, tr("Trend (Sen's slope)"));
  updateMap(); // legend titles are translated
}

void Dashboard::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

} // namespace epidesk
