#pragma once
#include "AnalogueWindows.h"
#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace epidesk {
class Feedback;
}

// AnalogueModel's k-nearest search (not for other callers): the target's
// last window, a bounded heap of the nearest windows, the blocked search.
namespace epidesk::analogue {

// The target's last window and the time limits of its eligible windows.
struct Target {
  const TimeSeries *series = nullptr;
  int ownSeries = -1; // bank index of the target's own series
  long long limit = 0, ownLimit = 0;
  WindowStats stats;
  std::vector<double> scaled; // window, double
  bool nonNegative = true;
};

// Throws std::invalid_argument when the series has no usable last window.
// bankValues: the series' transformed values when the bank holds them already.
Target makeTarget(const TimeSeries &series, const Settings &s, const std::vector<double> *bankValues,
                  int own);

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
int shortlistSize(const Settings &s);

// Distances of a block of targets to all windows by one matrix product per
// block of windows (see WindowBank::windows); a window enters a target's heap
// when its score beats the target's current threshold.
void searchTargets(const WindowBank &bank, const std::vector<const Target *> &targets,
                   std::vector<NeighbourHeap> &heaps, Feedback *feedback);

// Windows the target may use (before the greedy de-duplication).
int eligibleWindows(const WindowBank &bank, const Target &t);

} // namespace epidesk::analogue
