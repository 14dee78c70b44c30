#pragma once
#include "FileLoad.h"
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace epidesk {

// Outcome of importing one file.
struct FileImportSummary {
  enum class Status { Loaded, Failed, Canceled };
  QString fileName;
  QString path;
  Status status = Status::Loaded;
  QString error; // user-visible, names the file; empty when loaded
  qint64 bytes = 0;
  qint64 rowsRead = 0;
  qint64 rowsLoaded = 0;
  qint64 rowsQuarantined = 0;
  qint64 warnings = 0;
  QMap<QString, qint64> warningsByField;
  double seconds = 0;
  QString encoding; // of the text read ("utf-8" | "windows-1252"); empty when not read

  // {"file", "path", "status" (loaded|failed|canceled), "error"?, "encoding"?, "bytes", "rows_read",
  //  "rows_loaded", "rows_quarantined", "warnings", "warnings_by_field", "seconds"}
  QJsonObject toJson() const;
};

// Outcome of one import run. Totals cover the files that were loaded (a
// failed or canceled file loads nothing), so rows_read = rows_loaded +
// rows_quarantined always holds.
struct ImportSummary {
  int files = 0; // files loaded
  qint64 rowsRead = 0;
  qint64 rowsLoaded = 0;
  qint64 rowsQuarantined = 0;
  qint64 warnings = 0;
  std::vector<UnmatchedMunicipality> unmatchedMunicipalities; // by (uf, name), most rows first
  double seconds = 0;
  std::vector<FileImportSummary> perFile; // in the order given
  QString quarantineCsv;                  // path of the quarantine CSV beside the store
  QStringList storeErrors;                // errors not tied to one file (e.g. writing the CSV)

  // Adds a file's outcome; its rows and unmatched names only count when it was loaded.
  void add(const FileImportSummary &file, const std::vector<UnmatchedMunicipality> &unmatched);
  bool wasCanceled() const;
  QStringList errors() const; // every file error and store error
  bool ok() const { return errors().isEmpty() && !wasCanceled(); }

  // {"files", "rows_read", "rows_loaded", "rows_quarantined", "warnings",
  //  "unmatched_municipalities": [{"uf", "name", "rows"}], "seconds",
  //  "per_file": [FileImportSummary], "quarantine_csv"}
  QJsonObject toJson() const;
};

} // namespace epidesk
