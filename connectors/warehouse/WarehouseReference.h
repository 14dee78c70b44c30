#pragma once
#include "Geography.h"
#include <QString>

namespace pqxx {
class connection_base;
}

namespace epidesk {

class Feedback;

// The warehouse's reference data, read from the shared data folder with the
// embedded store's StoreBuilder (one reader for both):
// - the dimensions uf, municipality and population, loaded once (when uf is
//   empty) in one transaction;
// - boundaries: the warehouse keeps no geometries, so a GeoPackage with the
//   layers "uf" and "municipality" is built once from the shared files into
//   the user's cache folder (<GenericCacheLocation>/epidesk/) and reused by
//   every warehouse; it is derived data and safe to delete.
class WarehouseReference {
public:
  // Loads the dimensions unless already there; true when they are present afterwards.
  static bool ensureLoaded(pqxx::connection_base &connection, const QString &sharedDir, QString *error,
                           Feedback *feedback = nullptr);
  // Geography stored in the warehouse (the current search_path's tables).
  static Geography read(pqxx::connection_base &connection);
  // Path of the cached boundaries GeoPackage, built when missing; empty and *error on failure.
  static QString boundaryCache(const QString &sharedDir, QString *error, Geography *geography = nullptr);
};

} // namespace epidesk
