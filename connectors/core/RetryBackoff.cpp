#include "RetryBackoff.h"
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace epidesk {

int RetryBackoff::delayMs(int attempt) const {
  return delayMs(attempt, m_jitter > 0 ? QRandomGenerator::global()->generateDouble() : 0.5);
}

int RetryBackoff::delayMs(int attempt, double unit) const {
  const double raw = m_firstMs * std::pow(2.0, std::clamp(attempt, 0, 30));
  const double capped = std::min(raw, double(m_capMs));
  const double factor = 1.0 - m_jitter + 2.0 * m_jitter * std::clamp(unit, 0.0, 1.0);
  return int(std::min(capped * factor, double(m_capMs)));
}

} // namespace epidesk
