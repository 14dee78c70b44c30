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

} // namespace epidesk
