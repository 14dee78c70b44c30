#include "DashboardExamples.h"
#include "DashboardFile.h"
#include "DataSource.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace epidesk {

QList<DashboardExample> DashboardExamples::all() {
  const auto example = [](const char *id, const QString &title) {
    const QString name = QString::fromLatin1(id);
    return DashboardExample{name, title, QStringLiteral(":/examples/%1.epidash").arg(name)};
  };
  return {example("azithromycin-brazil", tr("Azithromycin in Brazil")),
          example("covid19-poland", tr("COVID-19 in Poland")),
          example("relocation-after-a-wave", tr("Relocation after a wave"))};
}

std::optional<DashboardDocument> DashboardExamples::load(const QString &id, QString *error) {
  for (const DashboardExample &e : all()) {
    if (e.id != id)
      continue;
    QFile file(e.resource);
    if (!file.open(QIODevice::ReadOnly)) {
      *error = tr("%1: the example is missing from this build").arg(e.resource);
      return std::nullopt;
    }
    return DashboardFile::fromBytes(file.readAll(), e.resource, error);
  }
  *error = tr("no example dashboard named %1").arg(id);
  return std::nullopt;
}

QStringList DashboardExamples::writeBeside(const DataSource &store, QString *error) {
  QStringList written;
  const QString storePath = store.location();
  const QDir dir = QFileInfo(storePath).absoluteDir();
  for (const DashboardExample &e : all()) {
    const QString path = dir.filePath(e.id + QStringLiteral(".epidash"));
    if (QFileInfo::exists(path))
      continue; // the user's edits of an example are theirs
    std::optional<DashboardDocument> document = load(e.id, error);
    if (!document)
      return written;
    document->source.store = DocumentPaths::storeForDocument(QFileInfo(storePath).absoluteFilePath(), path);
    document->savedData = DataSnapshot::of(store);
    if (!DashboardFile::write(*document, path, error))
      return written;
    written << path;
  }
  return written;
}

} // namespace epidesk
