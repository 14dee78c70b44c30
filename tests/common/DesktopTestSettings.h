#pragma once
// Settings for a desktop test: QStandardPaths' test mode and the test's own
// organisation and application names, cleared first, so that no user's
// settings are read or written and tests do not see each other's.
#include "AppSettings.h"
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <memory>

namespace epidesk::test {

inline std::unique_ptr<AppSettings> freshAppSettings(const QString &testName) {
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(QStringLiteral("EpiDeskTest"));
  QCoreApplication::setApplicationName(testName);
  QSettings().clear();
  return std::make_unique<AppSettings>();
}

} // namespace epidesk::test
