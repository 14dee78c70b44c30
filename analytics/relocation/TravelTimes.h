#pragma once
#include "RelocationTypes.h"
#include <QHash>
#include <vector>

namespace epidesk {

// Dense district x district travel hours of a scenario: the travel list when it
// has entries, else great-circle distance x road factor / speed between centroids.
// Within a district the time is 0 unless the matrix says otherwise; pairs the
// matrix lacks are NaN (the validator reports them before any solve).
class TravelTimes {
public:
  explicit TravelTimes(const RelocationScenario &scenario);

  int size() const { return m_n; }
  int indexOf(const QString &district) const { return m_index.value(district, -1); }
  double hours(int from, int to) const { return m_hours[size_t(from) * size_t(m_n) + size_t(to)]; }
  bool derived() const { return m_derived; }

  static double greatCircleKm(double lat1, double lon1, double lat2, double lon2);

private:
  int m_n = 0;
  bool m_derived = false;
  QHash<QString, int> m_index;
  std::vector<double> m_hours;
};

} // namespace epidesk
