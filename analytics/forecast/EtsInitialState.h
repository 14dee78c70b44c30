#pragma once
#include "EtsParameters.h"
#include <optional>
#include <vector>

namespace epidesk::ets {

// R's initstate(): l, [b], s_1 .. s_{m-1} (the last season follows from the
// others) from a classical decomposition of y (or a trend + first Fourier
// pair regression when n < 3m), then a regression on the first max(10, 2m)
// seasonally adjusted values. nullopt when y is too short for the form.
std::optional<std::vector<double>> initialState(const std::vector<double> &y, const Form &f, int m);

} // namespace epidesk::ets
