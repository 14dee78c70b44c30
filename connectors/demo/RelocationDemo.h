#pragma once
#include "RelocationTypes.h"
#include <QJsonObject>
#include <cstdint>

namespace epidesk {

class Feedback;

struct RelocationDemoOptions {
  QString outDir;
  std::uint64_t seed = 1;
  int facilities = 60;
  int months = 6;
};

struct RelocationDemoResult {
  QString error; // empty = ok
  RelocationScenario scenario;
  QJsonObject manifest; // what was generated: sizes, totals, the wave
  bool ok() const { return error.isEmpty(); }
};

// A realistic relocation scenario for Poland's 380 powiats, deterministic from
// the seed: centroids from powiaty.geojson, demand of 12 procedure groups
// scaled to each powiat's recorded COVID-19 case total (a population proxy),
// hospitals in the largest towns (every voivodeship's largest, then the largest
// others), capacity sized to the demand nearest to each hospital, and a wave
// that removes most capacity of two voivodeships' hospitals in months 2-4.
class RelocationDemo {
public:
  // Builds the scenario from sharedDir/data/pl and writes it to options.outDir (when set).
  static RelocationDemoResult generate(const RelocationDemoOptions &options, const QString &sharedDir,
                                       Feedback *feedback = nullptr);
};

} // namespace epidesk
