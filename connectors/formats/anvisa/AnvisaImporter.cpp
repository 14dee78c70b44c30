#include "AnvisaImporter.h"
#include "Feedback.h"
#include "ImportSink.h"
#include "MunicipalityMatcher.h"
#include "SalesAggregator.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <atomic>

namespace epidesk {

namespace {

struct FileJob {
  QString path;
  FileImportSummary summary;
  std::vector<UnmatchedMunicipality> unmatched;
  bool skip = false; // an earlier duplicate of a later file name
};

// Shared by the parser threads of one run.
struct RunContext {
  RunContext(ImportSink &s, const MunicipalityMatcher &m, const ImportOptions &o, Feedback *f, qint64 total)
      : sink(s), matcher(m), options(o), feedback(f), totalBytes(total) {}
  ImportSink &sink;
  const MunicipalityMatcher &matcher;
  const ImportOptions &options;
  Feedback *feedback;
  qint64 totalBytes;
  std::atomic<qint64> doneBytes{0};
  QMutex writeMutex; // sinks without concurrent writers (SQLite) finish files one at a time

  bool canceled() const { return feedback && feedback->isCanceled(); }
  void advance(qint64 bytes) {
    const qint64 done = doneBytes.fetch_add(bytes) + bytes;
    if (feedback && totalBytes > 0)
      feedback->setProgress(std::min(100.0, 100.0 * double(done) / double(totalBytes)));
  }
};

// Hands each validated record to both the aggregator and the sink's writer.
class TeeHandler : public AnvisaRecordHandler {
public:
  TeeHandler(SalesAggregator &aggregator, FileWriter &writer) : m_aggregator(aggregator), m_writer(writer) {}
  void record(const AnvisaRecord &r) override {
    m_aggregator.record(r);
    m_writer.record(r);
  }
  void quarantine(QuarantineEntry &&entry) override { m_aggregator.quarantine(std::move(entry)); }

private:
  SalesAggregator &m_aggregator;
  FileWriter &m_writer;
};

QString storeError(const QString &fileName, const QString &error) {
  return QCoreApplication::translate("AnvisaImporter", "%1: cannot store: %2").arg(fileName, error);
}

void importOne(RunContext &ctx, FileJob &job) {
  QElapsedTimer timer;
  timer.start();
  FileImportSummary &s = job.summary;
  auto finish = [&](FileImportSummary::Status status, const QString &error = {}) {
    s.status = status;
    s.error = error;
    s.seconds = timer.elapsed() / 1000.0;
  };
  if (ctx.canceled())
    return finish(FileImportSummary::Status::Canceled);

  QString error;
  // Destroyed on every early return: the sink rolls the file back.
  const std::unique_ptr<FileWriter> writer = ctx.sink.beginFile(s.fileName, &error);
  if (!writer)
    return finish(FileImportSummary::Status::Failed, storeError(s.fileName, error));
  SalesAggregator aggregator(ctx.matcher);
  TeeHandler handler(aggregator, *writer);
  qint64 reported = 0;
  const AnvisaReader reader(job.path, ctx.options.chunkBytes, ctx.options.limits);
  const AnvisaReadResult read = reader.read(handler, [&](qint64 bytes) {
    ctx.advance(bytes - reported);
    reported = bytes;
    return !ctx.canceled() && writer->error().isEmpty();
  });
  ctx.advance(read.bytes - reported);
  s.bytes = read.bytes;
  if (!writer->error().isEmpty())
    return finish(FileImportSummary::Status::Failed, storeError(s.fileName, writer->error()));
  if (read.status == AnvisaReadResult::Status::Failed)
    return finish(FileImportSummary::Status::Failed, read.error);
  if (read.status == AnvisaReadResult::Status::Canceled)
    return finish(FileImportSummary::Status::Canceled);
  s.encoding = encodingName(read.encoding);

  FileLoad load;
  load.fileName = s.fileName;
  load.path = s.path;
  load.importedAt = QDateTime::currentDateTimeUtc();
  load.rowsRead = read.rowsRead;
  load.rowsLoaded = read.rowsLoaded;
  load.rowsQuarantined = read.rowsQuarantined;
  load.warnings = read.warnings;
  if (!aggregator.takeInto(load))
    return finish(FileImportSummary::Status::Failed,
                  QCoreApplication::translate("AnvisaImporter", "%1: a sum of its rows does not fit in a "
                                                                "64-bit integer")
                      .arg(s.fileName));

  FileWriter::Status written;
  {
    QMutexLocker lock(ctx.sink.concurrentWriters() ? nullptr : &ctx.writeMutex);
    written = ctx.canceled() ? FileWriter::Status::Canceled : writer->finish(load, ctx.feedback, &error);
  }
  if (written == FileWriter::Status::Canceled)
    return finish(FileImportSummary::Status::Canceled);
  if (written == FileWriter::Status::Failed)
    return finish(FileImportSummary::Status::Failed, storeError(s.fileName, error));
  s.rowsRead = read.rowsRead;
  s.rowsLoaded = read.rowsLoaded;
  s.rowsQuarantined = read.rowsQuarantined;
  s.warnings = read.warnings;
  s.warningsByField = read.warningsByField;
  job.unmatched = std::move(load.unmatched);
  finish(FileImportSummary::Status::Loaded);
}

} // namespace

QString AnvisaImporter::description() const {
  return QCoreApplication::translate(
      "AnvisaImporter",
      "ANVISA sales of controlled and antimicrobial medicines (EDA_Industrializados_YYYYMM.csv)");
}

ImportSummary AnvisaImporter::run(ImportSink &sink, const QStringList &files, const ImportOptions &options,
                                  Feedback *feedback) {
  QElapsedTimer timer;
  timer.start();
  std::vector<FileJob> jobs(size_t(files.size()));
  qint64 totalBytes = 0;
  QHash<QString, QString> lastPathByName;
  for (qsizetype i = files.size() - 1; i >= 0; --i) {
    FileJob &job = jobs[size_t(i)];
    const QFileInfo info(files[i]);
    job.path = info.absoluteFilePath();
    job.summary.fileName = info.fileName();
    job.summary.path = job.path;
    if (lastPathByName.contains(info.fileName())) {
      // Same name = same file for re-imports; only the last one given counts.
      job.skip = true;
      job.summary.status = FileImportSummary::Status::Failed;
      job.summary.error =
          QCoreApplication::translate("AnvisaImporter", "%1: listed more than once; only the last "
                                                        "one (%2) was imported")
              .arg(files[i], lastPathByName.value(info.fileName()));
      continue;
    }
    lastPathByName.insert(info.fileName(), files[i]);
    if (info.isFile())
      totalBytes += info.size(); // devices and FIFOs: no size, refused unless limits allow them
  }

  const MunicipalityMatcher matcher(sink.referenceGeography());
  RunContext ctx(sink, matcher, options, feedback, totalBytes);
  QThreadPool pool;
  const int ideal = std::max(1, QThread::idealThreadCount());
  const int parallel = options.maxParallelFiles > 0 ? std::min(options.maxParallelFiles, ideal) : ideal;
  pool.setMaxThreadCount(std::max(1, std::min<int>(parallel, int(files.size()))));
  QtConcurrent::blockingMap(&pool, jobs, [&ctx](FileJob &job) {
    if (!job.skip)
      importOne(ctx, job);
  });

  ImportSummary summary;
  for (const FileJob &job : jobs)
    summary.add(job.summary, job.unmatched);
  QString error;
  summary.quarantineCsv = sink.exportQuarantine(&error);
  if (summary.quarantineCsv.isEmpty())
    summary.storeErrors.append(error);
  if (feedback && !feedback->isCanceled())
    feedback->setProgress(100.0);
  summary.seconds = timer.elapsed() / 1000.0;
  return summary;
}

} // namespace epidesk
