#pragma once
#include "ImportSummary.h"
#include "ReadLimits.h"
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>

namespace epidesk {

class Feedback;
class ImportSink;

struct ImportOptions {
  qint64 chunkBytes = 4 << 20; // read size; memory per parser stays around this
  int maxParallelFiles = 0;    // 0 = QThread::idealThreadCount()
  ReadLimits limits;           // what a file may hold (line lengths, counts, file types)
};

// One source file format. Imports files into a sink: one transaction per
// file, re-importing a file name replaces its earlier load. Progress goes by
// bytes read; cancel stops between chunks and the file in progress is dropped.
class Importer {
public:
  virtual ~Importer() = default;
  virtual QString format() const = 0; // registry key, e.g. "anvisa"
  virtual QString description() const = 0;
  virtual ImportSummary run(ImportSink &sink, const QStringList &files, const ImportOptions &options = {},
                            Feedback *feedback = nullptr) = 0;
};

} // namespace epidesk
