#include "dashboard/SpaceTimePanel.h"
#include "ChoroplethLayer.h"
#include "MapScene.h"
#include "dashboard/ForecastPanels.h"
#include "dashboard/TrendPanels.h"
#include "forecast/DistrictMapView.h"
#include "map/MapWidget.h"
#include "spacetime/SpaceTimeView.h"
#include <QPainter>
#include <QVBoxLayout>
#include <cmath>

namespace epidesk {

namespace {

SpaceTimeScene::Mode modeOf(const QString &text) {
  return text == QLatin1String("prisms") ? SpaceTimeScene::Mode::Prisms : SpaceTimeScene::Mode::Cube;
}

std::vector<double> breaksKey(const ClassBreaks &b) {
  std::vector<double> key = b.upperBounds();
  key.push_back(b.minimum());
  for (int i = 0; i < b.classCount(); ++i)
    key.push_back(double(b.color(i).rgb()));
  return key;
}

// Each trend period's value per feature (NaN: no data).
void fillFromTrends(const TrendJobOutput &out, const FeatureCollection &features, QStringList *periods,
                    std::vector<std::vector<double>> *values) {
  QSet<QString> seen;
  for (const auto &series : out.result.series)
    for (const SeriesPoint &p : series)
      seen.insert(p.period);
  *periods = QStringList(seen.begin(), seen.end());
  periods->sort();
  for (const QString &period : *periods) {
    const QHash<QString, double> byCode = out.binding.featureValues(out.result, period);
    std::vector<double> row(size_t(features.size()), NAN);
    for (auto it = byCode.begin(); it != byCode.end(); ++it)
      if (const int i = features.indexOf(it.key()); i >= 0)
        row[size_t(i)] = it.value();
    values->push_back(std::move(row));
  }
}

} // namespace

SpaceTimePanel::SpaceTimePanel(const PanelSpec &spec, QWidget *parent)
    : DashboardPanel(spec, parent), m_view(new SpaceTimeView) {
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view);
  const QJsonObject &p = spec.params;
  m_view->setMode(modeOf(p.value(QStringLiteral("mode")).toString()));
  m_view->setSlabOpacity(p.value(QStringLiteral("opacity")).toDouble(1.0));
  m_view->setExaggeration(p.value(QStringLiteral("exaggeration")).toDouble(1.0));
  connect(m_view, &SpaceTimeView::settingsChanged, this, &DashboardPanel::paramsChanged);
  connect(m_view, &SpaceTimeView::featureClicked, this, [this](int feature, bool add) {
    const ChoroplethLayer *l = layer();
    if (feature < 0 || !l || !l->features() || feature >= l->features()->size()) {
      if (!add)
        emit selectionRequested({});
      return;
    }
    const QString code = l->features()->at(feature).code;
    const auto *trend = qobject_cast<TrendMapPanel *>(m_map.data());
    const QString result = trend && trend->output() ? trend->output()->binding.resultCode(code) : code;
    emit selectRequested(result.isEmpty() ? code : result, add);
  });
}

QJsonObject SpaceTimePanel::params() const {
  QJsonObject p = initialSpec().params;
  SpaceTimeScene *scene = m_view->scene();
  p[QStringLiteral("mode")] = scene->mode() == SpaceTimeScene::Mode::Prisms ? "prisms" : "cube";
  p[QStringLiteral("opacity")] = scene->slabOpacity();
  p[QStringLiteral("exaggeration")] = scene->exaggeration();
  return p;
}

QString SpaceTimePanel::mapId() const {
  return initialSpec().params.value(QStringLiteral("map")).toString();
}

const ChoroplethLayer *SpaceTimePanel::layer() const {
  if (const auto *trend = qobject_cast<TrendMapPanel *>(m_map.data()))
    return trend->map()->scene()->primaryLayer();
  if (const auto *forecast = qobject_cast<ForecastMapPanel *>(m_map.data()))
    return forecast->mapView()->mapWidget()->scene()->primaryLayer();
  return nullptr;
}

void SpaceTimePanel::follow(DashboardPanel *map) {
  if (map == m_map)
    return;
  disconnect(m_connection);
  m_map = map;
  m_shownOutput = nullptr;
  if (auto *trend = qobject_cast<TrendMapPanel *>(map))
    m_connection = connect(trend, &TrendMapPanel::classesChanged, this, &SpaceTimePanel::rebuild);
  else if (auto *forecast = qobject_cast<ForecastMapPanel *>(map))
    m_connection = connect(forecast, &ForecastMapPanel::classesChanged, this, &SpaceTimePanel::rebuild);
  rebuild();
}

void SpaceTimePanel::rebuild() {
  const ChoroplethLayer *l = layer();
  if (!l || !l->features() || !l->geometry()) {
    m_periods.clear();
    m_view->setData({});
    return;
  }
  const auto *trend = qobject_cast<TrendMapPanel *>(m_map.data());
  const auto *forecast = qobject_cast<ForecastMapPanel *>(m_map.data());
  const void *output = trend ? static_cast<const void *>(trend->output().get())
                             : static_cast<const void *>(forecast->output().get());
  const std::vector<double> key = breaksKey(l->classBreaks());
  if (output == m_shownOutput && key == m_shownBreaks) {
    m_view->setCursor(cursorIndex()); // the map only moved to another period
    return;
  }
  m_shownOutput = output;
  m_shownBreaks = key;
  SpaceTimeData d;
  d.mesh = GroundMesh::build(l->features(), *l->geometry());
  d.classes = l->classBreaks();
  d.noDataColor = l->noDataColor();
  d.legendTitle = l->legendTitle();
  const FeatureCollection &features = *l->features();
  m_periods.clear();
  m_stepWeek.clear();
  if (trend && trend->output() && trend->output()->status == TrendJobOutput::Status::Ok) {
    fillFromTrends(*trend->output(), features, &m_periods, &d.values);
  } else if (forecast) {
    const DistrictMapView *v = forecast->mapView();
    const int steps = v->stepCount();
    const bool daily = steps > 1 && v->stepDate(0).daysTo(v->stepDate(1)) == 1;
    std::vector<std::vector<double>> sums;
    std::vector<std::vector<int>> counts;
    for (int s = 0; s < steps; ++s) {
      const QDate date = v->stepDate(s);
      const QDate week = daily ? date.addDays(1 - date.dayOfWeek()) : date;
      const QString label = week.toString(Qt::ISODate);
      if (m_periods.isEmpty() || m_periods.last() != label) {
        m_periods << label;
        sums.emplace_back(size_t(features.size()), 0.0);
        counts.emplace_back(size_t(features.size()), 0);
      }
      if (v->isForecastStep(s) && d.forecastFrom < 0)
        d.forecastFrom = int(m_periods.size()) - 1;
      if (daily)
        m_stepWeek.push_back(int(m_periods.size()) - 1);
      const QHash<QString, double> values = v->valuesAt(s);
      for (auto it = values.begin(); it != values.end(); ++it)
        if (const int i = features.indexOf(it.key()); i >= 0 && std::isfinite(it.value())) {
          sums.back()[size_t(i)] += it.value();
          ++counts.back()[size_t(i)];
        }
    }
    for (size_t p = 0; p < sums.size(); ++p) {
      std::vector<double> row(sums[p].size(), NAN);
      for (size_t i = 0; i < row.size(); ++i)
        if (counts[p][i] > 0)
          row[i] = sums[p][i] / counts[p][i]; // weekly mean: the map's daily classes still apply
      d.values.push_back(std::move(row));
    }
  }
  d.periods = m_periods;
  m_view->setData(std::move(d));
  m_view->setCursor(cursorIndex());
  applySelection();
}

int SpaceTimePanel::cursorIndex() const {
  if (m_cursor.isEmpty() || !isLinked())
    return -1;
  if (const auto *forecast = qobject_cast<ForecastMapPanel *>(m_map.data())) {
    const int step = forecast->mapView()->stepOf(m_cursor);
    if (step < 0)
      return -1;
    return m_stepWeek.empty() ? step : m_stepWeek.at(size_t(step));
  }
  return int(m_periods.indexOf(m_cursor));
}

int SpaceTimePanel::featureIndex(const QString &featureCode) const {
  const ChoroplethLayer *l = layer();
  return l && l->features() ? l->features()->indexOf(featureCode) : -1;
}

void SpaceTimePanel::applySelection() {
  const auto *trend = qobject_cast<TrendMapPanel *>(m_map.data());
  const QStringList codes =
      trend && trend->output() ? trend->output()->binding.featureCodes(m_selection) : m_selection;
  std::vector<int> indices;
  for (const QString &code : codes)
    if (const int i = featureIndex(code); i >= 0)
      indices.push_back(i);
  m_view->setSelection(indices);
}

void SpaceTimePanel::showSelection(const QStringList &codes) {
  m_selection = codes;
  applySelection();
}

void SpaceTimePanel::showTimeCursor(const QString &period) {
  m_cursor = period;
  m_view->setCursor(cursorIndex());
}

QImage SpaceTimePanel::snapshot() {
  QString error;
  QImage image = m_view->render(m_view->canvas()->size().expandedTo(QSize(800, 600)), &error);
  if (!image.isNull())
    return image;
  image = QImage(QSize(800, 600), QImage::Format_RGB32); // say why, rather than a blank page
  image.fill(Qt::white);
  QPainter painter(&image);
  painter.drawText(image.rect(), Qt::AlignCenter | Qt::TextWordWrap, error);
  return image;
}

void registerSpaceTimePanels(std::map<QString, PanelFactory::Create> &factories) {
  factories[QStringLiteral("trend_spacetime")] = [](const PanelSpec &s, QWidget *p) {
    return new SpaceTimePanel(s, p);
  };
}

} // namespace epidesk
