#pragma once
#include "Feature.h"
#include <QPointF>
#include <QRectF>
#include <memory>
#include <vector>

namespace epidesk {

class ProjectedGeometry;

// The districts triangulated once on the ground plane, in the 2-D map's
// plane coordinates (the same projection), rings simplified to about a
// thousandth of the extent: every slab and prism of the space-time cube is a
// copy of these triangles at some height, so the work of triangulating 5,564
// municipalities is done once per set of boundaries (cached by build()).
// Holes follow the odd-even rule the 2-D map paints with.
struct GroundMesh {
  std::vector<QPointF> points;      // plane units
  std::vector<int> triangles;       // three point indices per triangle
  std::vector<int> triangleFeature; // feature index of each triangle
  std::vector<int> edges;           // two point indices per boundary edge (prism walls)
  std::vector<int> edgeFeature;     // feature index of each edge
  // Per edge: no district lies beyond it (coast, border). Slabs of equal
  // height hide every other wall, so the cube draws only these.
  std::vector<char> edgeExterior;
  std::vector<QPointF> probe; // per feature: a point inside it (its largest triangle's centre)
  QRectF extent;
  int featureCount = 0;

  int triangleCount() const { return int(triangleFeature.size()); }
  // Triangulates geometry (the projection of features); the last few
  // results are kept while their features live, so a panel following a map
  // reuses them.
  static std::shared_ptr<const GroundMesh> build(const FeatureCollectionPtr &features,
                                                 const ProjectedGeometry &geometry);
  // Uncached, with an explicit simplification tolerance (plane units; 0 = none).
  static std::shared_ptr<GroundMesh> triangulate(const ProjectedGeometry &geometry, double tolerance);
};

} // namespace epidesk
