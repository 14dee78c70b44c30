#pragma once
#include <QString>
#include <memory>

namespace epidesk {

class DistrictSeriesStore;

// Daily district series in the embedded store (SQLite tables district and
// district_daily, added by store schema version 2).
struct EmbeddedDistrictSeries {
  // The store file must exist and be an EpiDesk store (EmbeddedStore::open
  // upgrades older ones first).
  static std::unique_ptr<DistrictSeriesStore> open(const QString &path, QString *error);
};

} // namespace epidesk
