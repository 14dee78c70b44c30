#pragma once
#include <QString>

namespace epidesk {

class DataSource;

// Identity of the data a job runs against: a hash of the imports'
// provenance (file name, rows, import time), independent of where the data
// lives. Part of the cache key, so results are shared only on identical data.
QString dataVersion(const DataSource &source);

} // namespace epidesk
