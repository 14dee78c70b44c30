#pragma once
#include "DataSource.h"
#include "Feature.h"
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace epidesk {

// Reads polygon boundaries from any OGR datasource (GeoJSON, GeoPackage,
// Shapefile, ...) into a FeatureCollection in lon/lat (EPSG:4326, x = lon).
// Layers in another CRS are transformed; a layer without CRS is assumed to be
// lon/lat. Polygons and MultiPolygons are read (other geometry types are
// skipped and counted); invalid polygons are kept as they are, since they
// still paint. Features without a code value are skipped and counted.
class OgrBoundaryReader {
  Q_DECLARE_TR_FUNCTIONS(OgrBoundaryReader)
public:
  struct Stats {
    int read = 0;              // features kept
    int skippedNoCode = 0;     // empty code field
    int skippedNoGeometry = 0; // null, empty or non-polygon geometry
    int duplicateCodes = 0;    // later feature replaced an earlier one
  };

  // Returns std::nullopt and fills *error (a translated message naming file
  // and layer) when the datasource, layer or fields cannot be used.
  // source.layer empty = first layer; source.nameField may be empty.
  std::optional<FeatureCollection> read(const BoundarySource &source, QString *error = nullptr);

  // Statistics of the last successful read().
  const Stats &stats() const { return m_stats; }

private:
  Stats m_stats;
};

} // namespace epidesk
