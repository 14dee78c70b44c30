#include "spacetime/GroundMesh.h"
#include "Feature.h"
#include "ProjectedGeometry.h"
#include "Simplify.h"
#include <QMutex>
#include <QRect>
#include <algorithm>
#include <cmath>
#include <list>
#include <vtkCellArray.h>
#include <vtkContourTriangulator.h>
#include <vtkIdList.h>
#include <vtkNew.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>

namespace epidesk {

namespace {

double signedArea(const QPolygonF &ring) {
  double a = 0;
  for (int i = 0, n = ring.size(); i < n; ++i) {
    const QPointF &p = ring[i], &q = ring[(i + 1) % n];
    a += p.x() * q.y() - q.x() * p.y();
  }
  return a / 2;
}

// Rings of one feature, closing point dropped, outer rings counter-clockwise
// and holes clockwise (odd-even depth), which is what the triangulator reads
// as "fill" and "hole".
std::vector<QPolygonF> orientedRings(const QVector<QPolygonF> &rings, double tolerance) {
  std::vector<QPolygonF> out;
  for (const QPolygonF &r : rings) {
    QPolygonF s = tolerance > 0 ? simplifyRing(r, tolerance) : r;
    if (s.size() > 1 && s.first() == s.last())
      s.removeLast();
    if (s.size() >= 3 && std::abs(signedArea(s)) > 0)
      out.push_back(std::move(s));
  }
  for (size_t i = 0; i < out.size(); ++i) {
    int depth = 0;
    for (size_t j = 0; j < out.size(); ++j)
      if (j != i && out[j].containsPoint(out[i].first(), Qt::OddEvenFill))
        ++depth;
    const bool hole = depth % 2 == 1;
    if ((signedArea(out[i]) > 0) == hole)
      std::reverse(out[i].begin(), out[i].end());
  }
  return out;
}

// Which feature (if any) contains a point, through a grid of feature bounds
// (thousands of edges are probed, each near only a few features).
class FeatureGrid {
public:
  explicit FeatureGrid(const ProjectedGeometry &g) : m_g(g), m_extent(g.extent()) {
    m_cells.resize(kSide * kSide);
    for (int f = 0; f < g.size(); ++f) {
      const QRect r = cellsOf(g.bounds(f));
      for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
          m_cells[size_t(y * kSide + x)].push_back(f);
    }
  }
  bool inAnyFeature(const QPointF &p) const {
    if (!m_extent.contains(p))
      return false;
    const QRect r = cellsOf(QRectF(p, p));
    for (int f : m_cells[size_t(r.top() * kSide + r.left())])
      if (m_g.bounds(f).contains(p) && ringsContain(m_g.rings(f), p))
        return true;
    return false;
  }

private:
  static constexpr int kSide = 128;
  QRect cellsOf(const QRectF &b) const {
    const auto cell = [](double v, double lo, double span) {
      return std::clamp(int((v - lo) / std::max(span, 1e-12) * kSide), 0, kSide - 1);
    };
    return QRect(QPoint(cell(b.left(), m_extent.left(), m_extent.width()),
                        cell(b.top(), m_extent.top(), m_extent.height())),
                 QPoint(cell(b.right(), m_extent.left(), m_extent.width()),
                        cell(b.bottom(), m_extent.top(), m_extent.height())));
  }
  const ProjectedGeometry &m_g;
  QRectF m_extent;
  std::vector<std::vector<int>> m_cells;
};

} // namespace

std::shared_ptr<GroundMesh> GroundMesh::triangulate(const ProjectedGeometry &geometry, double tolerance) {
  auto mesh = std::make_shared<GroundMesh>();
  mesh->featureCount = geometry.size();
  mesh->extent = geometry.extent();
  mesh->probe.assign(size_t(geometry.size()), geometry.extent().center());
  const double normal[3] = {0, 0, 1};
  for (int f = 0; f < geometry.size(); ++f) {
    const std::vector<QPolygonF> rings = orientedRings(geometry.rings(f), tolerance);
    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> lines;
    const int base = int(mesh->points.size());
    for (const QPolygonF &ring : rings) {
      const vtkIdType first = points->GetNumberOfPoints();
      for (int i = 0; i < ring.size(); ++i) {
        points->InsertNextPoint(ring[i].x(), ring[i].y(), 0);
        mesh->points.push_back(ring[i]);
        const vtkIdType a = first + i, b = first + (i + 1) % ring.size();
        const vtkIdType segment[2] = {a, b};
        lines->InsertNextCell(2, segment);
        mesh->edges.push_back(base + int(a));
        mesh->edges.push_back(base + int(b));
        mesh->edgeFeature.push_back(f);
      }
    }
    if (rings.empty())
      continue;
    vtkNew<vtkPolyData> contours;
    contours->SetPoints(points);
    contours->SetLines(lines);
    vtkNew<vtkCellArray> triangles;
    // A failure leaves out slivers too small to see; what was filled is kept.
    vtkContourTriangulator::TriangulateContours(contours, 0, lines->GetNumberOfCells(), triangles, normal);
    double largest = -1;
    const vtkIdType *ids = nullptr;
    vtkIdType n = 0;
    for (triangles->InitTraversal(); triangles->GetNextCell(n, ids);) {
      if (n != 3)
        continue;
      const QPointF &a = mesh->points[size_t(base + ids[0])], &b = mesh->points[size_t(base + ids[1])],
                    &c = mesh->points[size_t(base + ids[2])];
      for (int k = 0; k < 3; ++k)
        mesh->triangles.push_back(base + int(ids[k]));
      mesh->triangleFeature.push_back(f);
      const double area = std::abs((b.x() - a.x()) * (c.y() - a.y()) - (c.x() - a.x()) * (b.y() - a.y()));
      if (area > largest) {
        largest = area;
        mesh->probe[size_t(f)] = (a + b + c) / 3;
      }
    }
  }
  // An edge is exterior when a point just beyond it (outer rings run
  // counter-clockwise: beyond is to the right) is in no district; "just
  // beyond" clears the simplification's shift of the border.
  const FeatureGrid grid(geometry);
  const double e = std::max(mesh->extent.width(), mesh->extent.height());
  const double reach = std::max(2 * tolerance, 1e-5 * e);
  mesh->edgeExterior.resize(mesh->edgeFeature.size());
  for (size_t i = 0; i < mesh->edgeFeature.size(); ++i) {
    const QPointF &a = mesh->points[size_t(mesh->edges[2 * i])],
                  &b = mesh->points[size_t(mesh->edges[2 * i + 1])];
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    if (length <= 0)
      continue;
    const QPointF beyond = (a + b) / 2 + QPointF(d.y(), -d.x()) * (reach / length);
    mesh->edgeExterior[i] = !grid.inAnyFeature(beyond);
  }
  return mesh;
}

std::shared_ptr<const GroundMesh> GroundMesh::build(const FeatureCollectionPtr &features,
                                                    const ProjectedGeometry &geometry) {
  struct Entry {
    std::weak_ptr<const FeatureCollection> features;
    QRectF extent; // a new projection of the same features is another mesh
    std::shared_ptr<const GroundMesh> mesh;
  };
  static QMutex mutex;
  static std::list<Entry> cache; // most recent first, a few entries
  {
    QMutexLocker lock(&mutex);
    for (auto it = cache.begin(); it != cache.end(); ++it)
      if (it->features.lock() == features && it->extent == geometry.extent()) {
        cache.splice(cache.begin(), cache, it);
        return cache.front().mesh;
      }
  }
  const QRectF e = geometry.extent();
  // About a pixel of a 1,000-pixel-wide view of the whole extent.
  const double tolerance = std::max(e.width(), e.height()) / 500.0;
  std::shared_ptr<const GroundMesh> mesh = triangulate(geometry, tolerance);
  QMutexLocker lock(&mutex);
  cache.push_front({features, e, mesh});
  if (cache.size() > 4)
    cache.pop_back();
  return mesh;
}

} // namespace epidesk
