#include "AnalogueModel.h"
#include "Feedback.h"
#include <Eigen/Dense>
#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <limits>
#include <mutex>
#include <stdexcept>
#include <thread>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace epidesk {
namespace {

// This file's messages, in one context that lupdate sees too (it files the
// strings of a plain tr() wrapper function under the enclosing scope instead).
class AnalogueText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::AnalogueModel)
};

[[noreturn]] void fail(const QString &message) {
  throw std::invalid_argument(message.toStdString());
}

enum class Transform { None, Mean7, Log1p };
enum class Scaling { Level, ZScore, None };

// Parsed options; one set for the whole panel so windows are comparable.
struct Settings {
  Frequency frequency = Frequency::Daily;
  int horizon = 1;
  int window = 14;
  int k = 10;
  Transform transform = Transform::Mean7;
  Scaling scaling = Scaling::Level;
  QString transformName, scaleName;
  double epsFraction = 0.1;
};

int defaultWindow(Frequency f) {
  switch (f) {
  case Frequency::Daily:
    return 14;
  case Frequency::Weekly:
    return 4;
  case Frequency::Monthly:
    return 12;
  case Frequency::Quarterly:
    return 8;
  case Frequency::Yearly:
    return 5;
  }
  return 12;
}

int intOption(const QJsonObject &options, const char *key, int fallback, int lo, int hi) {
  const QJsonValue v = options.value(QLatin1String(key));
  if (v.isUndefined() || v.isNull())
    return fallback;
  const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
  if (!v.isDouble() || d != std::floor(d) || d < lo || d > hi)
    fail(AnalogueText::tr("Option \"%1\" must be an integer from %2 to %3.")
             .arg(QLatin1String(key))
             .arg(lo)
             .arg(hi));
  return int(d);
}

Settings parseSettings(const QJsonObject &options, Frequency frequency, int horizon) {
  if (horizon < 1)
    fail(AnalogueText::tr("The forecast horizon must be at least 1."));
  Settings s;
  s.frequency = frequency;
  s.horizon = horizon;
  s.window = intOption(options, "window", defaultWindow(frequency), 2, 100000);
  s.k = intOption(options, "k", 10, 1, 10000);

  s.transformName =
      options.value(QStringLiteral("transform"))
          .toString(frequency == Frequency::Daily ? QStringLiteral("mean7") : QStringLiteral("none"));
  if (s.transformName == QLatin1String("none"))
    s.transform = Transform::None;
  else if (s.transformName == QLatin1String("mean7"))
    s.transform = Transform::Mean7;
  else if (s.transformName == QLatin1String("log1p"))
    s.transform = Transform::Log1p;
  else
    fail(AnalogueText::tr("Option \"transform\" must be none, mean7 or log1p."));

  s.scaleName = options.value(QStringLiteral("scale")).toString(QStringLiteral("level"));
  if (s.scaleName == QLatin1String("level"))
    s.scaling = Scaling::Level;
  else if (s.scaleName == QLatin1String("zscore"))
    s.scaling = Scaling::ZScore;
  else if (s.scaleName == QLatin1String("none"))
    s.scaling = Scaling::None;
  else
    fail(AnalogueText::tr("Option \"scale\" must be level, zscore or none."));

  const QJsonValue eps = options.value(QStringLiteral("eps"));
  if (!eps.isUndefined() && !eps.isNull()) {
    if (!eps.isDouble() || !(eps.toDouble() >= 0) || !std::isfinite(eps.toDouble()))
      fail(AnalogueText::tr("Option \"eps\" must be a number of at least 0."));
    s.epsFraction = eps.toDouble();
  }
  return s;
}

const double kNaN = std::numeric_limits<double>::quiet_NaN();

// Missing or impossible values become NaN, which makes windows ineligible.
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

// Location and scale of one window: scaled = (x - loc) / scale.
struct WindowStats {
  double mean = 0, loc = 0, scale = 1;
  bool flat = false; // scale ~ 0: rescaling falls back to a shift of means
};

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

struct SeriesData {
  const TimeSeries *series = nullptr;
  std::vector<double> values; // transformed
  long long base = 0;         // calendar index of values[0]
  int firstCandidate = 0, endCandidate = 0;
};

struct Candidate {
  int series = 0;
  int start = 0;
  long long calStart = 0;
};

// Every eligible window of the panel, transformed and scaled once, as the
// columns of one contiguous float matrix (floats halve the memory traffic of
// the distance pass; shortlisted distances are recomputed in double).
class WindowBank {
public:
  WindowBank(const std::vector<const TimeSeries *> &sources, const Settings &settings)
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

  const Settings &settings() const { return m_settings; }

  std::vector<SeriesData> series;
  std::vector<Candidate> candidates;
  // Column c: the scaled window, then -|window|^2 / 2, so that one product with
  // (q, 1) gives the score q.c - |c|^2 / 2 = (|q|^2 - |q - c|^2) / 2.
  Eigen::MatrixXf windows;

private:
  Settings m_settings;
};

// The target's last window and the time limits of its eligible windows.
struct Target {
  const TimeSeries *series = nullptr;
  int ownSeries = -1; // bank index of the target's own series
  long long limit = 0, ownLimit = 0;
  WindowStats stats;
  std::vector<double> scaled; // window, double
  bool nonNegative = true;
};

Target makeTarget(const TimeSeries &series, const Settings &s, const std::vector<double> *bankValues,
                  int own) {
  Target t;
  t.series = &series;
  if (series.values.empty())
    fail(AnalogueText::tr("The series %1 is empty.").arg(series.code));
  if (!series.start.isValid())
    fail(AnalogueText::tr("The series %1 has no valid start period.").arg(series.code));
  if (series.size() < s.window)
    fail(AnalogueText::tr("The series %1 has %2 points; the analogue model needs at least %3 (the window).")
             .arg(series.code)
             .arg(series.size())
             .arg(s.window));
  std::vector<double> local;
  if (!bankValues)
    local = applyTransform(series.values, s.transform);
  const std::vector<double> &values = bankValues ? *bankValues : local;
  t.ownSeries = own;
  const int n = series.size(), w = s.window;
  const double *x = values.data() + (n - w);
  for (int i = 0; i < w; ++i)
    if (!std::isfinite(x[i]))
      fail(AnalogueText::tr("The last %1 points of series %2 contain missing or invalid values.")
               .arg(w)
               .arg(series.code));
  for (double v : series.values)
    if (std::isfinite(v) && v < 0)
      t.nonNegative = false;
  t.stats = windowStats(x, w, s.scaling);
  t.scaled.resize(w);
  for (int i = 0; i < w; ++i)
    t.scaled[i] = (x[i] - t.stats.loc) / t.stats.scale;
  const long long last = TimeSeries::calendarIndex(s.frequency, series.start) + n - 1;
  // Continuations end by the origin; the own series' also before its last window.
  t.limit = last - w - s.horizon + 1;
  t.ownLimit = last - 2LL * w - s.horizon + 1;
  return t;
}

// Bounded max-heap of (approximate squared distance, candidate): keeps the M best.
class NeighbourHeap {
public:
  explicit NeighbourHeap(int capacity = 0) : m_capacity(size_t(std::max(1, capacity))) {}
  float bound() const {
    return m_items.size() < m_capacity ? std::numeric_limits<float>::infinity() : m_items.front().first;
  }
  void offer(float d2, int index) {
    if (m_items.size() < m_capacity) {
      m_items.emplace_back(d2, index);
      std::push_heap(m_items.begin(), m_items.end());
    } else {
      std::pop_heap(m_items.begin(), m_items.end());
      m_items.back() = {d2, index};
      std::push_heap(m_items.begin(), m_items.end());
    }
  }
  const std::vector<std::pair<float, int>> &items() const { return m_items; }

private:
  size_t m_capacity;
  std::vector<std::pair<float, int>> m_items;
};

// Greedy de-duplication removes at most 2w windows per pick, so the
// k(2w+1) nearest always contain the k picks.
int shortlistSize(const Settings &s) {
  return s.k * (2 * s.window + 1) + s.k;
}

// Whether any of 16 scores beats the threshold (SSE2 is part of x86-64).
bool anyAbove(const float *g, float thr) {
#ifdef __SSE2__
  const __m128 t = _mm_set1_ps(thr);
  const __m128 m =
      _mm_or_ps(_mm_or_ps(_mm_cmpgt_ps(_mm_loadu_ps(g), t), _mm_cmpgt_ps(_mm_loadu_ps(g + 4), t)),
                _mm_or_ps(_mm_cmpgt_ps(_mm_loadu_ps(g + 8), t), _mm_cmpgt_ps(_mm_loadu_ps(g + 12), t)));
  return _mm_movemask_ps(m) != 0;
#else
  bool any = false;
  for (int i = 0; i < 16; ++i)
    any |= g[i] > thr;
  return any;
#endif
}

// Distances of a block of targets to all windows by one matrix product per
// block of windows (see WindowBank::windows); a window enters a target's heap
// when its score beats the target's current threshold.
void searchTargets(const WindowBank &bank, const std::vector<const Target *> &targets,
                   std::vector<NeighbourHeap> &heaps, Feedback *feedback) {
  const int w = bank.settings().window;
  const Eigen::Index nt = Eigen::Index(targets.size());
  Eigen::MatrixXf queries(w + 1, nt);
  std::vector<float> qnorm(static_cast<size_t>(nt)), threshold(static_cast<size_t>(nt));
  for (Eigen::Index t = 0; t < nt; ++t) {
    for (int i = 0; i < w; ++i)
      queries(i, t) = float(targets[size_t(t)]->scaled[size_t(i)]);
    queries(w, t) = 1;
    qnorm[size_t(t)] = queries.col(t).head(w).squaredNorm();
  }
  // score > (|q|^2 - bound) / 2  <=>  |q - c|^2 < bound
  auto updateThreshold = [&](Eigen::Index t) {
    threshold[size_t(t)] = 0.5f * (qnorm[size_t(t)] - heaps[size_t(t)].bound());
  };
  for (Eigen::Index t = 0; t < nt; ++t)
    updateThreshold(t);

  const Eigen::Index total = bank.windows.cols();
  constexpr Eigen::Index kBlock = 1024, kLanes = 16;
  Eigen::MatrixXf scores;
  for (Eigen::Index b0 = 0; b0 < total; b0 += kBlock) {
    if (feedback && feedback->isCanceled())
      return;
    const Eigen::Index nb = std::min(kBlock, total - b0);
    scores.noalias() = bank.windows.middleCols(b0, nb).transpose() * queries;
    const Candidate *cands = bank.candidates.data() + b0;
    for (Eigen::Index t = 0; t < nt; ++t) {
      const Target &target = *targets[size_t(t)];
      const float *g = scores.col(t).data();
      Eigen::Index i0 = 0;
      for (; i0 < nb; i0 += kLanes) {
        const Eigen::Index i1 = std::min(nb, i0 + kLanes);
        const float thr = threshold[size_t(t)];
        // Branch-free test of a group first: almost every group is rejected.
        if (i1 - i0 == kLanes && !anyAbove(g + i0, thr))
          continue;
        for (Eigen::Index i = i0; i < i1; ++i) {
          if (!(g[i] > threshold[size_t(t)]))
            continue;
          const Candidate &c = cands[i];
          if (c.calStart > (c.series == target.ownSeries ? target.ownLimit : target.limit))
            continue;
          heaps[size_t(t)].offer(qnorm[size_t(t)] - 2 * g[i], int(b0 + i));
          updateThreshold(t);
        }
      }
    }
  }
}

struct Pick {
  int candidate;
  double distance;
  WindowStats stats;
};

// Weighted quantile with plotting positions (C_i - w_i / 2) / W for the sorted
// values; linear in between and flat beyond, hence monotone in p.
double weightedQuantile(const std::vector<std::pair<double, double>> &sorted, double total, double p) {
  double cum = 0, prevPos = 0, prevVal = 0;
  for (size_t i = 0; i < sorted.size(); ++i) {
    const double pos = (cum + sorted[i].second / 2) / total;
    cum += sorted[i].second;
    if (p <= pos) {
      if (i == 0 || pos <= prevPos)
        return sorted[i].first;
      return prevVal + (sorted[i].first - prevVal) * (p - prevPos) / (pos - prevPos);
    }
    prevPos = pos;
    prevVal = sorted[i].first;
  }
  return sorted.back().first;
}

int eligibleWindows(const WindowBank &bank, const Target &t) {
  int count = 0;
  for (size_t j = 0; j < bank.series.size(); ++j) {
    const SeriesData &sd = bank.series[j];
    const long long limit = int(j) == t.ownSeries ? t.ownLimit : t.limit;
    const auto first = bank.candidates.begin() + sd.firstCandidate;
    const auto last = bank.candidates.begin() + sd.endCandidate;
    count += int(
        std::upper_bound(first, last, limit, [](long long v, const Candidate &c) { return v < c.calStart; }) -
        first);
  }
  return count;
}

// From the shortlist to the forecast: exact distances, greedy picks, weighted quantiles.
ModelForecast finishTarget(const WindowBank &bank, const Target &target, const NeighbourHeap &heap) {
  const Settings &s = bank.settings();
  const int w = s.window;
  std::vector<Pick> shortlist;
  shortlist.reserve(heap.items().size());
  for (const auto &item : heap.items()) {
    const Candidate &c = bank.candidates[size_t(item.second)];
    const double *x = bank.series[size_t(c.series)].values.data() + c.start;
    Pick p{item.second, 0, windowStats(x, w, s.scaling)};
    double d2 = 0;
    for (int i = 0; i < w; ++i) {
      const double diff = (x[i] - p.stats.loc) / p.stats.scale - target.scaled[i];
      d2 += diff * diff;
    }
    p.distance = std::sqrt(d2);
    shortlist.push_back(p);
  }
  std::sort(shortlist.begin(), shortlist.end(), [&](const Pick &a, const Pick &b) {
    if (a.distance != b.distance)
      return a.distance < b.distance;
    return a.candidate < b.candidate; // candidates are ordered by series, then start
  });
  std::vector<Pick> picks;
  for (const Pick &p : shortlist) {
    if (int(picks.size()) >= s.k)
      break;
    const Candidate &c = bank.candidates[size_t(p.candidate)];
    const bool duplicate = std::any_of(picks.begin(), picks.end(), [&](const Pick &q) {
      const Candidate &o = bank.candidates[size_t(q.candidate)];
      return o.series == c.series && std::abs(o.start - c.start) <= w;
    });
    if (!duplicate)
      picks.push_back(p);
  }
  if (picks.empty())
    fail(AnalogueText::tr(
             "No earlier window of length %1 with a %2-step continuation is available to forecast %3.")
             .arg(w)
             .arg(s.horizon)
             .arg(target.series->code));

  std::vector<double> distances;
  for (const Pick &p : picks)
    distances.push_back(p.distance);
  std::nth_element(distances.begin(), distances.begin() + distances.size() / 2, distances.end());
  const double eps = std::max(1e-9, s.epsFraction * distances[distances.size() / 2]);

  ModelForecast out;
  std::vector<double> weights;
  double totalWeight = 0;
  for (const Pick &p : picks) {
    const Candidate &c = bank.candidates[size_t(p.candidate)];
    const TimeSeries &src = *bank.series[size_t(c.series)].series;
    const double weight = 1 / (p.distance + eps);
    weights.push_back(weight);
    totalWeight += weight;
    Analogue a;
    a.district = src.code;
    a.start = src.periodLabel(c.start);
    a.distance = p.distance;
    out.analogues.push_back(a);
  }
  QJsonArray analogueJson; // with normalised weights, for the view
  for (size_t i = 0; i < picks.size(); ++i)
    analogueJson.append(QJsonObject{{QStringLiteral("district"), out.analogues[i].district},
                                    {QStringLiteral("start"), out.analogues[i].start},
                                    {QStringLiteral("distance"), out.analogues[i].distance},
                                    {QStringLiteral("weight"), weights[i] / totalWeight}});

  const double floor = target.nonNegative ? 0.0 : -std::numeric_limits<double>::infinity();
  auto finish = [&](double y) {
    const double v = std::max(floor, inverseTransform(y, s.transform));
    return std::isfinite(v) ? v : 0.0; // unreachable guard: inputs are finite
  };
  std::vector<std::pair<double, double>> values(picks.size());
  for (int h = 0; h < s.horizon; ++h) {
    for (size_t i = 0; i < picks.size(); ++i) {
      const Candidate &c = bank.candidates[size_t(picks[i].candidate)];
      const double cont = bank.series[size_t(c.series)].values[size_t(c.start + w + h)];
      values[i] = {rescale(cont, picks[i].stats, target.stats, s.scaling), weights[i]};
    }
    std::sort(values.begin(), values.end());
    const double lo95 = finish(weightedQuantile(values, totalWeight, 0.025));
    const double lo80 = std::max(lo95, finish(weightedQuantile(values, totalWeight, 0.10)));
    const double mid = std::max(lo80, finish(weightedQuantile(values, totalWeight, 0.50)));
    const double hi80 = std::max(mid, finish(weightedQuantile(values, totalWeight, 0.90)));
    const double hi95 = std::max(hi80, finish(weightedQuantile(values, totalWeight, 0.975)));
    out.lo95.push_back(lo95);
    out.lo80.push_back(lo80);
    out.mean.push_back(mid);
    out.hi80.push_back(hi80);
    out.hi95.push_back(hi95);
  }
  out.details = QJsonObject{{QStringLiteral("model"), QStringLiteral("nn")},
                            {QStringLiteral("window"), w},
                            {QStringLiteral("k"), s.k},
                            {QStringLiteral("transform"), s.transformName},
                            {QStringLiteral("scale"), s.scaleName},
                            {QStringLiteral("eps"), eps},
                            {QStringLiteral("eligible_windows"), eligibleWindows(bank, target)},
                            {QStringLiteral("analogues"), analogueJson}};
  return out;
}

void checkCanceled(Feedback *feedback) {
  if (feedback && feedback->isCanceled())
    throw Canceled{};
}

} // namespace

QString AnalogueModel::name() const {
  return AnalogueText::tr("Nearest-neighbour analogues");
}

int AnalogueModel::windowLength(Frequency frequency, const QJsonObject &options) {
  return intOption(options, "window", defaultWindow(frequency), 2, 100000);
}

std::vector<double> AnalogueModel::rescaledAnalogue(const TimeSeries &target, const TimeSeries &analogue,
                                                    int start, int horizon, const QJsonObject &options) {
  const Settings s = parseSettings(options, target.frequency, horizon);
  const int n = target.size(), w = s.window;
  if (n < w || start < 0 || start + w + horizon > analogue.size())
    return {};
  const std::vector<double> t = applyTransform(target.values, s.transform);
  const std::vector<double> x = applyTransform(analogue.values, s.transform);
  const WindowStats to = windowStats(t.data() + n - w, w, s.scaling);
  const WindowStats from = windowStats(x.data() + start, w, s.scaling);
  std::vector<double> out;
  out.reserve(size_t(w + horizon));
  for (int i = 0; i < w + horizon; ++i) {
    const double v = inverseTransform(rescale(x[size_t(start + i)], from, to, s.scaling), s.transform);
    if (!std::isfinite(v))
      return {};
    out.push_back(v);
  }
  return out;
}

int AnalogueModel::minimumLength(const TimeSeries &series) const {
  // Other districts can supply the analogues, so the target needs one window.
  return defaultWindow(series.frequency);
}

ModelForecast AnalogueModel::forecast(const TimeSeries &series, int horizon, const QJsonObject &options,
                                      const ForecastPanel &panel, Feedback *feedback) const {
  const Settings s = parseSettings(options, series.frequency, horizon);
  if (series.values.empty())
    fail(AnalogueText::tr("The series %1 is empty.").arg(series.code));
  std::vector<const TimeSeries *> sources;
  int own = -1;
  for (const TimeSeries &p : panel.series) {
    if (own < 0 && p.code == series.code && p.frequency == series.frequency)
      own = int(sources.size());
    sources.push_back(&p);
  }
  if (own < 0) { // the target's own past is always searched
    own = int(sources.size());
    sources.push_back(&series);
  }
  checkCanceled(feedback);
  const WindowBank bank(sources, s);
  const Target target = makeTarget(series, s, nullptr, own);
  std::vector<NeighbourHeap> heaps{NeighbourHeap(shortlistSize(s))};
  searchTargets(bank, {&target}, heaps, feedback);
  checkCanceled(feedback);
  return finishTarget(bank, target, heaps.front());
}

std::vector<ModelForecast> AnalogueModel::forecastAll(const ForecastPanel &panel, int horizon,
                                                      const QJsonObject &options, Feedback *feedback,
                                                      int threads) {
  const int n = int(panel.series.size());
  if (n == 0) {
    parseSettings(options, Frequency::Daily, horizon); // still report bad options
    return {};
  }
  const Settings s = parseSettings(options, panel.series.front().frequency, horizon);
  std::vector<const TimeSeries *> sources;
  for (const TimeSeries &p : panel.series)
    sources.push_back(&p);
  checkCanceled(feedback);
  const WindowBank bank(sources, s);

  std::vector<ModelForecast> results(static_cast<size_t>(n));
  auto markFailed = [&](int i, const QString &message) {
    results[size_t(i)] = ModelForecast{};
    results[size_t(i)].details =
        QJsonObject{{QStringLiteral("model"), QStringLiteral("nn")}, {QStringLiteral("error"), message}};
  };
  std::vector<Target> targets(static_cast<size_t>(n));
  std::vector<int> runnable;
  for (int i = 0; i < n; ++i) {
    const TimeSeries &ts = panel.series[size_t(i)];
    try {
      if (ts.frequency != s.frequency)
        fail(AnalogueText::tr("The series %1 has another frequency than the panel.").arg(ts.code));
      targets[size_t(i)] = makeTarget(ts, s, &bank.series[size_t(i)].values, i);
      runnable.push_back(i);
    } catch (const std::invalid_argument &e) {
      markFailed(i, QString::fromStdString(e.what()));
    }
  }

  // Chunks of targets share one pass over the window matrix.
  // Few large chunks: each pass packs the window matrix once.
  const int kChunk = std::max(16, int(runnable.size() + 3) / 4);
  const int chunks = (int(runnable.size()) + kChunk - 1) / kChunk;
  const int workers = std::max(
      1, std::min(chunks, threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()))));
  std::atomic<int> next{0}, done{0};
  std::exception_ptr error;
  std::mutex errorMutex;
  auto work = [&]() {
    try {
      for (int c = next++; c < chunks; c = next++) {
        if (feedback && feedback->isCanceled())
          return;
        const int begin = c * kChunk, end = std::min(int(runnable.size()), begin + kChunk);
        std::vector<const Target *> chunk;
        for (int r = begin; r < end; ++r)
          chunk.push_back(&targets[size_t(runnable[size_t(r)])]);
        std::vector<NeighbourHeap> heaps(chunk.size(), NeighbourHeap(shortlistSize(s)));
        searchTargets(bank, chunk, heaps, feedback);
        if (feedback && feedback->isCanceled())
          return;
        for (int r = begin; r < end; ++r) {
          const int i = runnable[size_t(r)];
          try {
            results[size_t(i)] = finishTarget(bank, targets[size_t(i)], heaps[size_t(r - begin)]);
          } catch (const std::invalid_argument &e) {
            markFailed(i, QString::fromStdString(e.what()));
          }
        }
        const int finished = done += end - begin;
        if (feedback)
          feedback->setProgress(100.0 * finished / double(runnable.size()));
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(errorMutex);
      if (!error)
        error = std::current_exception();
      next = chunks; // stop the others
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < workers; ++t)
    pool.emplace_back(work);
  work();
  for (std::thread &t : pool)
    t.join();
  if (error)
    std::rethrow_exception(error);
  checkCanceled(feedback);
  return results;
}

} // namespace epidesk
