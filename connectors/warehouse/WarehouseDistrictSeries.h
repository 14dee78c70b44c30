#pragma once
#include <QString>
#include <memory>

namespace epidesk {

class DistrictSeriesStore;
class PgLocation;

// Daily district series in the warehouse (migration 4).
struct WarehouseDistrictSeries {
  // Migrates the warehouse to the latest version first (not a snapshot).
  static std::unique_ptr<DistrictSeriesStore> open(const PgLocation &location, QString *error);
};

} // namespace epidesk
