#pragma once
// Demo generator: deterministic random numbers and weighted choices.
// std::mt19937_64 is specified bit-exactly by the standard, std
// distributions are not, so every distribution here is our own.
#include <QtGlobal>

#include <cmath>
#include <random>
#include <vector>

namespace epidesk::demo {

// Independent stream per purpose, so one file never depends on another.
quint64 streamSeed(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0);

class Rng {
public:
  explicit Rng(quint64 seed) : m_engine(seed) {}
  quint64 next() { return m_engine(); }
  double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
  quint32 below(quint32 n) { return quint32(((m_engine() >> 32) * quint64(n)) >> 32); }
  bool chance(double p) { return uniform() < p; }
  double normal() { // Box-Muller, one value per call (simple and portable)
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  // Mean-one multiplicative noise with the given log-sd.
  double logNoise(double sigma) { return std::exp(sigma * normal() - 0.5 * sigma * sigma); }
  // Rounds x up or down with probability given by its fraction (unbiased).
  qint64 stochasticRound(double x) {
    const double f = std::floor(x);
    return qint64(f) + (uniform() < x - f ? 1 : 0);
  }

private:
  std::mt19937_64 m_engine;
};

// Walker/Vose alias table: O(1) weighted choice among many municipalities.
class AliasTable {
public:
  explicit AliasTable(const std::vector<double> &weights);
  // One 64-bit draw: high half picks the column, low half the coin.
  quint32 sample(Rng &rng) const {
    const quint64 r = rng.next();
    const quint32 col = quint32(((r >> 32) * quint64(m_prob.size())) >> 32);
    return quint32(r) < m_prob[col] ? col : m_alias[col];
  }

private:
  std::vector<quint32> m_prob;
  std::vector<quint32> m_alias;
};

// Small weighted choice (a handful of presentations or codes).
class SmallChoice {
public:
  void add(double weight) { m_cum.push_back((m_cum.empty() ? 0 : m_cum.back()) + weight); }
  int sample(Rng &rng) const {
    const double u = rng.uniform() * m_cum.back();
    int i = 0;
    while (i + 1 < int(m_cum.size()) && u >= m_cum[i])
      ++i;
    return i;
  }

private:
  std::vector<double> m_cum;
};

} // namespace epidesk::demo
