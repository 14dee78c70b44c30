#pragma once
#include "EtsModel.h"

// Pieces of EtsModel shared by its files (not for other callers): the
// parameters, their bounds and the admissible region of forecast::ets.
namespace epidesk::ets {

using Component = EtsModel::Component;
using Form = EtsModel::Form;
using Fit = EtsModel::Fit;

struct Params {
  double alpha = 0, beta = 0, gamma = 0, phi = 1;
};

inline bool hasTrend(const Form &f) {
  return f.trend != Component::None;
}
inline bool hasSeason(const Form &f) {
  return f.season != Component::None;
}

// forecast::ets defaults: lower = c(rep(1e-4, 3), 0.8), upper = c(rep(0.9999, 3), 0.98).
constexpr double kLower[4] = {1e-4, 1e-4, 1e-4, 0.8};
constexpr double kUpper[4] = {0.9999, 0.9999, 0.9999, 0.98};
constexpr int kMaxSeasonalPeriod = 24;

// forecast's admissible(): the forecast equations are forecastable.
bool admissible(const Form &f, const Params &p, int m);
// check.param() with bounds = "both": inside the bounds and admissible.
bool checkParams(const Form &f, const Params &p, int m);

} // namespace epidesk::ets
