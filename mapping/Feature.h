#pragma once
#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVector>
#include <memory>

namespace epidesk {

// Odd-even (crossing number) point-in-polygon over a set of rings: the rule
// painting uses, so hit testing agrees with what is drawn.
bool ringsContain(const QVector<QPolygonF> &rings, const QPointF &p);

// One boundary (state, municipality, powiat) in lon/lat degrees (EPSG:4326,
// x = longitude, y = latitude).
//
// `rings` holds every ring of every part of the (multi)polygon - outer rings
// and holes alike - and is meant to be filled with the odd-even rule: holes
// then stay empty without tracking which ring is which, and invalid
// (self-intersecting) source polygons still paint instead of being dropped.
struct Feature {
  QString code; // value of the code field, e.g. "MG", "3106200", "0201"
  QString name;
  QVector<QPolygonF> rings; // closed rings, lon/lat
  QRectF bounds;            // lon/lat bounding box of all rings

  bool isEmpty() const { return rings.isEmpty(); }
  int vertexCount() const;
  // Odd-even point-in-polygon over all rings (same rule as painting).
  bool contains(const QPointF &lonLat) const;
  // Recomputes `bounds` from `rings`.
  void updateBounds();
};

// Features of one level, looked up by code. Codes are unique: adding a
// feature whose code already exists replaces the earlier one.
class FeatureCollection {
public:
  void append(Feature feature);
  // Appends every feature of other (e.g. the 27 per-state municipality files).
  void merge(const FeatureCollection &other);

  int size() const { return static_cast<int>(m_features.size()); }
  bool isEmpty() const { return m_features.isEmpty(); }
  const Feature &at(int i) const { return m_features.at(i); }
  const QVector<Feature> &features() const { return m_features; }
  int indexOf(const QString &code) const { return m_index.value(code, -1); }
  const Feature *find(const QString &code) const;
  // Union of all feature bounds (lon/lat); null when empty.
  QRectF bounds() const { return m_bounds; }
  int vertexCount() const;

private:
  QVector<Feature> m_features;
  QHash<QString, int> m_index;
  QRectF m_bounds;
};

// Layers and readers share collections without copying tens of MB of vertices.
using FeatureCollectionPtr = std::shared_ptr<const FeatureCollection>;

} // namespace epidesk
