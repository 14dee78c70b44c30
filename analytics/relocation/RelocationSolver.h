#pragma once
#include "RelocationModel.h"
#include "RelocationTypes.h"

namespace epidesk {

class Feedback;

// Solves a validated relocation scenario with COIN-OR CBC: builds the MILP,
// optionally writes it (MPS or LP) for other solvers, runs CBC's standard
// branch-and-cut with the time limit and relative gap of the settings, and
// extracts the plan. Cancelling the Feedback stops CBC (and its LP solver) at
// the next node or iteration and throws epidesk::Canceled.
class RelocationSolver {
public:
  static RelocationPlan solve(const RelocationScenario &scenario, const RelocationWeights &weights,
                              const SolverSettings &settings, Feedback *feedback = nullptr);

  // Writes the model as free MPS (".mps", also the default; glpsol --freemps) or CPLEX LP (".lp"),
  // atomically (a scratch file beside it, then a rename). Refuses a path that is a symbolic link.
  // Returns an empty string or a translated error naming the path; never throws.
  static QString writeModel(const RelocationModel &model, const QString &path);
};

} // namespace epidesk
