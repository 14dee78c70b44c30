#pragma once
#include "RelocationTypes.h"

namespace epidesk {

// Writes a scenario in the folder format (scenario.json + CSV tables; travel.csv
// only when the scenario has a matrix) or as one JSON file (path ending .json).
// Returns an empty string or a translated error.
class ScenarioWriter {
public:
  static QString write(const RelocationScenario &scenario, const QString &path);
};

} // namespace epidesk
