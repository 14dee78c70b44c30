#include "SharedData.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace epidesk {

QString sharedDataDir() {
  const QString env = qEnvironmentVariable("EPIDESK_SHARED_DIR");
  if (!env.isEmpty())
    return QDir::cleanPath(env);
#ifdef EPIDESK_SHARED_DIR
  const QString compiled = QStringLiteral(EPIDESK_SHARED_DIR);
  if (!compiled.isEmpty() && QFileInfo::exists(compiled))
    return QDir::cleanPath(compiled);
#endif
  // Installed or relocated builds: look upwards for <ancestor>/shared/data.
  QDir dir(QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath());
  do {
    if (QFileInfo::exists(dir.filePath(QStringLiteral("shared/data"))))
      return QDir::cleanPath(dir.filePath(QStringLiteral("shared")));
  } while (dir.cdUp());
  return QDir::cleanPath(QDir::current().filePath(QStringLiteral("../shared")));
}

} // namespace epidesk
