#include "JobProcess.h"
#include "JobChild.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <algorithm>
#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class JobProcessText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::JobProcess)
};

QString signalName(int signal) {
  const char *abbrev = sigabbrev_np(signal);
  return abbrev ? QStringLiteral("SIG") + QString::fromLatin1(abbrev)
                : QString::fromLocal8Bit(strsignal(signal));
}

bool startsWith(const QByteArray &data, const char *header) {
  return data.startsWith(QByteArrayView(header));
}

constexpr qsizetype kMaxLogLine = 4096;
constexpr int kLastLogLines = 5;
} // namespace

JobProcess::JobProcess(QString dataLocation, Limits limits, QString logPrefix, QString renderProgram)
    : m_scratch(QDir(QDir::tempPath()).filePath(QStringLiteral("epidesk-job-XXXXXX"))), m_limits(limits),
      m_logPrefix(std::move(logPrefix)) {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("EPIDESK_CLUSTER_DATA"), dataLocation);
  m_process.setProcessEnvironment(env);
  m_process.setProgram(QCoreApplication::applicationFilePath());
  QStringList arguments{QStringLiteral("run-job"), QStringLiteral("--memory-mb"),
                        QString::number(m_limits.memoryMb), QStringLiteral("--artifact-mb"),
                        QString::number(std::max<qint64>(1, m_limits.artifactBytes >> 20))};
  if (m_scratch.isValid())
    arguments << QStringLiteral("--scratch") << m_scratch.path();
  if (!renderProgram.isEmpty())
    arguments << QStringLiteral("--render-program") << renderProgram;
  m_process.setArguments(arguments);
  const pid_t supervisor = getpid();
  const rlim_t bytes = rlim_t(m_limits.memoryMb) << 20;
  // Runs in the forked child before exec: async-signal-safe calls only.
  m_process.setChildProcessModifier([supervisor, bytes] {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != supervisor) // the supervisor died before prctl
      _exit(127);
    if (bytes > 0) {
      const rlimit limit{bytes, bytes};
      ::setrlimit(RLIMIT_AS, &limit);
    }
    const rlimit noCore{0, 0}; // a crashing job leaves no core file of its address space
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::signal(SIGINT, SIG_IGN);
  });
  QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readResult(); });
  QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] { readLog(); });
}

JobProcess::~JobProcess() {
  if (isRunning()) {
    m_process.kill();
    m_process.waitForFinished(5000);
  }
}

void JobProcess::start(const QByteArray &requestJson) {
  m_process.start();
  if (!m_process.waitForStarted(30000))
    return;
  m_process.write(requestJson + '\n');
  m_process.waitForBytesWritten(30000);
}

void JobProcess::wait(int ms) {
  if (isRunning())
    m_process.waitForFinished(ms); // reads stdout and stderr meanwhile
}

void JobProcess::readResult() {
  if (m_tooLarge) {
    m_process.readAllStandardOutput();
    return;
  }
  m_stdout += m_process.readAllStandardOutput();
  // The result, plus an artifact at its limit (a dashboard's PDF) when one comes first.
  const qint64 allowed = m_limits.resultBytes + qsizetype(sizeof JobChild::resultHeader) +
                         (startsWith(m_stdout, JobChild::artifactPrefix) ? m_limits.artifactBytes + 4096 : 0);
  if (m_stdout.size() > allowed) {
    m_tooLarge = true;
    m_stdout.clear();
    m_process.kill();
  }
}

void JobProcess::readLog() {
  m_stderr += m_process.readAllStandardError();
  qsizetype start = 0;
  for (qsizetype end; (end = m_stderr.indexOf('\n', start)) >= 0; start = end + 1)
    logLine(m_stderr.mid(start, end - start));
  m_stderr.remove(0, start);
  if (m_stderr.size() > kMaxLogLine) { // a line without end: log what we have
    logLine(m_stderr);
    m_stderr.clear();
  }
}

void JobProcess::logLine(const QByteArray &line) {
  if (startsWith(line, JobChild::progressPrefix)) {
    bool ok = false;
    const double p = line.mid(qsizetype(std::strlen(JobChild::progressPrefix))).toDouble(&ok);
    if (ok)
      m_progress = p;
    return;
  }
  const QString text = QString::fromUtf8(line.left(kMaxLogLine));
  m_lastLog << text;
  while (m_lastLog.size() > kLastLogLines)
    m_lastLog.removeFirst();
  fprintf(stderr, "%s %s: %s\n", qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
          qPrintable(m_logPrefix), qPrintable(text));
}

void JobProcess::stop(int graceMs) {
  if (!isRunning())
    return;
  m_process.closeWriteChannel();
  m_process.terminate();
  if (!m_process.waitForFinished(graceMs)) {
    m_process.kill();
    m_process.waitForFinished(5000);
  }
}

JobProcess::Outcome JobProcess::outcome() const {
  Outcome o;
  if (m_tooLarge) {
    o.kind = Outcome::Kind::Failed;
    o.error =
        JobProcessText::tr("the job's result exceeded the limit of %1 MiB").arg(m_limits.resultBytes >> 20);
    return o;
  }
  const bool clean = m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
  JobArtifacts artifacts;
  qsizetype at = 0;
  bool wellFormed = true;
  while (clean && wellFormed && QByteArrayView(m_stdout).sliced(at).startsWith(JobChild::artifactPrefix)) {
    const qsizetype eol = m_stdout.indexOf('\n', at);
    const QList<QByteArray> head = eol < 0
                                       ? QList<QByteArray>()
                                       : m_stdout
                                             .mid(at + qsizetype(std::strlen(JobChild::artifactPrefix)),
                                                  eol - at - qsizetype(std::strlen(JobChild::artifactPrefix)))
                                             .split(' ');
    bool ok = false;
    const qint64 size = head.size() == 3 ? head[2].toLongLong(&ok) : -1;
    wellFormed =
        ok && size >= 0 && eol + 1 + size <= m_stdout.size() && isArtifactName(QString::fromLatin1(head[0]));
    if (!wellFormed)
      break;
    artifacts.push_back({QString::fromLatin1(head[0]), head[1], m_stdout.mid(eol + 1, size)});
    at = eol + 1 + size;
  }
  const QByteArrayView rest = QByteArrayView(m_stdout).sliced(std::min(at, m_stdout.size()));
  const auto tooLargeArtifact = std::find_if(artifacts.begin(), artifacts.end(), [&](const JobArtifact &a) {
    return a.data.size() > m_limits.artifactBytes;
  });
  if (clean && wellFormed && tooLargeArtifact != artifacts.end()) {
    o.kind = Outcome::Kind::Failed;
    o.error = JobProcessText::tr("the job's file %1 exceeded the limit of %2 MiB")
                  .arg(tooLargeArtifact->name)
                  .arg(m_limits.artifactBytes >> 20);
  } else if (clean && wellFormed && rest.startsWith(JobChild::resultHeader) &&
             rest.size() - qsizetype(std::strlen(JobChild::resultHeader)) <= m_limits.resultBytes) {
    o.kind = Outcome::Kind::Succeeded;
    o.result = rest.sliced(qsizetype(std::strlen(JobChild::resultHeader))).toByteArray();
    o.artifacts = std::move(artifacts);
  } else if (clean && wellFormed && rest.startsWith(JobChild::resultHeader)) {
    o.kind = Outcome::Kind::Failed;
    o.error =
        JobProcessText::tr("the job's result exceeded the limit of %1 MiB").arg(m_limits.resultBytes >> 20);
  } else if (clean && startsWith(m_stdout, JobChild::errorHeader)) {
    o.kind = Outcome::Kind::Failed;
    o.error = QString::fromUtf8(m_stdout.mid(qsizetype(std::strlen(JobChild::errorHeader))));
  } else if (clean && startsWith(m_stdout, JobChild::canceledHeader)) {
    o.kind = Outcome::Kind::Canceled;
  } else {
    o.kind = Outcome::Kind::Died;
    if (m_process.error() == QProcess::FailedToStart)
      o.error = JobProcessText::tr("could not be started (%1)").arg(m_process.errorString());
    else if (m_process.exitStatus() == QProcess::CrashExit) // Qt reports the signal as the exit code
      o.error = JobProcessText::tr("was killed by signal %1 (%2)")
                    .arg(m_process.exitCode())
                    .arg(signalName(m_process.exitCode()));
    else
      o.error = JobProcessText::tr("exited with code %1 without a result").arg(m_process.exitCode());
    o.lastLog = m_lastLog.join(QStringLiteral(" | "));
  }
  return o;
}

} // namespace epidesk
