#pragma once
// Demo generator: demo_manifest.json — the generated files, planted dirt and
// calibration targets as JSON, for tests and the import benchmark.
#include "DemoGenerator.h"

#include <QJsonObject>

namespace epidesk::demo {

QJsonObject manifestJson(const DemoManifest &m, const DemoOptions &opt);

} // namespace epidesk::demo
