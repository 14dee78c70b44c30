#pragma once
#include "RelocationTypes.h"
#include <QString>
#include <vector>

namespace epidesk {

// A facility's load over the whole horizon of a plan: patients treated and
// capacity (surge included where it was opened), summed over months and groups.
struct FacilityLoad {
  QString facility;
  QString district; // of the facility in the scenario; empty when unknown
  double used = 0;
  double capacity = 0;
  // used / capacity; NaN without capacity.
  double utilisation() const;
};

// The one place the per-facility load of a plan is summed (map circles,
// utilisation chart, PDF table).
class FacilityUtilisation {
public:
  // One entry per facility with use rows in the plan and per facility listed
  // in `facilities` (with zero load when the plan has none), ordered by id.
  static std::vector<FacilityLoad> of(const RelocationPlan &plan,
                                      const std::vector<RelocationFacility> &facilities = {});
};

} // namespace epidesk
