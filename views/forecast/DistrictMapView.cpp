#include "forecast/DistrictMapView.h"
#include "map/BoundaryCache.h"
#include "ChoroplethLayer.h"
#include "map/MapBinding.h"
#include "MapScene.h"
#include "map/MapWidget.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace epidesk {

DistrictMapView::DistrictMapView(QWidget *parent)
    : QWidget(parent), m_map(new MapWidget(this)), m_slider(new QSlider(Qt::Horizontal, this)),
      m_play(new QToolButton(this)), m_dateLabel(new QLabel(this)), m_timer(new QTimer(this)) {
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_map, 1);
  auto *row = new QHBoxLayout;
  row->addWidget(m_play);
  row->addWidget(m_slider, 1);
  row->addWidget(m_dateLabel);
  layout->addLayout(row);

  m_map->setObjectName(QStringLiteral("districtMap"));
  m_slider->setObjectName(QStringLiteral("timeSlider"));
  m_play->setObjectName(QStringLiteral("playButton"));
  m_slider->setRange(0, 0);
  m_slider->setEnabled(false);
  m_play->setEnabled(false);
  m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
  m_dateLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 (forecast)")));
  m_timer->setInterval(150);

  connect(m_slider, &QSlider::valueChanged, this, &DistrictMapView::setStep);
  connect(m_play, &QToolButton::clicked, this, &DistrictMapView::togglePlay);
  connect(m_timer, &QTimer::timeout, this, &DistrictMapView::advance);
  connect(m_map, &MapWidget::selectionChanged, this, [this](const QStringList &codes) {
    m_selected = codes.value(codes.size() - 1);
    if (!m_selected.isEmpty())
      emit districtActivated(m_selected);
  });
  retranslate();
}

bool DistrictMapView::loadBoundaries(const BoundarySource &source, QString *error) {
  FeatureCollectionPtr features = BoundaryCache::instance().get(source, error);
  if (!features)
    return false;
  setFeatures(features);
  return true;
}

void DistrictMapView::setFeatures(FeatureCollectionPtr features, const QString &projectionId,
                                  FeatureCollectionPtr outlines) {
  m_features = std::move(features);
  MapScene *scene = m_map->scene();
  scene->clearLayers();
  if (!projectionId.isEmpty())
    scene->setProjectionId(projectionId);
  if (!m_features)
    return;
  auto *layer = new ChoroplethLayer;
  layer->setFeatures(m_features);
  QPen border(QColor(90, 90, 90));
  border.setCosmetic(true);
  border.setWidthF(m_features->size() > 100 ? 0.3 : 0.7);
  layer->setBorderPen(border);
  scene->addLayer(layer);
  if (outlines != m_features)
    addOutlineLayer(*scene, std::move(outlines));
  scene->resetView();
  applyBreaks();
  updateMap();
  if (!m_selected.isEmpty())
    m_map->setSelectedCodes({m_selected});
}

void DistrictMapView::setIndicatorName(const QString &name) {
  m_indicator = name;
  updateMap();
}

void DistrictMapView::setData(const std::vector<TimeSeries> &history, const ForecastResult &forecast) {
  const QDate previous = stepDate(m_step);
  m_history = history;
  m_forecast = forecast;
  m_historySteps = m_forecastSteps = 0;
  m_timeline = {};
  if (!m_history.empty()) {
    m_timeline.frequency = m_history.front().frequency;
    m_timeline.start = m_history.front().start;
    for (const TimeSeries &s : m_history)
      if (s.frequency == m_timeline.frequency && s.start.isValid() && s.start < m_timeline.start)
        m_timeline.start = s.start;
    int end = 0, forecastEnd = 0;
    for (const TimeSeries &s : m_history) {
      if (s.frequency != m_timeline.frequency)
        continue;
      const int first = m_timeline.periodIndex(s.start);
      end = std::max(end, first + s.size());
      const int h = int(m_forecast.forecasts.value(s.code).size());
      forecastEnd = std::max(forecastEnd, first + s.size() + h);
    }
    m_historySteps = end;
    m_forecastSteps = std::max(0, forecastEnd - end);
  }
  applyBreaks();
  const QSignalBlocker block(m_slider);
  m_slider->setRange(0, std::max(0, stepCount() - 1));
  m_slider->setEnabled(stepCount() > 1);
  m_play->setEnabled(stepCount() > 1);
  int step = m_historySteps - 1;
  if (previous.isValid())
    for (int i = 0; i < stepCount(); ++i)
      if (stepDate(i) == previous) {
        step = i;
        break;
      }
  m_step = -1;
  setStep(std::max(0, step));
}

QDate DistrictMapView::stepDate(int step) const {
  if (step < 0 || step >= stepCount())
    return {};
  return m_timeline.periodStart(step);
}

QString DistrictMapView::stepLabel(int step) const {
  const QDate d = stepDate(step);
  if (!d.isValid())
    return {};
  const QString label = TimeSeries::label(m_timeline.frequency, d);
  return isForecastStep(step) ? tr("%1 (forecast)").arg(label) : label;
}

int DistrictMapView::stepOf(const QString &period) const {
  const auto parsed = TimeSeries::parseLabel(period);
  if (!parsed || parsed->first != m_timeline.frequency || stepCount() == 0)
    return -1;
  const int step = m_timeline.periodIndex(parsed->second);
  return step >= 0 && step < stepCount() && stepDate(step) == parsed->second ? step : -1;
}

QHash<QString, double> DistrictMapView::valuesAt(int step) const {
  QHash<QString, double> values;
  const QDate date = stepDate(step);
  if (!date.isValid())
    return values;
  for (const TimeSeries &s : m_history) {
    if (s.frequency != m_timeline.frequency)
      continue;
    const int i = s.periodIndex(date);
    if (i < 0)
      continue;
    if (i < s.size()) {
      if (std::isfinite(s.values[size_t(i)]))
        values.insert(s.code, s.values[size_t(i)]);
      continue;
    }
    const auto it = m_forecast.forecasts.constFind(s.code);
    if (it != m_forecast.forecasts.constEnd() && i - s.size() < int(it->size()))
      values.insert(s.code, (*it)[size_t(i - s.size())].mean);
  }
  return values;
}

bool DistrictMapView::isPlaying() const {
  return m_timer->isActive();
}

void DistrictMapView::setPlayInterval(int ms) {
  m_timer->setInterval(ms);
}

void DistrictMapView::setStep(int step) {
  step = std::clamp(step, 0, std::max(0, stepCount() - 1));
  if (step == m_step)
    return;
  m_step = step;
  {
    const QSignalBlocker block(m_slider);
    m_slider->setValue(step);
  }
  updateMap();
  emit stepChanged(step, stepDate(step), isForecastStep(step));
}

void DistrictMapView::play() {
  if (stepCount() < 2)
    return;
  if (m_step >= stepCount() - 1)
    setStep(0);
  m_timer->start();
  m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
  retranslate();
  emit playingChanged(true);
}

void DistrictMapView::pause() {
  if (!m_timer->isActive())
    return;
  m_timer->stop();
  m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
  retranslate();
  emit playingChanged(false);
}

void DistrictMapView::togglePlay() {
  if (isPlaying())
    pause();
  else
    play();
}

void DistrictMapView::advance() {
  if (m_step >= stepCount() - 1) {
    pause();
    return;
  }
  setStep(m_step + 1);
  if (m_step >= stepCount() - 1)
    pause();
}

void DistrictMapView::selectDistrict(const QString &code) {
  m_selected = code;
  m_map->setSelectedCodes(code.isEmpty() ? QStringList() : QStringList{code});
}

void DistrictMapView::applyBreaks() {
  ChoroplethLayer *layer = m_map->scene()->primaryLayer();
  if (!layer || !m_features)
    return;
  // Only districts on the map: a national total would stretch the classes.
  std::vector<double> values;
  for (const TimeSeries &s : m_history) {
    if (m_features->indexOf(s.code) < 0)
      continue;
    values.insert(values.end(), s.values.begin(), s.values.end());
    for (const ForecastPoint &p : m_forecast.forecasts.value(s.code))
      values.push_back(p.mean);
  }
  layer->setFixedBreaks(layer->breaksFor(values));
}

void DistrictMapView::updateMap() {
  ChoroplethLayer *layer = m_map->scene()->primaryLayer();
  m_dateLabel->setText(stepLabel(m_step));
  if (!layer)
    return;
  layer->setValues(valuesAt(m_step));
  const QString date = stepLabel(m_step);
  layer->setLegendTitle(date.isEmpty()          ? m_indicator
                        : m_indicator.isEmpty() ? date
                                                : tr("%1, %2").arg(m_indicator, date));
}

void DistrictMapView::retranslate() {
  m_play->setToolTip(isPlaying() ? tr("Pause") : tr("Play the observed values, then the forecast"));
  m_slider->setToolTip(tr("Date shown on the map"));
  m_dateLabel->setText(stepLabel(m_step));
}

void DistrictMapView::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslate();
    updateMap();
  }
  QWidget::changeEvent(event);
}

} // namespace epidesk
