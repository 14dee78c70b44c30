#pragma once
#include "Feature.h"
#include <QPainterPath>
#include <QVector>
#include <array>
#include <memory>
#include <mutex>

namespace epidesk {

class Projection;

// A FeatureCollection projected once into plane coordinates, with
// Douglas-Peucker simplified painter paths per level of detail so that
// painting thousands of municipalities stays interactive. Levels are built
// lazily (thread-safe) the first time a scale needs them. Immutable otherwise.
class ProjectedGeometry {
public:
  ProjectedGeometry(FeatureCollectionPtr features, const Projection &projection);
  ~ProjectedGeometry();

  int size() const { return static_cast<int>(m_bounds.size()); }
  const FeatureCollection &features() const { return *m_features; }
  QRectF extent() const { return m_extent; }                             // plane units
  QRectF bounds(int i) const { return m_bounds.at(i); }                  // plane units
  const QVector<QPolygonF> &rings(int i) const { return m_rings.at(i); } // full detail

  // Odd-even filled path of feature i, simplified so the error stays below
  // half a pixel at `planeUnitsPerPixel` (full detail when zoomed far in).
  const QPainterPath &path(int i, double planeUnitsPerPixel) const;
  // Index of the level path() uses at this scale (0 = coarsest; kLevels = full detail).
  int levelFor(double planeUnitsPerPixel) const;
  static constexpr int kLevels = 5;

  // Index of the feature containing the plane point, -1 if none. Bounds
  // pre-check, then odd-even test on the full-detail rings.
  int featureAt(const QPointF &plane) const;
  // Area centroid of the largest ring of feature i (a label / probe point).
  QPointF centroid(int i) const;

private:
  struct Level;
  const Level &level(int index) const;
  double tolerance(int level) const;

  FeatureCollectionPtr m_features;
  QVector<QVector<QPolygonF>> m_rings;
  QVector<QRectF> m_bounds;
  QRectF m_extent;
  mutable std::mutex m_mutex;
  mutable std::array<std::unique_ptr<Level>, kLevels + 1> m_levels;
};

} // namespace epidesk
