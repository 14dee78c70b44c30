#pragma once
#include "RelocationModel.h"

namespace epidesk {

// Builds the relocation MILP of a validated scenario (issue 6).
//
// Per district d, group g and month s (0-based), with demand D (month-0 backlog
// added to the first month) and deadline L_g:
//   balance:  sum_f x[d,f,g,s] + b[d,g,s] + u[d,g,s] - b[d,g,s-1] = D[d,g,s]
//   b[d,g,s] <= D[d,g,s-L_g+1] + ... + D[d,g,s]  (only patients still within their deadline wait)
// per facility f, group g, month s:
//   capacity: sum_d x[d,f,g,s] - surge[f,g,s] * y[f,s] <= capacity[f,g,s],  y binary
// Objective: risk * urgency_g * b (patient-months waited, backlog left at the
// end charged backlogPenaltyMonths more) + travel * hours * x + cost * (cost per
// patient * x + surge cost * y) + unmetPenalty * u (elastic slack, never weighted).
// x exists only for candidate pairs: facilities within the group's travel limit
// (nearest maxCandidates of them), with capacity that month, once demand exists.
class RelocationModelBuilder {
public:
  // Throws std::invalid_argument when the scenario references unknown ids.
  static RelocationModel build(const RelocationScenario &scenario, const RelocationWeights &weights,
                               const SolverSettings &settings);
};

} // namespace epidesk
