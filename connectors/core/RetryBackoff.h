#pragma once

namespace epidesk {

// Exponential back-off between retries, the one rule for every caller (the
// cluster client's polling, the worker's database retries, the dashboard's
// reconnection): firstMs, doubled per attempt up to capMs, each delay spread
// by +-jitter (a fraction, e.g. 0.2) so many clients do not retry in
// lock-step. The jittered delay never exceeds capMs.
class RetryBackoff {
public:
  RetryBackoff(int firstMs, int capMs, double jitter = 0)
      : m_firstMs(firstMs), m_capMs(capMs), m_jitter(jitter) {}

  // The delay before retry number attempt (0 = the first), jitter drawn at random.
  int delayMs(int attempt) const;
  // The same with the jitter drawn from unit in [0, 1): 0 gives the shortest delay.
  int delayMs(int attempt, double unit) const;

  // Counting attempts itself: the next delay, and the first again after a success.
  int next() { return delayMs(m_attempt++); }
  void reset() { m_attempt = 0; }
  int attempt() const { return m_attempt; }

  int firstMs() const { return m_firstMs; }
  int capMs() const { return m_capMs; }
  double jitter() const { return m_jitter; }

private:
  int m_firstMs;
  int m_capMs;
  double m_jitter;
  int m_attempt = 0;
};

} // namespace epidesk
