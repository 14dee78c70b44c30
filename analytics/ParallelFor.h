#pragma once
#include <cstddef>
#include <functional>

namespace epidesk {

class Feedback;

// Runs fn(0) .. fn(n - 1) on all cores (chunks taken from a shared counter,
// so uneven items balance), for independent items such as one trend test per
// series. Progress goes to feedback as items finish, mapped onto [lo, hi];
// throws Canceled once every thread has stopped when feedback was canceled.
void parallelFor(size_t n, const std::function<void(size_t)> &fn, Feedback *feedback = nullptr, double lo = 0,
                 double hi = 100);

} // namespace epidesk
