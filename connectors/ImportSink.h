#pragma once
#include "FileLoad.h"
#include "Geography.h"
#include <QString>

namespace epidesk {

class Feedback;

// Where importers write: the embedded store today, the PostgreSQL warehouse
// later. Importers parse, validate and aggregate; a sink only stores.
class ImportSink {
public:
  enum class WriteStatus { Written, Canceled, Failed };

  virtual ~ImportSink() = default;
  virtual QString location() const = 0;
  // UFs and municipality names that source names are matched against.
  virtual Geography referenceGeography() const = 0;
  // Replaces, in one transaction, everything an earlier load of
  // load.fileName wrote (sales, quarantine, provenance). Nothing is kept on
  // Canceled or Failed. Callers serialize calls (one writer at a time).
  virtual WriteStatus replaceFileLoad(const FileLoad &load, Feedback *feedback, QString *error) = 0;
  // Writes the quarantine of every loaded file where analysts can open it
  // (atomically); returns its path, or an empty string and *error.
  virtual QString exportQuarantine(QString *error) = 0;
};

} // namespace epidesk
