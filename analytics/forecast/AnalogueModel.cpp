#include "AnalogueModel.h"
#include "AnalogueSearch.h"
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

namespace epidesk {

using namespace analogue;

namespace {

// This file's messages, in AnalogueModel's context, which lupdate sees too
// (it files the strings of a plain tr() wrapper function under the enclosing
// scope instead).
class AnalogueText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::AnalogueModel)
};

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
  return windowOption(options, frequency);
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
