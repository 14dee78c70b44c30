#pragma once
#include <functional>
#include <vector>

namespace epidesk {

// Nelder-Mead minimisation, a port of nmmin() from R's optim.c (same
// coefficients, tolerances and restarts), so that ETS fits follow the same
// path as R's forecast::ets. Non-finite objective values count as 1e35, as in
// optim. Returns the best point found (b itself when fn(b) is not finite).
std::vector<double> nelderMead(std::vector<double> b,
                               const std::function<double(const std::vector<double> &)> &fn, double abstol,
                               double intol, int maxit);

} // namespace epidesk
