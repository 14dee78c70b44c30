#pragma once
#include "ForecastModel.h"
#include <vector>

namespace epidesk {

// Split-conformal prediction intervals from rolling-origin errors.
//
// A model's own intervals may be far off (the analogue and structural models'
// 95 % bands covered 68 % and 83 % of held-out points). Conformal calibration
// keeps the model's point forecast and the shape of its band (how it widens
// with the horizon) but rescales it so that the band would have covered the
// wanted share of the model's own past errors:
//   score = |actual - mean| / w,  w = the model's 95 % half-width at that step
// over every step of every calibration origin (normalised conformal scores,
// Papadopoulos et al. 2002; Lei et al. 2018). The calibrated half-width at
// level L is q_L * w with q_L the ceil((N + 1) L)-th smallest of the N scores.
// When the model's band has no width (constant fits, some analogue forecasts)
// the scale is sqrt(step) instead, the growth of a random walk's spread.
class ConformalCalibration {
public:
  void addOrigin(const ModelForecast &forecast, const std::vector<double> &actuals);
  void add(const ConformalCalibration &other);
  int scoreCount() const { return int(m_scaled.size()); }
  bool usable() const; // enough scores for a 95 % quantile (19)
  // Rescales f's bands to 80 % / 95 %; false (f unchanged) when not usable().
  bool apply(ModelForecast &f) const;
  // The factors applied at 80 % and 95 % (NaN when not usable).
  double factor(double level) const;
  // details["calibration"] = "conformal" with the scores and factors when
  // applied, else "model".
  void describe(QJsonObject &details, bool applied) const;

  // The ceil((n + 1) level)-th smallest of values (the largest when that is past n).
  static double conformalQuantile(std::vector<double> values, double level);

private:
  static bool hasWidth(const ModelForecast &f, size_t steps);
  std::vector<double> m_scaled; // by the model's own width
  std::vector<double> m_walk;   // by sqrt(step)
  bool m_allHaveWidth = true;
};

} // namespace epidesk
