#include "Feature.h"

namespace epidesk {

int Feature::vertexCount() const {
  int n = 0;
  for (const auto &ring : rings)
    n += ring.size();
  return n;
}

bool ringsContain(const QVector<QPolygonF> &rings, const QPointF &p) {
  bool inside = false;
  for (const auto &ring : rings) {
    const int n = ring.size();
    for (int i = 0, j = n - 1; i < n; j = i++) {
      const QPointF &a = ring[i], &b = ring[j];
      if ((a.y() > p.y()) != (b.y() > p.y()) &&
          p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
        inside = !inside;
    }
  }
  return inside;
}

bool Feature::contains(const QPointF &p) const {
  return bounds.contains(p) && ringsContain(rings, p);
}

void Feature::updateBounds() {
  bounds = QRectF();
  for (const auto &ring : rings)
    bounds = bounds.isNull() ? ring.boundingRect() : bounds.united(ring.boundingRect());
}

void FeatureCollection::append(Feature feature) {
  m_bounds = m_bounds.isNull() ? feature.bounds : m_bounds.united(feature.bounds);
  const int existing = m_index.value(feature.code, -1);
  if (existing >= 0) {
    m_features[existing] = std::move(feature);
    return;
  }
  m_index.insert(feature.code, m_features.size());
  m_features.append(std::move(feature));
}

void FeatureCollection::merge(const FeatureCollection &other) {
  for (const auto &f : other.features())
    append(f);
}

const Feature *FeatureCollection::find(const QString &code) const {
  const int i = indexOf(code);
  return i < 0 ? nullptr : &m_features.at(i);
}

int FeatureCollection::vertexCount() const {
  int n = 0;
  for (const auto &f : m_features)
    n += f.vertexCount();
  return n;
}

} // namespace epidesk
