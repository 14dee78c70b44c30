#pragma once
#include "RelocationTypes.h"
#include "ScenarioIssue.h"

namespace epidesk {

struct LoadedScenario {
  RelocationScenario scenario;
  ScenarioOrigins origins;
  QList<ScenarioIssue> issues; // empty = usable
  bool ok() const { return issues.isEmpty(); }
};

// Reads a relocation scenario (format: docs/relocation-format.md) from a folder
// of CSV files with scenario.json, or from one JSON file. Syntax only here
// (columns, numbers, integers); references and ranges are ScenarioValidator's.
// Districts without coordinates get their centroid from the scenario's boundary
// file when it names one.
class ScenarioReader {
public:
  static LoadedScenario read(const QString &path);
  // read() then ScenarioValidator::validate(): what every solve entry point uses.
  static LoadedScenario load(const QString &path);
};

} // namespace epidesk
