#include "DemoRandom.h"

#include <algorithm>

namespace epidesk::demo {

namespace {
quint64 splitMix(quint64 x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

quint32 toThreshold(double p) {
  return quint32(std::min(1.0, std::max(0.0, p)) * 4294967295.0);
}
} // namespace

quint64 streamSeed(quint64 seed, quint64 a, quint64 b, quint64 c) {
  return splitMix(splitMix(splitMix(splitMix(seed) ^ a) ^ b) ^ c);
}

AliasTable::AliasTable(const std::vector<double> &weights) {
  const size_t n = weights.size();
  m_prob.assign(n, 0);
  m_alias.assign(n, 0);
  double total = 0;
  for (double w : weights)
    total += w;
  std::vector<double> p(n);
  std::vector<quint32> small, large;
  for (size_t i = 0; i < n; ++i) {
    p[i] = total > 0 ? weights[i] * double(n) / total : 1.0;
    (p[i] < 1.0 ? small : large).push_back(quint32(i));
  }
  while (!small.empty() && !large.empty()) {
    const quint32 s = small.back(), l = large.back();
    small.pop_back();
    m_prob[s] = toThreshold(p[s]);
    m_alias[s] = l;
    p[l] -= 1.0 - p[s];
    if (p[l] < 1.0) {
      large.pop_back();
      small.push_back(l);
    }
  }
  for (quint32 i : large)
    m_prob[i] = 0xFFFFFFFFu, m_alias[i] = i;
  for (quint32 i : small)
    m_prob[i] = 0xFFFFFFFFu, m_alias[i] = i;
}

} // namespace epidesk::demo
