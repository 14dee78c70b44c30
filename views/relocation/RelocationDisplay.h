#pragma once
#include "FacilityUtilisation.h"
#include "Feature.h"
#include "RelocationTypes.h"
#include <Qt>
#include <optional>
#include <vector>

namespace epidesk {

class ChoroplethLayer;
class RelocationMapWidget;

// How the relocation views show a scenario and its plan, shared by the
// relocation tab (RelocationView) and the dashboard's relocation panels:
// reading a scenario with its boundary file, the powiat map shaded by unmet
// patients under the flow layer, and the per-facility utilisation chart.
class RelocationDisplay {
public:
  // ScenarioReader::load(path) with the scenario's boundary file made
  // absolute (relative to the scenario, as ScenarioReader resolves it);
  // nullopt and *error (one issue a line) when unusable.
  static std::optional<RelocationScenario> readScenario(const QString &path, QString *error = nullptr);
  // The scenario's boundaries through BoundaryCache; null without a boundary
  // file or when it cannot be read (the plan still works without a map).
  static FeatureCollectionPtr boundaries(const RelocationScenario &scenario);

  // Puts the scenario on map: the districts (a layer shaded by unmet
  // patients, returned; null without features), the flow layer's positions
  // and the title. No plan yet.
  static ChoroplethLayer *showScenario(RelocationMapWidget &map, const RelocationScenario &scenario,
                                       FeatureCollectionPtr features);
  // The plan's flows and facilities on map, unmet patients on layer (may be null).
  static void showPlan(RelocationMapWidget &map, ChoroplethLayer *layer, const RelocationPlan &plan);
};

} // namespace epidesk
