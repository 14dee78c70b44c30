#include "ClassBreaks.h"
#include "Classifier.h"
#include <algorithm>
#include <cmath>
#include <limits>

namespace epidesk {

namespace {
bool isInteger(double v) {
  return std::abs(v - std::round(v)) < 1e-9 * std::max(1.0, std::abs(v));
}
} // namespace

QString LegendEntry::text(const QLocale &locale) const {
  return showCount ? tr("%1 (%2)").arg(label, locale.toString(count)) : label;
}

ClassBreaks::ClassBreaks(double minimum, std::vector<double> upperBounds, QVector<QColor> colors,
                         bool integerValues)
    : m_min(minimum), m_upper(std::move(upperBounds)), m_colors(std::move(colors)),
      m_integerValues(integerValues) {}

ClassBreaks ClassBreaks::compute(const Classifier &classifier, const std::vector<double> &values, int classes,
                                 const ColorRamp &ramp) {
  std::vector<double> upper = classifier.breaks(values, classes);
  if (upper.empty())
    return {};
  double minimum = upper.front();
  bool integers = true;
  for (double v : values)
    if (std::isfinite(v)) {
      minimum = std::min(minimum, v);
      integers = integers && isInteger(v);
    }
  const int k = static_cast<int>(upper.size());
  return ClassBreaks(minimum, std::move(upper), ramp.sample(k), integers);
}

int ClassBreaks::classOf(double v) const {
  if (m_upper.empty() || !std::isfinite(v))
    return -1;
  const auto it = std::lower_bound(m_upper.begin(), m_upper.end(), v); // first bound >= v
  return it == m_upper.end() ? classCount() - 1 : static_cast<int>(it - m_upper.begin());
}

int ClassBreaks::suggestedDecimals() const {
  if (m_integerValues)
    return 0;
  bool integers = isInteger(m_min);
  double gap = std::numeric_limits<double>::infinity();
  double prev = m_min;
  for (double b : m_upper) {
    integers = integers && isInteger(b);
    if (b > prev)
      gap = std::min(gap, b - prev);
    prev = b;
  }
  if (integers)
    return 0;
  if (!std::isfinite(gap))
    return 2;
  // One decimal beyond the magnitude of the narrowest class keeps bounds apart.
  return std::clamp(static_cast<int>(std::ceil(-std::log10(gap))) + 1, 1, 6);
}

QString ClassBreaks::label(int i, const QLocale &locale, int decimals) const {
  if (i < 0 || i >= classCount())
    return {};
  if (decimals < 0)
    decimals = suggestedDecimals();
  double lower = lowerBound(i);
  double upper = upperBound(i);
  // Whole-number values: class (a, b] holds floor(a) + 1 .. floor(b).
  if (m_integerValues) {
    lower = i > 0 ? std::floor(lower) + 1 : lower;
    upper = std::floor(upper);
  }
  if (lower >= upper)
    return locale.toString(upper, 'f', decimals);
  return tr("%1 – %2").arg(locale.toString(lower, 'f', decimals), locale.toString(upper, 'f', decimals));
}

} // namespace epidesk
