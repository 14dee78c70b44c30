#pragma once
#include "RelocationModel.h"

namespace epidesk {

// Turns a solution vector of a RelocationModel into the plan's flows, unmet
// demand, facility use, surge openings and unweighted totals (status and
// objective are the solver's job).
class PlanExtractor {
public:
  static void extract(const RelocationScenario &scenario, const RelocationModel &model,
                      const std::vector<double> &solution, RelocationPlan *plan);
};

} // namespace epidesk
