#pragma once
#include "ImportSummary.h"
#include "Importer.h"
#include <QStringList>

namespace epidesk {

class Feedback;
class ImportSink;

// The one call the CLI and the GUI make to import files:
//
//   QString error;
//   auto store = EmbeddedStore::open(path, &error);       // or EmbeddedStore::create(path, sharedDataDir(),
//   &error) ImportSummary s = importFiles("anvisa", *store, files, feedback);
//   // s.toJson() for the report; s.errors() lists unreadable files and bad headers;
//   // s.wasCanceled() when feedback was canceled (that file and later ones left nothing behind).
//
// Blocking: run it from a worker thread (QtConcurrent::run) in the GUI. An
// unknown format yields a summary whose storeErrors names the known formats.
ImportSummary importFiles(const QString &format, ImportSink &sink, const QStringList &files,
                          Feedback *feedback = nullptr, const ImportOptions &options = {});

} // namespace epidesk
