#pragma once
#include "FileLoad.h"
#include "Geography.h"
#include <QString>
#include <memory>

namespace epidesk {

class DistrictSeriesStore;
class Feedback;
struct AnvisaRecord;

// Receives one file's load: every validated record while the file is read
// (sinks that keep raw rows stream them into the file's open transaction),
// then the aggregated FileLoad. Destroying a writer without a successful
// finish() rolls the file back: nothing of it is kept.
class FileWriter {
public:
  enum class Status { Written, Canceled, Failed };

  virtual ~FileWriter() = default;
  virtual void record(const AnvisaRecord &) {}
  // Non-empty once writing failed; the importer then stops reading the file.
  virtual QString error() const { return {}; }
  // Replaces, in the file's transaction, everything an earlier load of
  // load.fileName wrote, stores load and commits.
  virtual Status finish(const FileLoad &load, Feedback *feedback, QString *error) = 0;
};

// Where importers write: the embedded store or the PostgreSQL warehouse.
// Importers parse, validate and aggregate; a sink only stores.
class ImportSink {
public:
  using WriteStatus = FileWriter::Status;

  virtual ~ImportSink() = default;
  virtual QString location() const = 0;
  // UFs and municipality names that source names are matched against.
  virtual Geography referenceGeography() const = 0;
  // Starts one file's load; nullptr and *error when the sink cannot take it.
  // The default writer ignores raw records and calls replaceFileLoad().
  virtual std::unique_ptr<FileWriter> beginFile(const QString &fileName, QString *error);
  // True when writers of several files may run at once (each its own
  // transaction); otherwise the importer finishes files one at a time.
  virtual bool concurrentWriters() const { return false; }
  // Replaces, in one transaction, everything an earlier load of
  // load.fileName wrote (sales, quarantine, provenance). Nothing is kept on
  // Canceled or Failed. Callers serialize calls (one writer at a time).
  virtual WriteStatus replaceFileLoad(const FileLoad &load, Feedback *feedback, QString *error) = 0;
  // Writes the quarantine of every loaded file where analysts can open it
  // (atomically); returns its path, or an empty string and *error.
  virtual QString exportQuarantine(QString *error) = 0;
  // The same store's daily district series, for importers of such files;
  // the default: nullptr and *error (this sink cannot hold them).
  virtual std::unique_ptr<DistrictSeriesStore> openDistrictSeries(QString *error);
};

} // namespace epidesk
