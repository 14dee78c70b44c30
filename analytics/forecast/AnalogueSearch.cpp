#include "AnalogueSearch.h"
#include "Feedback.h"
#include <QCoreApplication>
#include <cmath>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace epidesk::analogue {

namespace {

// This file's messages, in AnalogueModel's context, which lupdate sees too
// (it files the strings of a plain tr() wrapper function under the enclosing
// scope instead).
class AnalogueText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::AnalogueModel)
};

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

} // namespace

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

int shortlistSize(const Settings &s) {
  return s.k * (2 * s.window + 1) + s.k;
}

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

} // namespace epidesk::analogue
