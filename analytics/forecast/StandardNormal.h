#pragma once

namespace epidesk {

// The standard normal distribution, as the forecast intervals need it.
class StandardNormal {
public:
  // Quantile, R's qnorm(p): Wichura's algorithm AS 241 (Applied Statistics
  // 37, 1988) evaluated as R 4.2 evaluates it, so the same double as R (about
  // 16 correct digits). -inf at 0, +inf at 1, NaN outside [0, 1].
  static double quantile(double p);
};

} // namespace epidesk
