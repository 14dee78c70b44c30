// ClusterJobTracker end to end: real epidesk-server / epidesk-worker processes
// on loopback with a real PostgreSQL. Covers the queued -> running ->
// succeeded path with progress, cached answers, 422 rejections, cancel, a
// killed and restarted server, token and ownership errors, and an app
// restart that reopens jobs and results from the state folder alone.
#include "ClusterJobTracker.h"
#include "DesktopClusterSupport.h"
#include <QDirIterator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cltest;
using epidesk::ClusterJobTracker;
using epidesk::TrackedJob;

namespace {
QJsonObject sleepParams(int ms, const QString &tag) {
  return {{"ms", ms}, {"tag", tag}};
}
} // namespace

class TestClusterJobTracker : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store, m_db, m_alice, m_bob;
  Child m_server, m_worker;
  QUrl m_url;
  std::unique_ptr<ClusterJobTracker> m_tracker;
  QString m_firstKey, m_resumeKey;
  QJsonObject m_firstResult;

  QString stateDir() const { return m_dir.filePath("state"); }
  QString status(const QString &key) const {
    const auto j = m_tracker->job(key);
    return j ? j->status : QStringLiteral("<missing>");
  }
  std::unique_ptr<ClusterJobTracker> newTracker(const QString &dir) {
    auto t = std::make_unique<ClusterJobTracker>(dir);
    t->setPollIntervals(20, 200);
    return t;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_store = createEmptyStore(m_dir.filePath("store.gpkg"));
    m_db = freshDatabase("epidesk_cluster_desktop");
    m_alice = createToken(m_db, "alice", "analyst");
    m_bob = createToken(m_db, "bob", "analyst");
    startServer(m_server, m_db, m_store, 0);
    startWorker(m_worker, m_db, m_store, "desk-w1", 2);
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port));
    m_tracker = newTracker(stateDir());
    QVERIFY(!m_tracker->hasCluster());
    m_tracker->setCluster(m_url, m_alice);
    QVERIFY(m_tracker->hasCluster());
  }

  void sleepJobRunsQueuedRunningSucceeded() {
    QStringList statuses;
    QList<double> runningProgress;
    connect(m_tracker.get(), &ClusterJobTracker::jobChanged, this, [&](const QString &k) {
      const auto j = m_tracker->job(k);
      if (statuses.isEmpty() || statuses.last() != j->status)
        statuses << j->status;
      if (j->status == "running")
        runningProgress << j->progress;
    });
    QSignalSpy added(m_tracker.get(), &ClusterJobTracker::jobAdded);
    QSignalSpy finished(m_tracker.get(), &ClusterJobTracker::jobFinished);
    const QString key = m_tracker->submit("sleep", sleepParams(1500, "desk-1"), "Sleep 1.5 s");
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(0).toString(), key);
    QCOMPARE(status(key), QString("submitting"));
    QTRY_COMPARE_WITH_TIMEOUT(status(key), QString("succeeded"), 60000);
    disconnect(m_tracker.get(), &ClusterJobTracker::jobChanged, this, nullptr);

    QVERIFY2(statuses.value(0) == "queued", qPrintable(statuses.join(',')));
    QVERIFY2(statuses.contains("running") && statuses.last() == "succeeded", qPrintable(statuses.join(',')));
    QVERIFY2(std::any_of(runningProgress.begin(), runningProgress.end(),
                         [](double p) { return p > 0 && p < 100; }),
             "no intermediate progress seen");
    QCOMPARE(finished.size(), 1);
    const TrackedJob job = *m_tracker->job(key);
    QVERIFY(!job.jobId.isEmpty());
    QVERIFY(!job.cached);
    QCOMPARE(job.progress, 100.0);
    QCOMPARE(job.cluster, m_url);
    QCOMPARE(job.label, QString("Sleep 1.5 s"));
    QVERIFY(job.startedAt.isValid() && job.finishedAt.isValid());
    QVERIFY2(job.durationMs() >= 1400 && job.durationMs() < 30000,
             qPrintable(QString::number(job.durationMs())));
    const auto result = m_tracker->result(key);
    QVERIFY(result);
    QCOMPARE(result->value("slept_ms").toInt(), 1500);
    QCOMPARE(result->value("tag").toString(), QString("desk-1"));
    QVERIFY(QFile::exists(m_tracker->resultFile(key)));
    QVERIFY(m_tracker->isClusterReachable());
    m_firstKey = key;
    m_firstResult = *result;
  }

  void identicalRequestIsAnsweredFromTheCache() {
    QStringList statuses;
    connect(m_tracker.get(), &ClusterJobTracker::jobChanged, this,
            [&](const QString &k) { statuses << m_tracker->job(k)->status; });
    const QString key = m_tracker->submit("sleep", sleepParams(1500, "desk-1"), "Sleep again");
    QTRY_COMPARE_WITH_TIMEOUT(status(key), QString("succeeded"), 20000);
    disconnect(m_tracker.get(), &ClusterJobTracker::jobChanged, this, nullptr);
    QCOMPARE(statuses, QStringList{"succeeded"}); // straight from submitting, no polling
    const TrackedJob job = *m_tracker->job(key);
    QVERIFY(job.cached);
    QVERIFY(job.jobId.isEmpty());
    QCOMPARE(job.progress, 100.0);
    QCOMPARE(*m_tracker->result(key), m_firstResult);
    QVERIFY(QFile::exists(m_tracker->resultFile(key)));
  }

  void invalidParamsAreRejectedWithFieldErrors() {
    QSignalSpy finished(m_tracker.get(), &ClusterJobTracker::jobFinished);
    const QString key = m_tracker->submit("sleep", QJsonObject{{"ms", -5}, {"tag", 3}}, "Bad sleep");
    QTRY_COMPARE_WITH_TIMEOUT(status(key), QString("rejected"), 20000);
    const TrackedJob job = *m_tracker->job(key);
    QVERIFY2(job.error.contains("params.ms: ") && job.error.contains("params.tag: "), qPrintable(job.error));
    QVERIFY(job.isFinal());
    QVERIFY(!m_tracker->result(key));
    QCOMPARE(finished.size(), 1);
  }

  void cancelRunningJob() {
    const QString key = m_tracker->submit("sleep", sleepParams(60000, "desk-cancel"), "Long sleep");
    QTRY_COMPARE_WITH_TIMEOUT(status(key), QString("running"), 30000);
    QSignalSpy finished(m_tracker.get(), &ClusterJobTracker::jobFinished);
    m_tracker->cancel(key);
    QTRY_COMPARE_WITH_TIMEOUT(status(key), QString("cancelled"), 30000);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_tracker->result(key));
    // The cluster agrees.
    const QString jobId = m_tracker->job(key)->jobId;
    QCOMPARE(
        http(m_server.port, "GET", "/v1/jobs/" + jobId.toUtf8(), m_alice).json().value("status").toString(),
        QString("cancelled"));
  }

  void serverKilledMidJobThenBack() {
    const QString key = m_tracker->submit("sleep", sleepParams(4000, "desk-kill"), "Sleep through a crash");
    QTRY_COMPARE_WITH_TIMEOUT(status(key), QString("running"), 30000);
    QSignalSpy reach(m_tracker.get(), &ClusterJobTracker::reachabilityChanged);
    const quint16 port = m_server.port;
    m_server.stop(); // SIGKILL
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->isClusterReachable(), 20000);
    const QString reason = m_tracker->unreachableReason();
    qInfo("banner: %s", qPrintable(reason));
    QVERIFY2(reason.contains(m_url.toString()) && reason.contains("retrying in"), qPrintable(reason));
    QCOMPARE(reach.first().at(0).toBool(), false);
    QCOMPARE(status(key), QString("running")); // kept, not failed
    QTest::qWait(500);                         // a few failed polls with back-off
    QVERIFY(!m_tracker->isClusterReachable());
    QCOMPARE(status(key), QString("running"));

    startServer(m_server, m_db, m_store, port);
    QCOMPARE(m_server.port, port);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->isClusterReachable(), 30000);
    QCOMPARE(reach.last().at(0).toBool(), true);
    QVERIFY(m_tracker->unreachableReason().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(status(key), QString("succeeded"), 60000);
    QCOMPARE(m_tracker->result(key)->value("slept_ms").toInt(), 4000);
  }

  void tokenRejectedThenFixed_foreignJobIsUnknown() {
    QTemporaryDir dir;
    auto t = newTracker(dir.path());
    t->setCluster(m_url, "epd_not-a-valid-token");
    const QString key = t->submit("sleep", sleepParams(0, "desk-token"), "Token check");
    QTRY_VERIFY_WITH_TIMEOUT(!t->isClusterReachable(), 20000);
    QVERIFY2(t->unreachableReason().contains("token rejected"), qPrintable(t->unreachableReason()));
    QVERIFY(!t->unreachableReason().contains("epd_not-a-valid-token"));
    QCOMPARE(t->job(key)->error, QString("token rejected"));
    QCOMPARE(t->job(key)->status, QString("submitting")); // kept for a corrected token
    // The right token: the waiting submission goes through.
    t->setCluster(m_url, m_alice);
    QTRY_COMPARE_WITH_TIMEOUT(t->job(key)->status, QString("succeeded"), 30000);
    QVERIFY(t->isClusterReachable());
    QVERIFY(t->job(key)->error.isEmpty());

    // Another user's token: the cluster answers 404 for alice's job.
    const QString foreign = t->submit("sleep", sleepParams(60000, "desk-404"), "Foreign");
    QTRY_VERIFY_WITH_TIMEOUT(!t->job(foreign)->jobId.isEmpty(), 20000);
    const QString jobId = t->job(foreign)->jobId;
    t->setCluster(m_url, m_bob);
    QTRY_COMPARE_WITH_TIMEOUT(t->job(foreign)->status, QString("failed"), 20000);
    QCOMPARE(t->job(foreign)->error, QString("the cluster no longer knows this job"));
    QCOMPARE(http(m_server.port, "DELETE", "/v1/jobs/" + jobId.toUtf8(), m_alice).status,
             200); // free the worker
  }

  void unfinishedJobResumesInANewTracker() {
    const QString key = m_tracker->submit("sleep", sleepParams(1500, "desk-resume"), "Survives a restart");
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->job(key)->jobId.isEmpty(), 20000);
    m_tracker.reset(); // app quits while the job is queued or running
    m_tracker = newTracker(stateDir());
    QVERIFY(!m_tracker->job(key)->isFinal());
    m_tracker->setCluster(m_url, m_alice);
    QTRY_COMPARE_WITH_TIMEOUT(status(key), QString("succeeded"), 60000);
    QCOMPARE(m_tracker->result(key)->value("tag").toString(), QString("desk-resume"));
    m_resumeKey = key;
  }

  void restartedAppReopensJobsWithoutCluster() {
    const int count = int(m_tracker->jobs().size());
    QCOMPARE(count, 6);
    m_tracker.reset();
    m_server.stop(); // nothing to ask: everything comes from the state folder
    m_tracker = newTracker(stateDir());
    QVERIFY(!m_tracker->hasCluster());
    const QList<TrackedJob> jobs = m_tracker->jobs();
    QCOMPARE(jobs.size(), count);
    QCOMPARE(jobs.first().key, m_resumeKey); // newest first
    QCOMPARE(jobs.last().key, m_firstKey);
    const TrackedJob first = *m_tracker->job(m_firstKey);
    QCOMPARE(first.status, QString("succeeded"));
    QCOMPARE(first.label, QString("Sleep 1.5 s"));
    QCOMPARE(first.params, sleepParams(1500, "desk-1"));
    QVERIFY(first.durationMs() >= 1400);
    QCOMPARE(*m_tracker->result(m_firstKey), m_firstResult);
    QStringList statuses;
    for (const TrackedJob &j : jobs)
      statuses << j.status;
    QCOMPARE(statuses,
             QStringList({"succeeded", "succeeded", "cancelled", "rejected", "succeeded", "succeeded"}));

    // Without a cluster a submission fails at once, saying why.
    const QString key = m_tracker->submit("sleep", sleepParams(0, "nowhere"), "No cluster");
    QCOMPARE(m_tracker->job(key)->status, QString("failed"));
    QVERIFY2(m_tracker->job(key)->error.contains("cluster"), qPrintable(m_tracker->job(key)->error));

    // Removing forgets the job and its stored result.
    const QString resultPath = m_tracker->resultFile(m_firstKey);
    m_tracker->remove(m_firstKey);
    QVERIFY(!m_tracker->job(m_firstKey));
    QVERIFY(!QFile::exists(resultPath));
    m_tracker->remove(key);
    QCOMPARE(m_tracker->jobs().size(), count - 1);
  }

  void stateFilesHoldNoToken() {
    m_tracker.reset();
    int files = 0;
    QDirIterator it(stateDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
      QFile f(it.next());
      QVERIFY(f.open(QIODevice::ReadOnly));
      const QByteArray data = f.readAll();
      QVERIFY2(!data.contains(m_alice.toUtf8()) && !data.contains("epd_") && !data.contains("Bearer"),
               qPrintable(f.fileName()));
      ++files;
    }
    QVERIFY(files >= 4); // jobs.json + results
    QFile state(QDir(stateDir()).filePath("jobs.json"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(state.readAll()).object().value("jobs").toArray().size(), 5);
  }

  void cleanupTestCase() {
    m_tracker.reset();
    m_worker.stop();
    m_server.stop();
  }
};

QTEST_GUILESS_MAIN(TestClusterJobTracker)
#include "test_cluster_job_tracker.moc"
