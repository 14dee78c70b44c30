#include "SeriesFolder.h"
#include "SeriesCsvReader.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace epidesk {

SeriesFolder SeriesFolder::read(const QString &dir) {
  SeriesFolder out;
  const QDir folder(dir);
  if (!folder.exists()) {
    out.error = QCoreApplication::translate("SeriesFolder", "%1: no such folder").arg(dir);
    return out;
  }
  const QFileInfoList files =
      folder.entryInfoList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files, QDir::Name);
  if (files.isEmpty()) {
    out.error = QCoreApplication::translate("SeriesFolder", "%1: no .csv file").arg(dir);
    return out;
  }
  if (files.size() > kMaxFiles) {
    out.error = QCoreApplication::translate("SeriesFolder", "%1: %2 files, more than the limit of %3")
                    .arg(dir)
                    .arg(files.size())
                    .arg(kMaxFiles);
    return out;
  }
  for (const QFileInfo &file : files) {
    const QString code = file.completeBaseName();
    try {
      TimeSeries s = SeriesCsvReader::read(file.filePath());
      s.code = code;
      out.series.push_back(std::move(s));
    } catch (const std::exception &e) {
      out.unreadable.insert(code, QString::fromUtf8(e.what()));
    }
  }
  return out;
}

} // namespace epidesk
