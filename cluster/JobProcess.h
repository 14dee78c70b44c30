#pragma once
#include "JobArtifact.h"
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace epidesk {

// The supervisor's side of one job's process (JobChild): starts
// `epidesk-worker run-job` with the job's memory limit, hands it the request,
// collects progress, log lines and the outcome (at most resultBytes), and
// stops it (SIGTERM, then SIGKILL after a grace period). The child dies with
// the supervisor (PR_SET_PDEATHSIG) and ignores Ctrl-C, which the supervisor
// handles. Each job gets a private scratch folder (for a dashboard's
// renderer), removed here whatever became of the job's process.
class JobProcess {
public:
  struct Limits {
    int memoryMb = 4096;                     // address space (RLIMIT_AS); 0 = unlimited
    qint64 resultBytes = qint64(256) << 20;  // the result the child may send back
    qint64 artifactBytes = qint64(64) << 20; // each file besides it (a dashboard's PDF)
  };
  struct Outcome {
    enum class Kind { Succeeded, Failed, Canceled, Died };
    Kind kind = Kind::Died;
    QByteArray result;      // Succeeded: compact JSON
    JobArtifacts artifacts; // Succeeded: the files besides the result
    QString error;          // Failed: the job's message; Died: how the process ended
    QString lastLog;        // Died: the last lines the process wrote to stderr
  };

  // dataLocation reaches the child in its environment (it may hold a password).
  // renderProgram draws dashboard jobs (DashboardJob); empty = none here.
  JobProcess(QString dataLocation, Limits limits, QString logPrefix, QString renderProgram = QString());
  ~JobProcess(); // kills a child still running

  void start(const QByteArray &requestJson);
  bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
  // Returns when the child wrote something or ended, or after at most ms.
  void wait(int ms);
  double progress() const { return m_progress; }
  qint64 pid() const { return m_process.processId(); }
  // Closes stdin (the child cancels), sends SIGTERM, SIGKILL after graceMs; returns when it is gone.
  void stop(int graceMs);
  Outcome outcome() const; // once it is no longer running

private:
  void readResult();
  void readLog();
  void logLine(const QByteArray &line);

  QTemporaryDir m_scratch; // before m_process: removed after the child is gone
  QProcess m_process;
  Limits m_limits;
  QString m_logPrefix;
  QByteArray m_stdout;
  QByteArray m_stderr; // an incomplete line
  QStringList m_lastLog;
  double m_progress = 0;
  bool m_tooLarge = false;
};

} // namespace epidesk
