#pragma once
#include "DataSource.h"
#include "Geography.h"
#include <QString>
#include <vector>

namespace epidesk {

class Feedback;

// Reference data copied from the shared folder into a new store: the UF and
// municipality boundaries (GDAL/OGR, into GeoPackage layers "uf" and
// "municipality", EPSG:4326) and the IBGE population estimates.
class StoreBuilder {
public:
  struct PopulationRow {
    int code = 0;
    int year = 0;
    double population = 0;
  };

  // Creates the GeoPackage at path (must not exist) and fills geography with
  // the UFs and municipalities copied. Invalid source polygons are copied as is.
  static bool writeBoundaries(const QString &path, const QString &sharedDir, Geography &geography,
                              QString *error, Feedback *feedback = nullptr);
  // <shared>/data/br/population_municipality_ibge6579.csv, every municipality
  // (5,570, also those without a boundary); "..." (not created yet) reads as 0.
  static bool readPopulation(const QString &sharedDir, std::vector<PopulationRow> &rows, QString *error);
  // Where a GeoPackage written by writeBoundaries() holds each level. Uf:
  // layer "uf" keyed by "sigla"; Municipality: layer "municipality" keyed by
  // "code"; Region: layer "uf" keyed by "region" (several polygons per code);
  // Country: layer "uf", no code field.
  static BoundarySource boundaries(const QString &path, GeoLevel level);
};

} // namespace epidesk
