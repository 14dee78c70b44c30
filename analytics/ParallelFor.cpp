#include "ParallelFor.h"
#include "Feedback.h"
#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace epidesk {

void parallelFor(size_t n, const std::function<void(size_t)> &fn, Feedback *feedback, double lo, double hi) {
  constexpr size_t kChunk = 64;
  const size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1,
                                            std::max<size_t>(1, (n + kChunk - 1) / kChunk));
  std::atomic<size_t> next{0}, done{0};
  std::atomic<bool> stop{false};
  std::exception_ptr failure;
  std::mutex failureMutex;
  auto work = [&] {
    try {
      for (;;) {
        if (stop.load(std::memory_order_relaxed) || (feedback && feedback->isCanceled())) {
          stop.store(true);
          return;
        }
        const size_t begin = next.fetch_add(kChunk);
        if (begin >= n)
          return;
        const size_t end = std::min(n, begin + kChunk);
        for (size_t i = begin; i < end; ++i)
          fn(i);
        const size_t finished = done.fetch_add(end - begin) + (end - begin);
        if (feedback)
          feedback->setProgress(lo + (hi - lo) * double(finished) / double(n));
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(failureMutex);
      if (!failure)
        failure = std::current_exception();
      stop.store(true);
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t)
    pool.emplace_back(work);
  work();
  for (std::thread &t : pool)
    t.join();
  if (failure)
    std::rethrow_exception(failure);
  if (feedback && feedback->isCanceled())
    throw Canceled{};
}

} // namespace epidesk
