#include "WorkerLoop.h"
#include "CancelListener.h"
#include "ClusterDb.h"
#include "DataSource.h"
#include "DataVersion.h"
#include "JobQueue.h"
#include "JobStatus.h"
#include "RetryBackoff.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonDocument>
#include <QThread>

namespace epidesk {

namespace {
void log(const QString &text) {
  fprintf(stderr, "%s epidesk-worker: %s\n",
          qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), qPrintable(text));
  fflush(stderr);
}

// This file's messages, in one context that lupdate sees too.
class WorkerLoopText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::WorkerLoop)
};

qint64 nowMs() {
  return QDateTime::currentMSecsSinceEpoch();
}

constexpr int kStopGraceMs = 1000; // SIGTERM -> SIGKILL

// "The database is away, try again later", as opposed to a statement error.
bool isOutage(const std::exception &e) {
  if (dynamic_cast<const pqxx::broken_connection *>(&e) || dynamic_cast<const pqxx::in_doubt_error *>(&e))
    return true;
  if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&e)) {
    const std::string state = sql->sqlstate().substr(0, 2);
    return state == "08" || state == "57" || state == "53"; // connection, shutdown, resources
  }
  return false;
}

// Database retries: 0.5 s, 1 s, 2 s ... up to backoffCapMs(), each +-25 %.
constexpr int kFirstRetryMs = 500;
constexpr double kRetryJitter = 0.25;
} // namespace

WorkerLoop::WorkerLoop(ClusterDb &db, const DataSource &source, QString workerId, Options options)
    : m_db(db), m_source(source), m_queue(std::make_unique<JobQueue>(db, std::move(workerId))),
      m_options(std::move(options)) {
  if (!m_options.databaseUri.isEmpty())
    m_cancels = std::make_unique<CancelListener>(m_options.databaseUri);
}

WorkerLoop::~WorkerLoop() = default;

QString WorkerLoop::currentDataVersion() {
  // Re-read now and then: an import into the data source changes it.
  const qint64 now = nowMs();
  if (m_dataVersion.isEmpty() || now - m_dataVersionAt > 5000) {
    m_dataVersion = dataVersion(m_source);
    m_dataVersionAt = now;
  }
  return m_dataVersion;
}

void WorkerLoop::touchAliveFile() const {
  if (m_options.aliveFile.isEmpty())
    return;
  QFile f(m_options.aliveFile);
  if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
    f.write(QByteArray::number(QDateTime::currentSecsSinceEpoch()) + '\n');
}

int WorkerLoop::backoffCapMs() const {
  // Below half a lease: back within a lease of the database's return, before
  // anybody may take the job over.
  return std::clamp(m_options.leaseSeconds * 500, 500, 10000);
}

void WorkerLoop::markDatabase(bool up) {
  if (!up)
    m_databaseUpSince = 0;
  else if (m_databaseUpSince == 0)
    m_databaseUpSince = nowMs();
}

int WorkerLoop::run() {
  bool registered = false;
  int done = 0;
  qint64 lastBeat = 0;
  while (!m_stop) {
    try {
      if (!registered) {
        m_queue->registerWorker(QHostInfo::localHostName(), QCoreApplication::applicationPid(),
                                currentDataVersion());
        registered = true;
        log(QStringLiteral("%1 ready (data version %2, lease %3 s)")
                .arg(m_queue->workerId(), m_dataVersion)
                .arg(m_options.leaseSeconds));
      }
      const qint64 now = nowMs();
      if (now - lastBeat > 1000) {
        touchAliveFile();
        m_queue->workerHeartbeat(QString());
        if (const int n = m_queue->failExhausted(m_options.maxAttempts, m_options.leaseSeconds))
          log(QStringLiteral("failed %1 job(s) whose lease expired too often").arg(n));
        bool resubscribed = false;
        takeCancels(&resubscribed); // idle: only keeps the listener's queue short
        lastBeat = now;
      }
      markDatabase(true);
      // Take over expired jobs only after a lease of database contact: after
      // an outage their holders get that long to show life again.
      const bool takeOver = now - m_databaseUpSince >= qint64(m_options.leaseSeconds) * 1000;
      const auto job =
          m_queue->claim(currentDataVersion(), m_options.leaseSeconds, m_options.maxAttempts, takeOver);
      if (!job) {
        QThread::msleep(ulong(m_options.pollMs));
        continue;
      }
      execute(*job);
      if (m_options.maxJobs > 0 && ++done >= m_options.maxJobs)
        break;
    } catch (const std::exception &e) {
      // Database gone: keep trying; the lease protects any job we held.
      log(QStringLiteral("database error: %1").arg(ClusterDb::errorText(e)));
      m_db.reset();
      markDatabase(false);
      QThread::msleep(1000);
    }
  }
  try {
    m_queue->unregisterWorker();
  } catch (const std::exception &) {
  }
  return 0;
}

void WorkerLoop::execute(const ClaimedJob &job) {
  log(QStringLiteral("job %1 (%2) attempt %3").arg(job.id, job.kind).arg(job.attempt));
  JobProcess process(m_options.dataLocation, m_options.limits, QStringLiteral("job ") + job.id,
                     m_options.renderProgram);
  process.start(QJsonDocument(job.request).toJson(QJsonDocument::Compact));
  switch (supervise(job, process)) {
  case Ending::Cancelled:
  case Ending::Lost:
    return; // nothing to store: someone else decides
  case Ending::TimedOut: {
    const QString error =
        WorkerLoopText::tr("exceeded the job time limit of %1 s").arg(m_options.jobTimeoutSeconds);
    retryWhileAway(QStringLiteral("storing the failure"), [&] { return m_queue->fail(job, error); });
    log(QStringLiteral("job %1 failed: %2").arg(job.id, error));
    return;
  }
  case Ending::Finished:
    store(job, process.outcome());
    return;
  }
}

WorkerLoop::Ending WorkerLoop::supervise(const ClaimedJob &job, JobProcess &process) {
  QElapsedTimer clock;
  clock.start();
  const qint64 beat = std::max(100, m_options.leaseSeconds * 1000 / 3);
  const qint64 timeout = qint64(m_options.jobTimeoutSeconds) * 1000;
  RetryBackoff backoff(kFirstRetryMs, backoffCapMs(), kRetryJitter);
  qint64 nextBeat = beat;
  while (process.isRunning()) {
    process.wait(100);
    if (!process.isRunning())
      break;
    bool resubscribed = false;
    if (takeCancels(&resubscribed).contains(job.id)) {
      QElapsedTimer stopping;
      stopping.start();
      process.stop(kStopGraceMs);
      log(QStringLiteral("job %1 cancelled; its process stopped in %2 ms")
              .arg(job.id)
              .arg(stopping.elapsed()));
      return Ending::Cancelled;
    }
    if (resubscribed) // notifications may have been missed meanwhile: ask now
      nextBeat = 0;
    if (timeout > 0 && clock.elapsed() > timeout) {
      process.stop(kStopGraceMs);
      return Ending::TimedOut;
    }
    if (clock.elapsed() < nextBeat)
      continue;
    touchAliveFile();
    try {
      const QString status = m_queue->renew(job, m_options.leaseSeconds, process.progress());
      markDatabase(true);
      backoff.reset();
      nextBeat = clock.elapsed() + beat;
      if (status != jobStatusId(JobStatus::Running)) {
        log(QStringLiteral("job %1: %2, stopping")
                .arg(job.id, status.isEmpty() ? QStringLiteral("lease lost") : status));
        process.stop(kStopGraceMs);
        return status == jobStatusId(JobStatus::Cancelled) ? Ending::Cancelled : Ending::Lost;
      }
    } catch (const std::exception &e) {
      // Keep computing: nobody takes the job over while we are silent for
      // less than a lease after the database is back.
      log(QStringLiteral("heartbeat failed: %1").arg(ClusterDb::errorText(e)));
      m_db.reset();
      markDatabase(false);
      nextBeat = clock.elapsed() + backoff.next();
    }
  }
  return Ending::Finished;
}

QSet<QString> WorkerLoop::takeCancels(bool *resubscribed) {
  *resubscribed = false;
  if (!m_cancels || nowMs() < m_listenRetryAt)
    return {};
  try {
    return m_cancels->take(resubscribed);
  } catch (const std::exception &e) {
    log(QStringLiteral("cancellation listener: %1").arg(ClusterDb::errorText(e)));
    m_listenRetryAt = nowMs() + backoffCapMs();
    return {};
  }
}

void WorkerLoop::store(const ClaimedJob &job, const JobProcess::Outcome &outcome) {
  using Kind = JobProcess::Outcome::Kind;
  QString error = outcome.error;
  bool stored = false;
  switch (outcome.kind) {
  case Kind::Canceled:
    log(QStringLiteral("job %1 cancelled").arg(job.id));
    return;
  case Kind::Succeeded:
    stored = retryWhileAway(QStringLiteral("storing the result"),
                            [&] { return m_queue->complete(job, outcome.result, outcome.artifacts); });
    log(QStringLiteral("job %1 %2")
            .arg(job.id, stored ? QString(jobStatusId(JobStatus::Succeeded))
                                : QStringLiteral("finished but lease lost")));
    return;
  case Kind::Failed:
    stored = retryWhileAway(QStringLiteral("storing the failure"), [&] { return m_queue->fail(job, error); });
    break;
  case Kind::Died: {
    // Not the job's own verdict (a crash, the OOM killer...): another attempt, if any is left.
    const QString lastLog = outcome.lastLog.isEmpty() ? WorkerLoopText::tr("(empty)") : outcome.lastLog;
    if (job.attempt >= job.maxAttempts) {
      error = WorkerLoopText::tr("the job's process %1 on %2 attempts; last stderr: %3")
                  .arg(outcome.error)
                  .arg(job.attempt)
                  .arg(lastLog);
      stored =
          retryWhileAway(QStringLiteral("storing the failure"), [&] { return m_queue->fail(job, error); });
    } else {
      error = WorkerLoopText::tr("attempt %1: the job's process %2; last stderr: %3")
                  .arg(job.attempt)
                  .arg(outcome.error, lastLog);
      stored = retryWhileAway(QStringLiteral("queueing the job again"),
                              [&] { return m_queue->release(job, error); });
      log(QStringLiteral("job %1 queued again: %2").arg(job.id, error));
      return;
    }
    break;
  }
  }
  log(QStringLiteral("job %1 failed%2: %3")
          .arg(job.id, stored ? QString() : QStringLiteral(" (lease lost)"), error));
}

bool WorkerLoop::retryWhileAway(const QString &what, const std::function<bool()> &write) {
  RetryBackoff backoff(kFirstRetryMs, backoffCapMs(), kRetryJitter);
  for (;;) {
    try {
      const bool written = write();
      markDatabase(true);
      return written;
    } catch (const std::exception &e) {
      if (!isOutage(e) || m_stop) { // stopping: the lease runs out and another worker redoes the job
        log(QStringLiteral("%1: %2; given up").arg(what, ClusterDb::errorText(e)));
        return false;
      }
      m_db.reset();
      markDatabase(false);
      const int waitMs = backoff.next();
      log(QStringLiteral("%1: database unavailable (%2); retrying in %3 ms")
              .arg(what, ClusterDb::errorText(e))
              .arg(waitMs));
      touchAliveFile();
      QThread::msleep(ulong(waitMs));
    }
  }
}

} // namespace epidesk
