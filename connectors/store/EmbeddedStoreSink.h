#pragma once
#include "ImportSink.h"

namespace epidesk {

class SqliteDb;

// Writes one file's load into the embedded store's marts, quarantine and
// provenance (EmbeddedStore's ImportSink side; the caller holds its lock).
class EmbeddedStoreSink {
public:
  // One transaction: deletes what an earlier load of load.fileName wrote,
  // writes load, commits. Nothing is kept on Canceled or Failed.
  static FileWriter::Status replaceFileLoad(SqliteDb &db, const FileLoad &load, Feedback *feedback,
                                            QString *error);
};

} // namespace epidesk
