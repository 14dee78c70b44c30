#include "WorkerLoop.h"
#include "ClusterDb.h"
#include "DataSource.h"
#include "DataVersion.h"
#include "Feedback.h"
#include "JobQueue.h"
#include "JobRunner.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostInfo>
#include <QJsonDocument>
#include <QThread>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace epidesk {

namespace {
void log(const QString &text) {
  fprintf(stderr, "%s epidesk-worker: %s\n",
          qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), qPrintable(text));
  fflush(stderr);
}
} // namespace

WorkerLoop::WorkerLoop(ClusterDb &db, const DataSource &source, QString workerId, Options options)
    : m_db(db), m_source(source), m_queue(std::make_unique<JobQueue>(db, std::move(workerId))),
      m_options(options) {}

WorkerLoop::~WorkerLoop() = default;

QString WorkerLoop::currentDataVersion() {
  // Re-read now and then: an import into the data source changes it.
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
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

int WorkerLoop::run() {
  m_queue->registerWorker(QHostInfo::localHostName(), QCoreApplication::applicationPid(),
                          currentDataVersion());
  log(QStringLiteral("%1 ready (data version %2, lease %3 s)")
          .arg(m_queue->workerId(), m_dataVersion)
          .arg(m_options.leaseSeconds));
  int done = 0;
  qint64 lastBeat = 0;
  while (!m_stop) {
    try {
      const qint64 now = QDateTime::currentMSecsSinceEpoch();
      if (now - lastBeat > 1000) {
        touchAliveFile();
        m_queue->workerHeartbeat(QString());
        if (const int n = m_queue->failExhausted(m_options.maxAttempts))
          log(QStringLiteral("failed %1 job(s) whose lease expired too often").arg(n));
        lastBeat = now;
      }
      const auto job = m_queue->claim(currentDataVersion(), m_options.leaseSeconds, m_options.maxAttempts);
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
  QStringList errors;
  const auto request = JobRequest::fromJson(job.request, &errors);
  if (!request) {
    m_queue->fail(job, errors.join(QStringLiteral("; ")));
    return;
  }

  Feedback feedback;
  std::mutex mutex;
  std::condition_variable finishedCv;
  bool finished = false, canceled = false;
  QByteArray resultJson;
  QString error;
  std::thread compute([&] {
    try {
      const QJsonObject result = JobRunner::run(*request, m_source, &feedback);
      resultJson = QJsonDocument(result).toJson(QJsonDocument::Compact);
    } catch (const Canceled &) {
      canceled = true;
    } catch (const std::exception &e) {
      error = QString::fromUtf8(e.what());
      if (error.isEmpty())
        error = QCoreApplication::translate("epidesk::WorkerLoop", "computation failed");
    }
    std::lock_guard<std::mutex> lock(mutex);
    finished = true;
    finishedCv.notify_all();
  });

  const auto beat = std::chrono::milliseconds(std::max(100, m_options.leaseSeconds * 1000 / 3));
  bool lost = false;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mutex);
      if (finishedCv.wait_for(lock, beat, [&] { return finished; }))
        break;
    }
    touchAliveFile();
    if (lost)
      continue;
    try {
      const QString status = m_queue->renew(job, m_options.leaseSeconds, feedback.progress());
      if (status != QLatin1String("running")) {
        log(QStringLiteral("job %1: %2, stopping")
                .arg(job.id, status.isEmpty() ? QStringLiteral("lease lost") : status));
        lost = true;
        feedback.cancel();
      }
    } catch (const std::exception &e) {
      // Keep computing: the lease may still be valid when the database returns.
      log(QStringLiteral("heartbeat failed: %1").arg(ClusterDb::errorText(e)));
      m_db.reset();
    }
  }
  compute.join();

  if (canceled || lost)
    return;
  const bool stored = error.isEmpty() ? m_queue->complete(job, resultJson) : m_queue->fail(job, error);
  log(QStringLiteral("job %1 %2")
          .arg(job.id, !stored           ? QStringLiteral("finished but lease lost")
                       : error.isEmpty() ? QStringLiteral("succeeded")
                                         : QStringLiteral("failed: ") + error));
}

} // namespace epidesk
