#include "AnalogueWindows.h"
#include <algorithm>
#include <cmath>
#include <limits>

namespace epidesk::analogue {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> applyTransform(const std::vector<double> &raw, Transform t) {
  const size_t n = raw.size();
  std::vector<double> out(n, kNaN);
  if (t == Transform::None) {
    for (size_t i = 0; i < n; ++i)
      out[i] = std::isfinite(raw[i]) ? raw[i] : kNaN;
  } else if (t == Transform::Log1p) {
    for (size_t i = 0; i < n; ++i)
      out[i] = std::isfinite(raw[i]) && raw[i] > -1 ? std::log1p(raw[i]) : kNaN;
  } else {
    // Trailing mean of up to 7 points (fewer at the very start).
    double sum = 0;
    int bad = 0;
    for (size_t i = 0; i < n; ++i) {
      if (std::isfinite(raw[i]))
        sum += raw[i];
      else
        ++bad;
      if (i >= 7) {
        if (std::isfinite(raw[i - 7]))
          sum -= raw[i - 7];
        else
          --bad;
      }
      const size_t count = std::min<size_t>(i + 1, 7);
      out[i] = bad == 0 ? sum / double(count) : kNaN;
    }
  }
  return out;
}

double inverseTransform(double y, Transform t) {
  // expm1 is capped so an extreme rescaled log value stays finite.
  return t == Transform::Log1p ? std::expm1(std::min(y, 700.0)) : y;
}

WindowStats windowStats(const double *x, int w, Scaling scaling) {
  WindowStats s;
  double sum = 0, sumAbs = 0;
  for (int i = 0; i < w; ++i) {
    sum += x[i];
    sumAbs += std::abs(x[i]);
  }
  s.mean = sum / w;
  if (scaling == Scaling::Level) {
    s.scale = sumAbs / w;
    s.flat = s.scale <= 1e-12;
  } else if (scaling == Scaling::ZScore) {
    double ss = 0;
    for (int i = 0; i < w; ++i)
      ss += (x[i] - s.mean) * (x[i] - s.mean);
    s.loc = s.mean;
    s.scale = std::sqrt(ss / w);
    s.flat = s.scale <= 1e-9 * (1 + std::abs(s.mean));
  }
  if (s.flat)
    s.scale = 1;
  return s;
}

double rescale(double c, const WindowStats &from, const WindowStats &to, Scaling scaling) {
  if (scaling == Scaling::None)
    return c;
  if (from.flat || to.flat)
    return c - from.mean + to.mean;
  return to.loc + (c - from.loc) * to.scale / from.scale;
}

WindowBank::WindowBank(const std::vector<const TimeSeries *> &sources, const Settings &settings)
    : m_settings(settings) {
  const int w = settings.window, span = settings.window + settings.horizon;
  series.resize(sources.size());
  std::vector<std::vector<char>> ok(sources.size());
  size_t total = 0;
  for (size_t j = 0; j < sources.size(); ++j) {
    SeriesData &sd = series[j];
    sd.series = sources[j];
    if (sources[j]->frequency != settings.frequency || !sources[j]->start.isValid())
      continue;
    sd.values = applyTransform(sources[j]->values, settings.transform);
    sd.base = TimeSeries::calendarIndex(settings.frequency, sources[j]->start);
    const int n = int(sd.values.size());
    // A window is eligible when it and its continuation are all finite.
    std::vector<int> badPrefix(n + 1, 0);
    for (int i = 0; i < n; ++i)
      badPrefix[i + 1] = badPrefix[i] + (std::isfinite(sd.values[i]) ? 0 : 1);
    ok[j].assign(std::max(0, n - span + 1), 0);
    for (int s = 0; s + span <= n; ++s)
      if (badPrefix[s + span] == badPrefix[s]) {
        ok[j][s] = 1;
        ++total;
      }
  }
  candidates.reserve(total);
  windows.resize(w + 1, Eigen::Index(total));
  for (size_t j = 0; j < series.size(); ++j) {
    SeriesData &sd = series[j];
    sd.firstCandidate = int(candidates.size());
    for (int s = 0; s < int(ok[j].size()); ++s) {
      if (!ok[j][s])
        continue;
      const double *x = sd.values.data() + s;
      const WindowStats st = windowStats(x, w, settings.scaling);
      const Eigen::Index col = Eigen::Index(candidates.size());
      float norm = 0;
      for (int i = 0; i < w; ++i) {
        const float z = float((x[i] - st.loc) / st.scale);
        windows(i, col) = z;
        norm += z * z;
      }
      windows(w, col) = -0.5f * norm;
      candidates.push_back({int(j), s, sd.base + s});
    }
    sd.endCandidate = int(candidates.size());
  }
}

} // namespace epidesk::analogue
