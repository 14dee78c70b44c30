#pragma once
#include <QHash>
#include <QString>

namespace epidesk {

struct BoundaryCentroid {
  QString name;
  double lat = 0;
  double lon = 0;
};

// Centroids (WGS84) of the polygons of a boundary file read with GDAL, keyed by
// the value of codeProperty; the "name" property is kept when present.
class BoundaryCentroids {
public:
  static QHash<QString, BoundaryCentroid> read(const QString &path, const QString &codeProperty,
                                               QString *error);
};

} // namespace epidesk
