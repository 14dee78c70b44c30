#include "dashboard/DashboardHost.h"
#include "DataSource.h"
#include "Feedback.h"
#include "dashboard/ClassHistogramPanel.h"
#include "dashboard/ForecastPanels.h"
#include "dashboard/SpaceTimePanel.h"
#include "dashboard/TrendPanels.h"
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace epidesk {

namespace {
QByteArray keyOf(const TrendRequest &request) {
  return QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
}

// A trend panel's request run in-process, or on the cluster as "trends" jobs
// (the request, then its country reference line, as the classic dashboard's
// cluster run does), shown on the local source's boundaries.
TrendJobOutput runPanelTrends(const std::shared_ptr<const DataSource> &source, const TrendRequest &request,
                              const RemoteCompute &remote, Feedback *feedback) {
  if (!remote.isSet())
    return runTrendJob(source, request, feedback);
  const bool countryLevel = request.level == GeoLevel::Country;
  TrendRequest country = request;
  country.level = GeoLevel::Country;
  QString error;
  bool canceled = false;
  const std::optional<QJsonObject> result =
      remote.run(QStringLiteral("trends"), request.toJson(), feedback, &error, &canceled);
  std::optional<QJsonObject> reference = result;
  if (result && !countryLevel)
    reference = remote.run(QStringLiteral("trends"), country.toJson(), feedback, &error, &canceled);
  if (!result || !reference) {
    TrendJobOutput out;
    out.request = request;
    out.status = canceled ? TrendJobOutput::Status::Canceled : TrendJobOutput::Status::Failed;
    out.error = error;
    return out;
  }
  TrendJobOutput out = presentClusterTrends(source, request, TrendResult::fromJson(*result));
  if (!countryLevel && out.status == TrendJobOutput::Status::Ok)
    out.country = TrendResult::fromJson(*reference);
  return out;
}
} // namespace

DashboardHost::DashboardHost(Mode mode, QObject *parent)
    : QObject(parent), m_mode(mode), m_state(new DashboardState(this)) {
  connect(m_state, &DashboardState::selectionChanged, this, [this] {
    for (DashboardPanel *p : panels())
      if (p->isLinked())
        p->showSelection(m_state->selection());
  });
  connect(m_state, &DashboardState::timeCursorChanged, this, [this] {
    for (DashboardPanel *p : panels())
      if (p->isLinked())
        p->showTimeCursor(m_state->timeCursor());
  });
  connect(m_state, &DashboardState::filterChanged, this, [this] { refresh(); });
}

DashboardHost::~DashboardHost() {
  cancel();
}

void DashboardHost::setSource(std::shared_ptr<const DataSource> source) {
  cancel();
  m_source = std::move(source);
  m_results.clear();
  ++m_sourceGeneration;
  for (DashboardPanel *p : panels())
    if (!qobject_cast<TrendPanel *>(p))
      p->attach(context());
  refresh();
}

PanelContext DashboardHost::context() const {
  return {m_source, m_documentDir, m_mode == Mode::Synchronous, m_savedResults, m_remote};
}

std::vector<SavedResult> DashboardHost::savedResults() const {
  std::vector<SavedResult> out;
  bool computing = false;
  for (DashboardPanel *p : panels()) {
    computing = computing || p->isComputing();
    if (std::optional<SavedResult> r = p->savedResult())
      out.push_back(std::move(*r));
  }
  if (computing) // saved before the panels finished: keep what the document had
    out.insert(out.end(), m_savedResults.begin(), m_savedResults.end());
  return SavedResult::normalised(std::move(out));
}

bool DashboardHost::isBusy() const {
  if (!m_running.isEmpty())
    return true;
  for (DashboardPanel *p : panels())
    if (p->isComputing())
      return true;
  return false;
}

QStringList DashboardHost::periods() const {
  QSet<QString> all;
  for (const std::shared_ptr<const TrendJobOutput> &output : m_results)
    for (const std::vector<SeriesPoint> &points : output->result.series)
      for (const SeriesPoint &p : points)
        all.insert(p.period);
  QStringList out(all.begin(), all.end());
  out.sort(); // "2014" < "2015", "2014-03" < "2014-04"
  return out;
}

void DashboardHost::panelComputed() {
  if (!isBusy()) {
    emit busyChanged(false);
    emit panelsUpdated();
  }
}

void DashboardHost::addPanel(DashboardPanel *panel) {
  m_panels.append(panel);
  connect(panel, &DashboardPanel::selectRequested, this, [this, panel](const QString &code, bool add) {
    if (panel->isLinked())
      m_state->select(code, add);
    else
      panel->showSelection(code.isEmpty() ? QStringList() : QStringList{code});
  });
  connect(panel, &DashboardPanel::selectionRequested, this, [this, panel](const QStringList &codes) {
    if (panel->isLinked())
      m_state->setSelection(codes);
    else
      panel->showSelection(codes);
  });
  connect(panel, &DashboardPanel::linkedChanged, this, [this, panel] {
    applyLinkedState(panel);
    refresh();
  });
  connect(panel, &DashboardPanel::failed, this, &DashboardHost::failed);
  connect(panel, &DashboardPanel::computed, this, &DashboardHost::panelComputed);
  applyLinkedState(panel);
  bindCompanions();
  if (!qobject_cast<TrendPanel *>(panel) && m_source) {
    const bool wasBusy = isBusy();
    panel->attach(context());
    if (!wasBusy && isBusy())
      emit busyChanged(true);
  }
  refresh();
}

void DashboardHost::removePanel(DashboardPanel *panel) {
  m_panels.removeAll(panel);
  disconnect(panel, nullptr, this, nullptr);
  bindCompanions();
}

void DashboardHost::bindCompanions() {
  const QList<DashboardPanel *> all = panels();
  for (DashboardPanel *p : all) {
    auto *histogram = qobject_cast<ClassHistogramPanel *>(p);
    if (!histogram)
      continue;
    TrendMapPanel *map = nullptr;
    for (DashboardPanel *q : all)
      if (auto *m = qobject_cast<TrendMapPanel *>(q); m && !map)
        if (histogram->mapId().isEmpty() || m->id() == histogram->mapId())
          map = m;
    histogram->follow(map);
  }
  for (DashboardPanel *p : all) {
    auto *cube = qobject_cast<SpaceTimePanel *>(p);
    if (!cube)
      continue;
    DashboardPanel *map = nullptr;
    for (DashboardPanel *q : all)
      if (!map && (qobject_cast<TrendMapPanel *>(q) || qobject_cast<ForecastMapPanel *>(q)))
        if (cube->mapId().isEmpty() || q->id() == cube->mapId())
          map = q;
    cube->follow(map);
  }
}

QList<DashboardPanel *> DashboardHost::panels() const {
  QList<DashboardPanel *> out;
  for (const QPointer<DashboardPanel> &p : m_panels)
    if (p)
      out.append(p);
  return out;
}

void DashboardHost::applyLinkedState(DashboardPanel *panel) {
  if (!panel->isLinked())
    return;
  panel->showSelection(m_state->selection());
  panel->showTimeCursor(m_state->timeCursor());
}

TrendRequest DashboardHost::effectiveRequest(const TrendPanel &panel) const {
  TrendRequest request = panel.request();
  if (!panel.isLinked())
    return request;
  const DashboardFilter &f = m_state->filter();
  if (!f.ingredient.isEmpty())
    request.ingredientContains = f.ingredient;
  if (f.fromYear)
    request.fromYear = f.fromYear;
  if (f.toYear)
    request.toYear = f.toYear;
  return request;
}

void DashboardHost::refresh() {
  if (!m_source)
    return; // nothing to compute on yet
  for (DashboardPanel *p : panels()) {
    auto *trend = qobject_cast<TrendPanel *>(p);
    if (!trend)
      continue;
    const TrendRequest request = effectiveRequest(*trend);
    const QByteArray key = keyOf(request);
    if (m_results.contains(key))
      trend->showOutput(filtered(m_results.value(key), trend->isLinked()));
    else if (!m_running.contains(key))
      compute(key, request);
  }
  if (!isBusy())
    emit panelsUpdated();
}

void DashboardHost::compute(const QByteArray &key, const TrendRequest &request) {
  if (m_mode == Mode::Synchronous) {
    Feedback feedback;
    m_results.insert(
        key, std::make_shared<const TrendJobOutput>(runPanelTrends(m_source, request, m_remote, &feedback)));
    deliver(key);
    return;
  }
  std::shared_ptr<Feedback> feedback = makeSharedFeedback();
  const bool wasBusy = isBusy();
  m_running.insert(key, feedback);
  if (!wasBusy)
    emit busyChanged(true);
  auto *watcher = new QFutureWatcher<TrendJobOutput>(this);
  const quint64 generation = m_sourceGeneration;
  connect(watcher, &QFutureWatcher<TrendJobOutput>::finished, this, [this, watcher, key, generation] {
    watcher->deleteLater();
    if (generation != m_sourceGeneration)
      return; // an older source's result
    m_running.remove(key);
    m_results.insert(key, std::make_shared<const TrendJobOutput>(watcher->result()));
    deliver(key);
    if (!isBusy()) {
      emit busyChanged(false);
      emit panelsUpdated();
    }
  });
  watcher->setFuture(QtConcurrent::run([source = m_source, request, remote = m_remote, feedback] {
    return runPanelTrends(source, request, remote, feedback.get());
  }));
}

void DashboardHost::deliver(const QByteArray &key) {
  const std::shared_ptr<const TrendJobOutput> output = m_results.value(key);
  if (output->status == TrendJobOutput::Status::Failed ||
      output->status == TrendJobOutput::Status::ConnectionLost)
    emit failed(output->error);
  for (DashboardPanel *p : panels())
    if (auto *trend = qobject_cast<TrendPanel *>(p); trend && keyOf(effectiveRequest(*trend)) == key)
      trend->showOutput(filtered(output, trend->isLinked()));
}

std::shared_ptr<const TrendJobOutput>
DashboardHost::filtered(const std::shared_ptr<const TrendJobOutput> &output, bool linked) const {
  const QStringList &places = m_state->filter().places;
  if (!linked || places.isEmpty() || output->status != TrendJobOutput::Status::Ok)
    return output;
  auto copy = std::make_shared<TrendJobOutput>(*output);
  for (auto it = copy->result.series.begin(); it != copy->result.series.end();)
    it = places.contains(it.key()) ? std::next(it) : copy->result.series.erase(it);
  for (auto it = copy->result.trendTests.begin(); it != copy->result.trendTests.end();)
    it = places.contains(it.key()) ? std::next(it) : copy->result.trendTests.erase(it);
  return copy;
}

void DashboardHost::cancel() {
  const bool wasBusy = isBusy();
  for (const std::shared_ptr<Feedback> &f : std::as_const(m_running))
    f->cancel();
  for (DashboardPanel *p : panels())
    p->cancel();
  m_running.clear();
  ++m_sourceGeneration; // results still on their way are dropped
  if (wasBusy)
    emit busyChanged(false);
}

} // namespace epidesk
