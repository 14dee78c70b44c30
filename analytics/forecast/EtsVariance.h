#pragma once
#include "EtsParameters.h"

namespace epidesk::ets {

// Point forecasts and R's analytic forecast variances h steps ahead, by the
// class of the form: class 1 (linear, A errors), class 2 (M errors, N/A/Ad
// trend, N/A season), class 3 (M errors, M season). Variances may come out
// slightly negative; EtsModel::predict clamps them.
EtsModel::Prediction forecastVariances(const Fit &fit, int horizon);

} // namespace epidesk::ets
