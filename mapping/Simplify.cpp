#include "Simplify.h"
#include <algorithm>
#include <cmath>
#include <vector>

namespace epidesk {

namespace {

double segmentDistanceSquared(const QPointF &p, const QPointF &a, const QPointF &b) {
  const double dx = b.x() - a.x(), dy = b.y() - a.y();
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  const double ex = a.x() + t * dx - p.x(), ey = a.y() + t * dy - p.y();
  return ex * ex + ey * ey;
}

} // namespace

QPolygonF simplifyRing(const QPolygonF &ring, double tolerance) {
  const int n = ring.size();
  if (n <= 4 || tolerance <= 0)
    return ring;
  // Explicit stack instead of recursion: rings have up to ~100k vertices.
  std::vector<bool> keep(n, false);
  keep[0] = keep[n - 1] = true;
  // A closed ring has first == last, so the first split uses the farthest
  // vertex from the start to get a real chord.
  int far = 1;
  double farDist = -1;
  for (int i = 1; i < n - 1; ++i) {
    const QPointF d = ring[i] - ring[0];
    const double dist = d.x() * d.x() + d.y() * d.y();
    if (dist > farDist) {
      farDist = dist;
      far = i;
    }
  }
  keep[far] = true;
  const double tol2 = tolerance * tolerance;
  std::vector<std::pair<int, int>> stack{{0, far}, {far, n - 1}};
  while (!stack.empty()) {
    const auto [first, last] = stack.back();
    stack.pop_back();
    int index = -1;
    double maxDist = tol2;
    for (int i = first + 1; i < last; ++i) {
      const double d = segmentDistanceSquared(ring[i], ring[first], ring[last]);
      if (d > maxDist) {
        maxDist = d;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = true;
      stack.push_back({first, index});
      stack.push_back({index, last});
    }
  }
  QPolygonF out;
  out.reserve(n);
  for (int i = 0; i < n; ++i)
    if (keep[i])
      out.append(ring[i]);
  if (out.size() < 4) {
    // Keep a visible triangle: start, farthest point, a middle point, close.
    out = QPolygonF{ring[0], ring[far], ring[(far + n - 1) / 2], ring[n - 1]};
  }
  return out;
}

} // namespace epidesk
