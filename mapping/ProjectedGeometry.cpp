#include "ProjectedGeometry.h"
#include "Projection.h"
#include "Simplify.h"
#include <cmath>

namespace epidesk {

struct ProjectedGeometry::Level {
  QVector<QPainterPath> paths;
};

ProjectedGeometry::ProjectedGeometry(FeatureCollectionPtr features, const Projection &projection)
    : m_features(std::move(features)) {
  const auto &all = m_features->features();
  m_rings.reserve(all.size());
  m_bounds.reserve(all.size());
  for (const Feature &f : all) {
    QVector<QPolygonF> rings;
    rings.reserve(f.rings.size());
    QRectF bounds;
    for (const QPolygonF &ring : f.rings) {
      QPolygonF r(ring.size());
      for (int i = 0; i < ring.size(); ++i)
        r[i] = projection.forward(ring[i]);
      bounds = bounds.isNull() ? r.boundingRect() : bounds.united(r.boundingRect());
      rings.append(std::move(r));
    }
    m_rings.append(std::move(rings));
    m_bounds.append(bounds);
    m_extent = m_extent.isNull() ? bounds : m_extent.united(bounds);
  }
}

ProjectedGeometry::~ProjectedGeometry() = default;

// Level 0 is right for the whole extent drawn ~1000 px wide; each finer level
// allows 4x more zoom. Tolerance = half a pixel at the scale it serves.
double ProjectedGeometry::tolerance(int level) const {
  const double base = 0.5 * std::max(m_extent.width(), m_extent.height()) / 1000.0;
  return base / std::pow(4.0, level);
}

int ProjectedGeometry::levelFor(double planeUnitsPerPixel) const {
  for (int level = 0; level < kLevels; ++level)
    if (tolerance(level) <= 0.5 * planeUnitsPerPixel)
      return level;
  return kLevels;
}

const ProjectedGeometry::Level &ProjectedGeometry::level(int index) const {
  std::lock_guard<std::mutex> lock(m_mutex);
  auto &slot = m_levels[index];
  if (!slot) {
    auto level = std::make_unique<Level>();
    level->paths.reserve(m_rings.size());
    const double tol = index < kLevels ? tolerance(index) : 0.0;
    for (const auto &rings : m_rings) {
      QPainterPath path;
      path.setFillRule(Qt::OddEvenFill);
      for (const QPolygonF &ring : rings)
        path.addPolygon(tol > 0 ? simplifyRing(ring, tol) : ring);
      level->paths.append(std::move(path));
    }
    slot = std::move(level);
  }
  return *slot;
}

const QPainterPath &ProjectedGeometry::path(int i, double planeUnitsPerPixel) const {
  return level(levelFor(planeUnitsPerPixel)).paths.at(i);
}

int ProjectedGeometry::featureAt(const QPointF &plane) const {
  for (int i = 0; i < size(); ++i)
    if (m_bounds[i].contains(plane) && ringsContain(m_rings[i], plane))
      return i;
  return -1;
}

QPointF ProjectedGeometry::centroid(int i) const {
  double bestArea = -1;
  QPointF best = m_bounds.at(i).center();
  for (const QPolygonF &ring : m_rings.at(i)) {
    if (ring.isEmpty())
      continue;
    // Relative to the first vertex: keeps the cross products small and exact.
    const QPointF o = ring.first();
    double a = 0, cx = 0, cy = 0;
    for (int k = 0, n = ring.size(); k < n; ++k) {
      const QPointF p = ring[k] - o, q = ring[(k + 1) % n] - o;
      const double cross = p.x() * q.y() - q.x() * p.y();
      a += cross;
      cx += (p.x() + q.x()) * cross;
      cy += (p.y() + q.y()) * cross;
    }
    if (std::abs(a) > bestArea && a != 0) {
      bestArea = std::abs(a);
      best = o + QPointF(cx / (3 * a), cy / (3 * a));
    }
  }
  return best;
}

} // namespace epidesk
