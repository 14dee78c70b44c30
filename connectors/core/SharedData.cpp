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
  const QString appDir =
      QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
  // Installed by the .deb: <prefix>/bin/epidesk and <prefix>/share/epidesk/data.
  const QString installed = QDir(appDir).filePath(QStringLiteral("../share/epidesk"));
  if (QFileInfo::exists(installed + QStringLiteral("/data/br")))
    return QDir::cleanPath(installed);
  // Relocated builds: look upwards for <ancestor>/shared/data.
  QDir dir(appDir);
  do {
    if (QFileInfo::exists(dir.filePath(QStringLiteral("shared/data"))))
      return QDir::cleanPath(dir.filePath(QStringLiteral("shared")));
  } while (dir.cdUp());
  return QDir::cleanPath(QDir::current().filePath(QStringLiteral("../shared")));
}

} // namespace epidesk
