#include "RollingOrigins.h"
#include <algorithm>

namespace epidesk {

std::vector<int> RollingOrigins::trainLengths(int n, int horizon, int minimumLength, int wanted, int step) {
  std::vector<int> out;
  step = std::max(1, step);
  for (int k = 0; k < wanted; ++k) {
    const int t = n - horizon - k * step;
    if (t < std::max(1, minimumLength))
      break;
    out.push_back(t);
  }
  std::reverse(out.begin(), out.end());
  return out;
}

int RollingOrigins::originsFor(int horizon, int scores) {
  const int h = std::max(1, horizon);
  return std::clamp((scores + h - 1) / h, 3, 20);
}

TimeSeries RollingOrigins::head(const TimeSeries &series, int t) {
  TimeSeries past;
  past.code = series.code;
  past.frequency = series.frequency;
  past.start = series.start;
  past.values.assign(series.values.begin(), series.values.begin() + std::min(t, series.size()));
  return past;
}

} // namespace epidesk
