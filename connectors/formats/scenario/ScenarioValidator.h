#pragma once
#include "RelocationTypes.h"
#include "ScenarioIssue.h"

namespace epidesk {

// Checks a scenario before any solve: unique ids, known references (district,
// group, facility), months inside the horizon, non-negative demand, capacity and
// costs, sane group limits, and a travel time for every pair the model needs
// (a matrix entry, or centroids for both districts). Issues name the file, line
// and field when origins are given.
class ScenarioValidator {
public:
  static constexpr int kMaxIssues = 50; // then one "... more" line

  static QList<ScenarioIssue> validate(const RelocationScenario &scenario,
                                       const ScenarioOrigins *origins = nullptr);
};

} // namespace epidesk
