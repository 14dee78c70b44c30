#pragma once
#include <QString>

namespace epidesk {

// Folder with the shared read-only data (boundaries, population, series):
// the environment variable EPIDESK_SHARED_DIR, else the path CMake compiled
// in, else the first "shared" folder found beside an ancestor of the
// executable's folder (the checkout layout: <root>/main/build/... and <root>/shared).
QString sharedDataDir();

} // namespace epidesk
