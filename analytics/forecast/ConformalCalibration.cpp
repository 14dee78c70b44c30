#include "ConformalCalibration.h"
#include <algorithm>
#include <cmath>
#include <limits>

namespace epidesk {

namespace {
constexpr int kMinimumScores = 19; // ceil(20 * 0.95) = 19: the 95 % quantile exists

double halfWidth(const ModelForecast &f, size_t i) {
  return 0.5 * (f.hi95[i] - f.lo95[i]);
}
} // namespace

bool ConformalCalibration::hasWidth(const ModelForecast &f, size_t steps) {
  for (size_t i = 0; i < steps; ++i) {
    const double w = halfWidth(f, i);
    if (!std::isfinite(w) || w <= 1e-12 * (1 + std::fabs(f.mean[i])))
      return false;
  }
  return true;
}

void ConformalCalibration::addOrigin(const ModelForecast &forecast, const std::vector<double> &actuals) {
  const size_t steps = std::min(actuals.size(), forecast.mean.size());
  const bool width = hasWidth(forecast, steps);
  m_allHaveWidth = m_allHaveWidth && width;
  for (size_t i = 0; i < steps; ++i) {
    const double err = std::fabs(actuals[i] - forecast.mean[i]);
    if (!std::isfinite(err))
      continue;
    m_walk.push_back(err / std::sqrt(double(i + 1)));
    m_scaled.push_back(width ? err / halfWidth(forecast, i) : 0.0);
  }
}

void ConformalCalibration::add(const ConformalCalibration &other) {
  m_scaled.insert(m_scaled.end(), other.m_scaled.begin(), other.m_scaled.end());
  m_walk.insert(m_walk.end(), other.m_walk.begin(), other.m_walk.end());
  m_allHaveWidth = m_allHaveWidth && other.m_allHaveWidth;
}

bool ConformalCalibration::usable() const {
  return int(m_walk.size()) >= kMinimumScores;
}

double ConformalCalibration::conformalQuantile(std::vector<double> values, double level) {
  if (values.empty())
    return std::numeric_limits<double>::quiet_NaN();
  const size_t n = values.size();
  const size_t k = std::min(n, size_t(std::ceil((double(n) + 1) * level))); // 1-based
  std::nth_element(values.begin(), values.begin() + long(k - 1), values.end());
  return values[k - 1];
}

double ConformalCalibration::factor(double level) const {
  if (!usable())
    return std::numeric_limits<double>::quiet_NaN();
  return conformalQuantile(m_allHaveWidth ? m_scaled : m_walk, level);
}

void ConformalCalibration::describe(QJsonObject &details, bool applied) const {
  details.insert(QStringLiteral("calibration"),
                 applied ? QStringLiteral("conformal") : QStringLiteral("model"));
  if (!applied)
    return;
  details.insert(QStringLiteral("calibration_scores"), scoreCount());
  details.insert(QStringLiteral("calibration_factor80"), factor(0.80));
  details.insert(QStringLiteral("calibration_factor95"), factor(0.95));
}

bool ConformalCalibration::apply(ModelForecast &f) const {
  if (!usable())
    return false;
  const bool scaled = m_allHaveWidth && hasWidth(f, f.mean.size());
  const double q80 = conformalQuantile(scaled ? m_scaled : m_walk, 0.80);
  const double q95 = conformalQuantile(scaled ? m_scaled : m_walk, 0.95);
  for (size_t i = 0; i < f.mean.size(); ++i) {
    const double w = scaled ? halfWidth(f, i) : std::sqrt(double(i + 1));
    f.lo80[i] = f.mean[i] - q80 * w;
    f.hi80[i] = f.mean[i] + q80 * w;
    f.lo95[i] = f.mean[i] - q95 * w;
    f.hi95[i] = f.mean[i] + q95 * w;
  }
  return true;
}

} // namespace epidesk
