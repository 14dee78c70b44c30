#include "JobChild.h"
#include "DashboardJob.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "Feedback.h"
#include "JobLimits.h"
#include "JobRequest.h"
#include "JobRunner.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <new>
#include <thread>
#include <unistd.h>

namespace epidesk {

namespace {
std::atomic<qint64> g_memoryMb{0};

// This file's messages, in one context that lupdate sees too.
class JobChildText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::JobChild)
};

QString outOfMemory() {
  const qint64 mb = g_memoryMb.load();
  return mb > 0 ? JobChildText::tr("exceeded the job memory limit of %1 MB").arg(mb)
                : JobChildText::tr("out of memory");
}

void writeOutcome(const char *header, const QByteArray &payload = QByteArray()) {
  std::fputs(header, stdout);
  std::fwrite(payload.constData(), 1, size_t(payload.size()), stdout);
  std::fflush(stdout);
}

// An exception that escaped a thread of the analytics code ends up here:
// still the job's error, not a crash to retry.
[[noreturn]] void onTerminate() {
  if (const std::exception_ptr e = std::current_exception()) {
    try {
      std::rethrow_exception(e);
    } catch (const std::bad_alloc &) {
      writeOutcome(JobChild::errorHeader, outOfMemory().toUtf8());
    } catch (const std::exception &x) {
      writeOutcome(JobChild::errorHeader, QByteArray(x.what()));
    } catch (...) {
      writeOutcome(JobChild::errorHeader, JobChildText::tr("unknown error").toUtf8());
    }
    _exit(0);
  }
  std::abort();
}

// The first line of stdin (the request); empty at end of input.
QByteArray readRequestLine() {
  QByteArray in;
  char buffer[65536];
  for (;;) {
    const qsizetype end = in.indexOf('\n');
    if (end >= 0)
      return in.left(end);
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0)
      return {};
    in.append(buffer, qsizetype(n));
  }
}

// Threads that live until the process exits (it ends with _exit).
void watchStdin(Feedback *feedback) {
  std::thread([feedback] {
    char buffer[256];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
    feedback->cancel(); // the supervisor closed our stdin or went away
  }).detach();
}

void reportProgress(const Feedback *feedback) {
  std::thread([feedback] {
    double reported = -1;
    for (;;) {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      const double p = feedback->progress();
      if (p != reported) {
        std::fprintf(stderr, "%s%.2f\n", JobChild::progressPrefix, p);
        reported = p;
      }
    }
  }).detach();
}

// Artifacts first, then the result: the supervisor takes the result as what
// follows the last artifact.
void writeResult(const QByteArray &json, const JobArtifacts &artifacts) {
  for (const JobArtifact &a : artifacts) {
    const QByteArray head = QByteArray(JobChild::artifactPrefix) + a.name.toLatin1() + ' ' + a.contentType +
                            ' ' + QByteArray::number(a.data.size()) + '\n';
    std::fwrite(head.constData(), 1, size_t(head.size()), stdout);
    std::fwrite(a.data.constData(), 1, size_t(a.data.size()), stdout);
  }
  writeOutcome(JobChild::resultHeader, json);
}

int run(const QString &location, DashboardJob::Options dashboard) {
  // The declared-cost limits are the accepting server's policy (checked at
  // submission); here memory, time and result size are enforced instead.
  JobLimits::setCurrent(JobLimits::unlimited());
  const QByteArray line = readRequestLine();
  QStringList errors;
  const auto request = JobRequest::fromJson(QJsonDocument::fromJson(line).object(), &errors);
  if (!request) {
    writeOutcome(JobChild::errorHeader, errors.join(QStringLiteral("; ")).toUtf8());
    return 0;
  }
  QString error;
  const std::unique_ptr<DataSource> source = openDataSource(location, &error);
  if (!source) {
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return JobChild::unavailableExit;
  }
  Feedback feedback;
  watchStdin(&feedback);
  reportProgress(&feedback);
  try {
    JobArtifacts artifacts;
    dashboard.dataLocation = location;
    // Dashboards are drawn by a program of their own (DashboardJob); the
    // rest runs here, with the desktop's analytics code.
    const QJsonObject result = request->kind == QLatin1String("dashboard")
                                   ? DashboardJob::run(request->params, dashboard, &feedback, &artifacts)
                                   : JobRunner::run(*request, *source, &feedback);
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    // Analytics report some errors per item (e.g. per forecast series); an
    // allocation that failed there still means the job outgrew its memory.
    if (json.contains("\"std::bad_alloc\""))
      writeOutcome(JobChild::errorHeader, outOfMemory().toUtf8());
    else
      writeResult(json, artifacts);
  } catch (const Canceled &) {
    writeOutcome(JobChild::canceledHeader);
  } catch (const std::bad_alloc &) {
    writeOutcome(JobChild::errorHeader, outOfMemory().toUtf8());
  } catch (const std::exception &e) {
    const QByteArray what(e.what());
    writeOutcome(JobChild::errorHeader,
                 what.isEmpty() ? JobChildText::tr("computation failed").toUtf8() : what);
  } catch (...) {
    writeOutcome(JobChild::errorHeader, JobChildText::tr("unknown error").toUtf8());
  }
  return 0;
}
} // namespace

int JobChild::main(const QStringList &arguments) {
  std::set_terminate(onTerminate);
  QCommandLineParser parser;
  // The data location (it may hold a password) normally comes in the
  // environment, not on the command line where `ps` shows it.
  const QCommandLineOption data("data", QString(), "LOCATION", qEnvironmentVariable("EPIDESK_CLUSTER_DATA"));
  const QCommandLineOption memory("memory-mb", QString(), "N", "0");
  const QCommandLineOption artifactMb("artifact-mb", QString(), "N", "64");
  const QCommandLineOption scratch("scratch", QString(), "DIR");
  const QCommandLineOption renderProgram("render-program", QString(), "PATH");
  parser.addOptions({data, memory, artifactMb, scratch, renderProgram});
  QStringList args = arguments;
  args.removeAt(1); // "run-job"
  if (!parser.parse(args)) {
    std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
    return 2;
  }
  g_memoryMb = parser.value(memory).toLongLong(); // the limit itself was set by the supervisor
  DashboardJob::Options dashboard;
  dashboard.renderProgram = parser.value(renderProgram);
  dashboard.scratchDir = parser.value(scratch);
  dashboard.maxPdfBytes = parser.value(artifactMb).toLongLong() << 20;
  dashboard.memoryMb = int(g_memoryMb.load());
  const int code = run(parser.value(data), dashboard);
  std::fflush(stdout);
  std::fflush(stderr);
  _exit(code); // not waiting for the stdin and progress threads
}

} // namespace epidesk
