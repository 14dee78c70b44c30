#pragma once
// Extras for the desktop-side cluster tests on top of
// ClusterTestSupport.h: an empty embedded store as the servers' data.
#include "ClusterTestSupport.h"
#include "EmbeddedStore.h"
#include "SharedData.h"

namespace cltest {

// A store with boundaries and no sales: enough for the "sleep" jobs.
inline QString createEmptyStore(const QString &path) {
  QString error;
  if (!epidesk::EmbeddedStore::create(path, epidesk::sharedDataDir(), &error))
    qFatal("cannot create the test store: %s", qPrintable(error));
  return path;
}

} // namespace cltest
