#pragma once
#include "DataSource.h"
#include "Feature.h"
#include <QHash>
#include <QMutex>
#include <QString>

namespace epidesk {

// Boundaries read once per BoundarySource and shared afterwards (municipality
// files are tens of MB). Thread-safe: worker jobs and the report read through it.
class BoundaryCache {
public:
  static BoundaryCache &instance();
  // nullptr and *error on failure.
  FeatureCollectionPtr get(const BoundarySource &source, QString *error = nullptr);
  void clear();

private:
  QMutex m_mutex;
  QHash<QString, FeatureCollectionPtr> m_cache;
};

} // namespace epidesk
