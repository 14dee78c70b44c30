#include "DashboardJob.h"
#include "Feedback.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class DashboardJobText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::DashboardJob)
};

std::runtime_error failure(const QString &text) {
  return std::runtime_error(text.toStdString());
}

constexpr qint64 kMaxRendererOutput = 1 << 20; // its JSON answer (the PDF goes into a file)
constexpr int kKillWaitMs = 5000;

QString signalName(int signal) {
  const char *abbrev = sigabbrev_np(signal);
  return abbrev ? QStringLiteral("SIG") + QString::fromLatin1(abbrev) : QString::number(signal);
}

QString mib(qint64 bytes) {
  return QString::number(double(bytes) / double(1 << 20), 'g', 4);
}
} // namespace

QString DashboardJob::defaultRenderProgram() {
  const QFileInfo beside(
      QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("epidesk-render")));
  return beside.isExecutable() ? beside.absoluteFilePath() : QString();
}

QJsonObject DashboardJob::run(const QJsonObject &params, const Options &options, Feedback *feedback,
                              JobArtifacts *artifacts) {
  if (options.renderProgram.isEmpty() || !QFileInfo(options.renderProgram).isExecutable())
    throw failure(DashboardJobText::tr("this worker cannot render dashboards: no renderer program "
                                       "(epidesk-render beside epidesk-worker, or --render-program)"));
  std::unique_ptr<QTemporaryDir> ownScratch;
  QString scratch = options.scratchDir;
  if (scratch.isEmpty()) {
    ownScratch = std::make_unique<QTemporaryDir>();
    if (!ownScratch->isValid())
      throw failure(
          DashboardJobText::tr("cannot create a scratch folder: %1").arg(ownScratch->errorString()));
    scratch = ownScratch->path();
  }
  const QString pdfPath = QDir(scratch).filePath(QLatin1String(artifactName));
  QFile::remove(pdfPath);

  QProcess renderer;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("EPIDESK_CLUSTER_DATA"), options.dataLocation);
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // a worker has no display
  env.insert(QStringLiteral("TMPDIR"), scratch);
  env.insert(QStringLiteral("XDG_RUNTIME_DIR"), scratch); // private (0700), as Qt wants it
  renderer.setProcessEnvironment(env);
  renderer.setWorkingDirectory(scratch);
  renderer.setProgram(options.renderProgram);
  renderer.setArguments({QStringLiteral("--pdf"), pdfPath});
  renderer.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its warnings: the job's log
  const pid_t parent = getpid();
  const rlim_t fileBytes = rlim_t(std::max<qint64>(options.maxPdfBytes, 1));
  // In the forked child before exec: async-signal-safe calls only. The
  // address-space limit and RLIMIT_CORE 0 are inherited from the job's process.
  renderer.setChildProcessModifier([parent, fileBytes] {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
      _exit(127);
    const rlimit limit{fileBytes, fileBytes};
    ::setrlimit(RLIMIT_FSIZE, &limit);
  });
  if (feedback)
    feedback->setProgress(5);
  renderer.start();
  if (!renderer.waitForStarted(30000))
    throw failure(DashboardJobText::tr("the renderer %1 could not be started: %2")
                      .arg(options.renderProgram, renderer.errorString()));
  renderer.write(
      QJsonDocument(params.value(QLatin1String("document")).toObject()).toJson(QJsonDocument::Compact));
  renderer.closeWriteChannel();

  QByteArray out;
  bool tooLong = false;
  auto stop = [&renderer] {
    renderer.kill();
    renderer.waitForFinished(kKillWaitMs);
  };
  while (renderer.state() != QProcess::NotRunning) {
    renderer.waitForFinished(100);
    out += renderer.readAllStandardOutput();
    if (out.size() > kMaxRendererOutput) {
      tooLong = true;
      stop();
      break;
    }
    if (feedback && feedback->isCanceled()) {
      stop();
      throw Canceled();
    }
  }
  out += renderer.readAllStandardOutput();
  if (tooLong)
    throw failure(DashboardJobText::tr("the renderer's answer exceeded %1 MiB").arg(mib(kMaxRendererOutput)));
  if (renderer.exitStatus() == QProcess::CrashExit) {
    const int signal = renderer.exitCode();
    if (signal == SIGXFSZ)
      throw failure(DashboardJobText::tr("the dashboard's PDF exceeded the limit of %1 MiB")
                        .arg(mib(options.maxPdfBytes)));
    QString text =
        DashboardJobText::tr("the renderer was killed by signal %1 (%2)").arg(signal).arg(signalName(signal));
    if (options.memoryMb > 0 && (signal == SIGABRT || signal == SIGSEGV))
      text += DashboardJobText::tr("; the job memory limit is %1 MB").arg(options.memoryMb);
    throw failure(text);
  }
  const QJsonObject answer = QJsonDocument::fromJson(out).object();
  if (renderer.exitCode() != 0 || answer.contains(QLatin1String("error"))) {
    QString error = answer.value(QLatin1String("error")).toString();
    // A picture or a computation that could not be allocated under the
    // address-space limit (a panel's std::bad_alloc comes back as its what()).
    if (options.memoryMb > 0 &&
        (error.contains(QLatin1String("out of memory")) || error.contains(QLatin1String("bad_alloc"))))
      error += DashboardJobText::tr("; the job memory limit is %1 MB").arg(options.memoryMb);
    throw failure(error.isEmpty() ? DashboardJobText::tr("the renderer exited with code %1 without an answer")
                                        .arg(renderer.exitCode())
                                  : error);
  }
  if (feedback)
    feedback->setProgress(90);

  QFile pdf(pdfPath);
  if (!pdf.open(QIODevice::ReadOnly))
    throw failure(DashboardJobText::tr("the renderer wrote no PDF"));
  if (pdf.size() > options.maxPdfBytes)
    throw failure(DashboardJobText::tr("the dashboard's PDF exceeded the limit of %1 MiB")
                      .arg(mib(options.maxPdfBytes)));
  JobArtifact artifact{QLatin1String(artifactName), QByteArrayLiteral("application/pdf"), pdf.readAll()};
  pdf.close();
  QFile::remove(pdfPath);
  if (!artifact.data.startsWith("%PDF-"))
    throw failure(DashboardJobText::tr("the renderer's output is not a PDF"));

  QJsonObject result = answer;
  result.insert(
      QStringLiteral("artifacts"),
      QJsonObject{
          {artifact.name,
           QJsonObject{{"content_type", QString::fromLatin1(artifact.contentType)},
                       {"bytes", double(artifact.data.size())},
                       {"sha256",
                        QString::fromLatin1(
                            QCryptographicHash::hash(artifact.data, QCryptographicHash::Sha256).toHex())}}}});
  artifacts->push_back(std::move(artifact));
  if (feedback)
    feedback->setProgress(100);
  return result;
}

} // namespace epidesk
