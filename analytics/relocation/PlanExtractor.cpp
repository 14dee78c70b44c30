#include "PlanExtractor.h"
#include <algorithm>
#include <cmath>
#include <tuple>

namespace epidesk {

namespace {
// Below this a value is solver noise, not patients.
constexpr double kTolerance = 1e-6;
} // namespace

void PlanExtractor::extract(const RelocationScenario &sc, const RelocationModel &m,
                            const std::vector<double> &x, RelocationPlan *plan) {
  plan->flows.clear();
  plan->unmet.clear();
  plan->facilityUse.clear();
  plan->surge.clear();
  plan->riskPatientMonths = plan->travelPatientHours = plan->cost = plan->unmetPatients = 0;
  std::vector<double> rowUse(size_t(m.rowCount()), 0.0);
  for (int c = 0; c < m.columnCount(); ++c) {
    const double v = x[size_t(c)];
    if (std::abs(v) <= kTolerance)
      continue;
    const RelocationColumn &col = m.columns[size_t(c)];
    switch (col.kind) {
    case RelocationColumn::Flow: {
      const RelocationFacility &f = sc.facilities[size_t(col.facility)];
      plan->flows.push_back(
          {sc.districts[size_t(col.district)].code, f.id, sc.groups[size_t(col.group)].id, col.month + 1, v});
      plan->travelPatientHours += m.flowHours[size_t(c)] * v;
      plan->cost += f.costPerPatient * v;
      for (int k = m.columnStarts[size_t(c)]; k < m.columnStarts[size_t(c) + 1]; ++k)
        rowUse[size_t(m.rowIndices[size_t(k)])] += m.elements[size_t(k)] * v;
      break;
    }
    case RelocationColumn::Backlog: {
      const double months = 1 + (col.month == sc.months - 1 ? sc.backlogPenaltyMonths : 0);
      plan->riskPatientMonths += sc.groups[size_t(col.group)].urgency * months * v;
      break;
    }
    case RelocationColumn::Unmet:
      plan->unmet.push_back(
          {sc.districts[size_t(col.district)].code, sc.groups[size_t(col.group)].id, col.month + 1, v});
      plan->unmetPatients += v;
      break;
    case RelocationColumn::Surge:
      if (v > 0.5) {
        plan->surge.push_back({sc.facilities[size_t(col.facility)].id, col.month + 1});
        plan->cost += sc.facilities[size_t(col.facility)].surgeCost;
      }
      break;
    }
  }
  for (const RelocationCapacityRow &r : m.capacityRows) {
    const bool opened = r.surgeColumn >= 0 && x[size_t(r.surgeColumn)] > 0.5;
    plan->facilityUse.push_back({sc.facilities[size_t(r.facility)].id, r.month + 1,
                                 sc.groups[size_t(r.group)].id, rowUse[size_t(r.row)],
                                 r.capacity + (opened ? r.surge : 0)});
  }
  std::sort(plan->facilityUse.begin(), plan->facilityUse.end(),
            [&](const FacilityUse &a, const FacilityUse &b) {
              return std::tie(a.facility, a.month, a.group) < std::tie(b.facility, b.month, b.group);
            });
}

} // namespace epidesk
