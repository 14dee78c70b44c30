#pragma once
#include "ImportSink.h"
#include "PgLocation.h"
#include <QList>
#include <memory>

namespace epidesk {

// Imports into the PostgreSQL warehouse. Each file is one transaction on its
// own connection (several files load in parallel): raw records are streamed
// with COPY into the month partitions of sale_record as they are read, then
// the file's marts, quarantine and provenance are written and the earlier
// load of the same file name is deleted, and everything commits at once. A
// killed process leaves nothing of the file in progress.
class WarehouseSink : public ImportSink {
public:
  // Connects, migrates to the latest schema and loads the reference
  // dimensions from sharedDir when missing. nullptr and *error on failure.
  static std::unique_ptr<WarehouseSink> open(const PgLocation &location, const QString &sharedDir,
                                             QString *error);
  ~WarehouseSink() override;

  QString location() const override;
  Geography referenceGeography() const override;
  std::unique_ptr<FileWriter> beginFile(const QString &fileName, QString *error) override;
  bool concurrentWriters() const override { return true; }
  WriteStatus replaceFileLoad(const FileLoad &load, Feedback *feedback, QString *error) override;
  // Every file's quarantine as CSV; by default in the user's cache folder
  // (<GenericCacheLocation>/epidesk/warehouse-<key>.quarantine.csv).
  QString exportQuarantine(QString *error) override;
  std::unique_ptr<DistrictSeriesStore> openDistrictSeries(QString *error) override;
  void setQuarantineCsvPath(const QString &path);
  QString quarantineCsvPath() const;
  // Migration versions applied when this sink was opened.
  QList<int> migrated() const;

  struct Shared;

private:
  explicit WarehouseSink(std::shared_ptr<Shared> shared);
  std::shared_ptr<Shared> m_shared;
};

} // namespace epidesk
