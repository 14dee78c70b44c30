#include "TravelTimes.h"
#include <cmath>

namespace epidesk {

TravelTimes::TravelTimes(const RelocationScenario &scenario) : m_n(int(scenario.districts.size())) {
  for (int i = 0; i < m_n; ++i)
    m_index.insert(scenario.districts[size_t(i)].code, i);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  m_hours.assign(size_t(m_n) * size_t(m_n), nan);
  m_derived = scenario.travel.empty();
  if (m_derived) {
    const TravelDerivation &d = scenario.derivation;
    for (int i = 0; i < m_n; ++i)
      for (int j = 0; j < m_n; ++j) {
        const auto &a = scenario.districts[size_t(i)];
        const auto &b = scenario.districts[size_t(j)];
        if (i == j)
          m_hours[size_t(i) * size_t(m_n) + size_t(j)] = 0;
        else if (a.hasCentroid() && b.hasCentroid() && d.speedKmh > 0)
          m_hours[size_t(i) * size_t(m_n) + size_t(j)] =
              greatCircleKm(a.lat, a.lon, b.lat, b.lon) * d.roadFactor / d.speedKmh;
      }
    return;
  }
  for (int i = 0; i < m_n; ++i)
    m_hours[size_t(i) * size_t(m_n) + size_t(i)] = 0;
  for (const TravelEntry &e : scenario.travel) {
    const int i = indexOf(e.from), j = indexOf(e.to);
    if (i >= 0 && j >= 0)
      m_hours[size_t(i) * size_t(m_n) + size_t(j)] = e.hours;
  }
}

double TravelTimes::greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dLat = (lat2 - lat1) * kRad, dLon = (lon2 - lon1) * kRad;
  const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace epidesk
