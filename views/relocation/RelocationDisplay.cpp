#include "relocation/RelocationDisplay.h"
#include "ChoroplethLayer.h"
#include "MapScene.h"
#include "ScenarioReader.h"
#include "map/BoundaryCache.h"
#include "relocation/RelocationFlowLayer.h"
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <algorithm>
#include <qcustomplot.h>

namespace epidesk {

// The texts keep the relocation tab's translation context (they were its own).

std::optional<RelocationScenario> RelocationDisplay::readScenario(const QString &path, QString *error) {
  const LoadedScenario loaded = ScenarioReader::load(path);
  if (!loaded.ok()) {
    if (error)
      *error = joinIssues(loaded.issues);
    return std::nullopt;
  }
  RelocationScenario s = loaded.scenario;
  if (!s.boundaries.isEmpty()) // relative to the scenario, as ScenarioReader resolves it
    s.boundaries = QFileInfo(path).isDir() ? QDir(path).absoluteFilePath(s.boundaries)
                                           : QFileInfo(path).absoluteDir().absoluteFilePath(s.boundaries);
  return s;
}

FeatureCollectionPtr RelocationDisplay::boundaries(const RelocationScenario &scenario) {
  if (scenario.boundaries.isEmpty())
    return {};
  BoundarySource source;
  source.path = scenario.boundaries;
  source.codeField =
      scenario.boundaryCodeProperty.isEmpty() ? QStringLiteral("code") : scenario.boundaryCodeProperty;
  source.nameField = QStringLiteral("name");
  QString error;
  return BoundaryCache::instance().get(source, &error);
}

ChoroplethLayer *RelocationDisplay::showScenario(RelocationMapWidget &map, const RelocationScenario &scenario,
                                                 FeatureCollectionPtr features) {
  MapScene *scene = map.scene();
  scene->clearLayers();
  ChoroplethLayer *layer = nullptr;
  if (features) {
    scene->setProjectionId(QStringLiteral("albers_poland"));
    layer = new ChoroplethLayer;
    layer->setFeatures(features);
    layer->setColorRamp(ColorRamp::byId(QStringLiteral("YlOrRd")));
    layer->setNoDataColor(QColor(0xf4, 0xf4, 0xf0));
    QPen border(QColor(150, 150, 150));
    border.setCosmetic(true);
    border.setWidthF(features->size() > 100 ? 0.3 : 0.7);
    layer->setBorderPen(border);
    layer->setLegendTitle(QCoreApplication::translate("epidesk::RelocationView", "Unmet patients"));
    scene->addLayer(layer);
    scene->resetView();
  }
  map.flowLayer().setScenario(scenario, std::move(features));
  scene->setTitle(scenario.name);
  map.update();
  return layer;
}

void RelocationDisplay::showPlan(RelocationMapWidget &map, ChoroplethLayer *layer,
                                 const RelocationPlan &plan) {
  map.flowLayer().setPlan(plan);
  if (layer)
    layer->setValues(map.flowLayer().unmetByDistrict());
  map.update();
}

void RelocationDisplay::drawUtilisation(QCustomPlot *plot, const std::vector<FacilityLoad> &loads,
                                        Qt::Orientation bars) {
  plot->clearPlottables();
  const bool horizontal = bars == Qt::Horizontal;
  // Horizontal bars: facilities down the vertical axis, the first at the top.
  QCPAxis *keyAxis = horizontal ? plot->yAxis : plot->xAxis;
  QCPAxis *valueAxis = horizontal ? plot->xAxis : plot->yAxis;
  QVector<double> keys, used, capacity;
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  double maxValue = 0;
  int i = 0;
  for (const FacilityLoad &load : loads) {
    keys << i;
    used << load.used;
    capacity << load.capacity;
    ticker->addTick(i, load.facility);
    maxValue = std::max({maxValue, load.used, load.capacity});
    ++i;
  }
  auto *capacityBars = new QCPBars(keyAxis, valueAxis);
  capacityBars->setName(QCoreApplication::translate("epidesk::RelocationView", "Capacity"));
  capacityBars->setPen(QPen(QColor(120, 120, 120)));
  capacityBars->setBrush(QColor(210, 210, 210));
  capacityBars->setWidth(0.8);
  capacityBars->setData(keys, capacity, true);
  auto *usedBars = new QCPBars(keyAxis, valueAxis);
  usedBars->setName(QCoreApplication::translate("epidesk::RelocationView", "Used"));
  usedBars->setPen(Qt::NoPen);
  usedBars->setBrush(QColor(31, 119, 180));
  usedBars->setWidth(0.5);
  usedBars->setData(keys, used, true);
  keyAxis->setTicker(ticker);
  keyAxis->setRangeReversed(horizontal);
  keyAxis->setTickLabelRotation(!horizontal && keys.size() > 10 ? 60 : 0);
  // As many facility rows as their labels fit (60 facilities overlap in a
  // panel); the others are a drag (or wheel) away.
  const int labelHeight = QFontMetrics(keyAxis->tickLabelFont()).height();
  const int room = (horizontal ? plot->height() - 90 : plot->width() - 120) / std::max(1, labelHeight + 4);
  const int shown = std::clamp(horizontal ? room : int(keys.size()), 1, std::max(1, int(keys.size())));
  keyAxis->setRange(-0.7, std::max(0.7, shown - 0.3));
  keyAxis->setLabel(QString());
  valueAxis->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1);
  valueAxis->setLabel(QCoreApplication::translate("epidesk::RelocationView", "Patients over the horizon"));
  plot->legend->setVisible(true);
  plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  plot->axisRect()->setRangeDrag(horizontal ? Qt::Vertical : Qt::Horizontal);
  plot->axisRect()->setRangeZoom(horizontal ? Qt::Vertical : Qt::Horizontal);
  plot->replot();
}

} // namespace epidesk
