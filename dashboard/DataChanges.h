#pragma once
#include "DashboardDocument.h"
#include <QCoreApplication>

namespace epidesk {

// What changed in a store's provenance between the version a document was
// saved against and now: files added, replaced (same name, imported again or
// with other row counts) and removed.
struct DataChanges {
  Q_DECLARE_TR_FUNCTIONS(DataChanges)
public:
  QStringList added;
  QStringList replaced;
  QStringList removed;

  static DataChanges between(const DataSnapshot &saved, const DataSnapshot &current);
  bool any() const { return !added.isEmpty() || !replaced.isEmpty() || !removed.isEmpty(); }
  // "2 files added (a.csv, b.csv); 1 replaced (c.csv)": the banner's text (translated).
  QString describe() const;
  QJsonObject toJson() const; // {"added": [...], "replaced": [...], "removed": [...]}
};

} // namespace epidesk
