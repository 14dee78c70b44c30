#pragma once
#include "EtsParameters.h"
#include <vector>

namespace epidesk::ets {

// The state recursion of forecast's etscalc.c. State layout as R: [l, b (if
// trend), s_1 .. s_m (if seasonal)], s_m the oldest season (the one the next
// observation uses). Runs over y from `state` (updated in place to the final
// state), fills residuals when given (additive: y - yhat; multiplicative:
// relative). Returns R's lik: n log(SSE) (+ 2 sum log|yhat| for M errors).
double etscalc(const std::vector<double> &y, const Form &f, int m, const Params &p,
               std::vector<double> &state, std::vector<double> *residuals);

} // namespace epidesk::ets
