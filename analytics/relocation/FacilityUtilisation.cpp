#include "FacilityUtilisation.h"
#include <QMap>
#include <limits>

namespace epidesk {

double FacilityLoad::utilisation() const {
  return capacity > 0 ? used / capacity : std::numeric_limits<double>::quiet_NaN();
}

std::vector<FacilityLoad> FacilityUtilisation::of(const RelocationPlan &plan,
                                                  const std::vector<RelocationFacility> &facilities) {
  QMap<QString, FacilityLoad> loads; // ordered by id: deterministic charts and tables
  for (const RelocationFacility &f : facilities)
    loads.insert(f.id, {f.id, f.district, 0, 0});
  for (const FacilityUse &u : plan.facilityUse) {
    FacilityLoad &load = loads[u.facility];
    load.facility = u.facility;
    load.used += u.used;
    load.capacity += u.capacity;
  }
  return {loads.cbegin(), loads.cend()};
}

} // namespace epidesk
