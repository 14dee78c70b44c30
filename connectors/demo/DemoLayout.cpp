#include "DemoLayout.h"
#include <QDir>
#include <QFileInfo>

namespace epidesk {

namespace {
const char *const kScenarioFolder = "relocation";
} // namespace

DemoLayout::DemoLayout(const QString &dir) : m_dir(QDir(dir).absolutePath()) {}

QString DemoLayout::filesDir() const {
  return QDir(m_dir).filePath(QStringLiteral("files"));
}

QString DemoLayout::store() const {
  return QDir(m_dir).filePath(QStringLiteral("demo.gpkg"));
}

QString DemoLayout::scenarioDir() const {
  return QDir(m_dir).filePath(QLatin1String(kScenarioFolder));
}

QString DemoLayout::stateFile() const {
  return QDir(m_dir).filePath(QStringLiteral("demo_state.json"));
}

QString DemoLayout::scenarioBesideStore(const QString &storePath) {
  if (storePath.isEmpty())
    return {};
  const QDir folder(QFileInfo(storePath).absoluteDir().filePath(QLatin1String(kScenarioFolder)));
  return QFileInfo::exists(folder.filePath(QStringLiteral("scenario.json"))) ? folder.absolutePath()
                                                                             : QString();
}

} // namespace epidesk
