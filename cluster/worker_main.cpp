// epidesk-worker: claims queued cluster jobs from PostgreSQL and runs each in
// a process of its own (`epidesk-worker run-job`, JobChild) with the
// desktop's analytics code (see WorkerLoop).
#include "ClusterDb.h"
#include "DashboardJob.h"
#include "DataSourceRegistry.h"
#include "JobChild.h"
#include "WorkerLoop.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostInfo>
#include <QUuid>
#include <csignal>
#include <cstdio>

using namespace epidesk;

namespace {
int fail(const QString &message, int code = 1) {
  fprintf(stderr, "epidesk-worker: %s\n", qPrintable(message));
  return code;
}
WorkerLoop *g_loop = nullptr;
void onSignal(int) {
  if (g_loop) // finish the current job, then exit
    g_loop->stop();
}
} // namespace

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName("epidesk-worker");
  if (JobChild::isCommand(QCoreApplication::arguments()))
    return JobChild::main(QCoreApplication::arguments());
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate(
      "epidesk-worker", "EpiDesk cluster worker. Each job runs in a process of its own (the internal "
                        "sub-command run-job) under the limits below."));
  parser.addHelpOption();
  const QCommandLineOption db(
      "db",
      QCoreApplication::translate("epidesk-worker",
                                  "PostgreSQL URI of the job database (default: $EPIDESK_CLUSTER_DB)."),
      "URI", qEnvironmentVariable("EPIDESK_CLUSTER_DB"));
  const QCommandLineOption data(
      "data",
      QCoreApplication::translate("epidesk-worker",
                                  "Data source: store path or warehouse URI (same as the server's)."),
      "LOCATION", qEnvironmentVariable("EPIDESK_CLUSTER_DATA"));
  const QCommandLineOption lease(
      "lease",
      QCoreApplication::translate("epidesk-worker",
                                  "Lease in seconds; renewed every third of it while a job runs."),
      "S", "30");
  const QCommandLineOption maxAttempts(
      "max-attempts",
      QCoreApplication::translate(
          "epidesk-worker", "Attempts per job (its lease expired or its process crashed) before it fails."),
      "N", "3");
  const QCommandLineOption poll(
      "poll-ms",
      QCoreApplication::translate("epidesk-worker", "Wait between claims when the queue is empty."), "MS",
      "200");
  const QCommandLineOption id(
      "id", QCoreApplication::translate("epidesk-worker", "Worker name (default: host-pid-random)."), "NAME");
  const QCommandLineOption maxJobs(
      "max-jobs", QCoreApplication::translate("epidesk-worker", "Exit after this many jobs (0 = never)."),
      "N", "0");
  const QCommandLineOption aliveFile(
      "alive-file",
      QCoreApplication::translate("epidesk-worker", "File touched at every heartbeat (liveness probes)."),
      "PATH");
  const QCommandLineOption jobMemory(
      "job-memory-mb",
      QCoreApplication::translate("epidesk-worker",
                                  "Address-space limit of each job's process in MB; a job above it fails "
                                  "(0 = none)."),
      "MB", "4096");
  const QCommandLineOption jobTimeout(
      "job-timeout",
      QCoreApplication::translate("epidesk-worker",
                                  "Wall time per job in seconds; a job still running then is stopped and "
                                  "fails (0 = none)."),
      "S", "3600");
  const QCommandLineOption jobResult(
      "job-result-mb",
      QCoreApplication::translate("epidesk-worker", "Largest result a job may return, in MiB."), "MB", "256");
  const QCommandLineOption jobArtifact(
      "job-artifact-mb",
      QCoreApplication::translate("epidesk-worker",
                                  "Largest file a job may return besides its result (a dashboard's PDF), in "
                                  "MiB (1 to 256)."),
      "MB", "64");
  const QCommandLineOption renderProgram(
      "render-program",
      QCoreApplication::translate("epidesk-worker",
                                  "The program that draws dashboard jobs (default: $EPIDESK_RENDER_PROGRAM, "
                                  "else epidesk-render beside this program)."),
      "PATH", qEnvironmentVariable("EPIDESK_RENDER_PROGRAM"));
  parser.addOptions({db, data, lease, maxAttempts, poll, id, maxJobs, aliveFile, jobMemory, jobTimeout,
                     jobResult, jobArtifact, renderProgram});
  parser.process(app);

  WorkerLoop::Options options;
  bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
  options.leaseSeconds = parser.value(lease).toInt(&ok1);
  options.maxAttempts = parser.value(maxAttempts).toInt(&ok2);
  options.pollMs = parser.value(poll).toInt(&ok3);
  options.maxJobs = parser.value(maxJobs).toInt(&ok4);
  options.aliveFile = parser.value(aliveFile);
  if (!ok1 || options.leaseSeconds < 1 || !ok2 || options.maxAttempts < 1 || !ok3 || options.pollMs < 1 ||
      !ok4)
    return fail(QCoreApplication::translate(
                    "epidesk-worker", "--lease, --max-attempts, --poll-ms, --max-jobs: positive integers"),
                2);
  bool ok5 = false, ok6 = false, ok7 = false;
  options.limits.memoryMb = parser.value(jobMemory).toInt(&ok5);
  options.jobTimeoutSeconds = parser.value(jobTimeout).toInt(&ok6);
  const int resultMb = parser.value(jobResult).toInt(&ok7);
  options.limits.resultBytes = qint64(resultMb) << 20;
  if (!ok5 || options.limits.memoryMb < 0 || !ok6 || options.jobTimeoutSeconds < 0 || !ok7 || resultMb < 1)
    return fail(QCoreApplication::translate(
                    "epidesk-worker",
                    "--job-memory-mb, --job-timeout: integers, 0 or more; --job-result-mb: positive integer"),
                2);
  bool ok8 = false;
  const int artifactMb = parser.value(jobArtifact).toInt(&ok8);
  if (!ok8 || artifactMb < 1 || artifactMb > 256)
    return fail(QCoreApplication::translate("epidesk-worker", "--job-artifact-mb: an integer from 1 to 256"),
                2);
  options.limits.artifactBytes = qint64(artifactMb) << 20;
  options.renderProgram = parser.value(renderProgram).isEmpty()
                              ? DashboardJob::defaultRenderProgram()
                              : QFileInfo(parser.value(renderProgram)).absoluteFilePath();
  if (!parser.value(renderProgram).isEmpty() && !QFileInfo(options.renderProgram).isExecutable())
    return fail(QCoreApplication::translate("epidesk-worker", "--render-program: %1 is not an executable")
                    .arg(options.renderProgram),
                2);
  if (options.renderProgram.isEmpty())
    fprintf(stderr, "epidesk-worker: %s\n",
            qPrintable(QCoreApplication::translate(
                "epidesk-worker", "no epidesk-render beside this program: dashboard jobs will fail here")));
  options.dataLocation = parser.value(data);
  options.databaseUri = parser.value(db);
  if (parser.value(data).isEmpty())
    return fail(
        QCoreApplication::translate("epidesk-worker", "--data: required (store path or warehouse URI)"), 2);

  QString error;
  const std::unique_ptr<DataSource> source = openDataSource(parser.value(data), &error);
  if (!source)
    return fail(error);
  ClusterDb database(parser.value(db));
  if (!database.open(&error))
    return fail(error);
  const QString name = parser.isSet(id) ? parser.value(id)
                                        : QStringLiteral("%1-%2-%3")
                                              .arg(QHostInfo::localHostName())
                                              .arg(QCoreApplication::applicationPid())
                                              .arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
  WorkerLoop loop(database, *source, name, options);
  g_loop = &loop;
  std::signal(SIGTERM, onSignal);
  std::signal(SIGINT, onSignal);
  return loop.run();
}
