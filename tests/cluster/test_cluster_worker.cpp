// The worker's job isolation with real epidesk-server / epidesk-worker
// processes and PostgreSQL: a request never makes the worker write a file,
// a crashing or memory-hungry job costs only itself, jobs have a time limit,
// a database outage costs no attempt, and a cancelled job's process is gone
// within a second.
#include "CliRun.h"
#include "ClusterTestSupport.h"
#include "DataSourceRegistry.h"
#include "DataVersion.h"
#include "RelocationTypes.h"
#include "TcpProxy.h"
#include <QDir>
#include <QTemporaryDir>
#include <QUuid>
#include <cmath>
#include <csignal>

using namespace cltest;

namespace {
// Two districts, one hospital in B (as in test_job_request).
QJsonObject relocationParams(const QString &writeModel) {
  epidesk::RelocationScenario s;
  s.name = QStringLiteral("two-districts");
  s.months = 1;
  s.districts.push_back({"A", "A", std::nan(""), std::nan("")});
  s.districts.push_back({"B", "B", std::nan(""), std::nan("")});
  s.groups.push_back({"G", "G", 1.0, 5.0, 1});
  s.facilities.push_back({"H", "B", "H", 0, 0});
  s.demand.push_back({"A", "G", 1, 4});
  s.capacity.push_back({"H", "G", 1, 10, 0});
  s.travel = {{"A", "A", 0}, {"B", "B", 0}, {"A", "B", 1}, {"B", "A", 1}};
  epidesk::SolverSettings settings;
  settings.writeModelPath = writeModel;
  return {{"scenario", s.toJson()}, {"settings", settings.toJson()}};
}

QJsonObject sleepJob(int ms, const QString &tag) {
  return {{"kind", "sleep"}, {"params", QJsonObject{{"ms", ms}, {"tag", tag}}}};
}

// Processes whose parent is pid (from /proc).
QList<qint64> childrenOf(qint64 pid) {
  QList<qint64> out;
  for (const QString &entry : QDir("/proc").entryList(QDir::Dirs)) {
    bool ok = false;
    const qint64 child = entry.toLongLong(&ok);
    if (!ok)
      continue;
    QFile stat("/proc/" + entry + "/stat");
    if (!stat.open(QIODevice::ReadOnly))
      continue;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.value(1).toLongLong() == pid)
      out << child;
  }
  return out;
}

QByteArray contents(const QString &path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestClusterWorker : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store, m_db, m_alice;
  Child m_server;
  int m_workerSerial = 0;

  quint16 port() const { return m_server.port; }
  QString nextWorkerId() { return QStringLiteral("w%1").arg(++m_workerSerial); }
  // POST /v1/jobs; 202 expected: the job's id.
  QString submit(const QJsonObject &body) {
    const Response r = http(port(), "POST", "/v1/jobs", m_alice, json(body));
    if (r.status != 202)
      qWarning("POST %s -> %d %s", json(body).left(300).constData(), r.status, r.body.constData());
    return r.status == 202 ? r.json().value("job_id").toString() : QString();
  }
  // A job row written straight into the database: what a worker must survive
  // even when the server refuses the request.
  QString insertJob(const QJsonObject &request) {
    QString error;
    const auto source = epidesk::openDataSource(m_store, &error);
    if (!source)
      qFatal("%s", qPrintable(error));
    pqxx::connection c(m_db.toStdString());
    pqxx::nontransaction tx(c);
    const pqxx::result r = tx.exec_params(
        "INSERT INTO epidesk_cluster.jobs (owner, kind, request, cache_key, data_version)"
        " VALUES ('alice', $1, $2::json, $3, $4) RETURNING id::text",
        request.value("kind").toString().toStdString(), json(request).toStdString(),
        QUuid::createUuid().toString().toStdString(), epidesk::dataVersion(*source).toStdString());
    return QString::fromStdString(r[0][0].as<std::string>());
  }
  QJsonObject finished(const QString &id, int timeoutMs = 60000) {
    return waitFor(port(), m_alice, id, isFinal, timeoutMs);
  }
  QString resultCount(const QString &id) {
    return scalar(m_db,
                  "SELECT count(*) FROM epidesk_cluster.results WHERE job_id = '" + id.toStdString() + "'");
  }
  // The worker is up and takes the next job.
  void stillServes(const Child &worker, const QString &tag) {
    QCOMPARE(worker.p->state(), QProcess::Running);
    const QString next = submit(sleepJob(0, tag));
    QCOMPARE(finished(next, 30000).value("status").toString(), QString("succeeded"));
    QCOMPARE(worker.p->state(), QProcess::Running);
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = epidesk::test::createDemoStore(m_dir.path(), 5, &error);
    QVERIFY2(!m_store.isEmpty(), qPrintable(error));
    m_db = freshDatabase("epidesk_cluster_worker");
    m_alice = createToken(m_db, "alice", "analyst");
    startServer(m_server, m_db, m_store);
    // Workers start here: a relative path in a request would land in m_dir.
    QVERIFY(QDir(m_dir.path()).mkpath("cwd"));
    QVERIFY(QDir::setCurrent(m_dir.filePath("cwd")));
  }

  // settings.write_model is ignored on the worker: no file appears, a link's
  // target is unchanged, a missing folder does not end the worker.
  void requestsNeverWriteFiles() {
    Child worker;
    startWorker(worker, m_db, m_store, nextWorkerId(), 2);
    const QString victim = m_dir.filePath("victim.txt");
    QFile f(victim);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me\n");
    f.close();
    const QString link = m_dir.filePath("link.mps");
    QVERIFY(QFile::link(victim, link));
    const QStringList targets{"../x.mps", link, m_dir.filePath("no/such/folder/m.mps")};
    for (const QString &target : targets) {
      const QJsonObject request{{"kind", "relocation"}, {"params", relocationParams(target)}};
      QString id = submit(request);
      if (id.isEmpty()) // refused at submission (422): the worker must be safe on its own too
        id = insertJob(request);
      const QJsonObject job = finished(id);
      QVERIFY2(job.value("status").toString() == "succeeded" || job.value("status").toString() == "failed",
               qPrintable(json(job)));
      QCOMPARE(job.value("attempts").toInt(), 1);
    }
    QCOMPARE(contents(victim), QByteArray("keep me\n"));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(!QFileInfo::exists(m_dir.filePath("x.mps")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath("no")));
    QCOMPARE(QDir(m_dir.filePath("cwd")).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
    stillServes(worker, "after-write-model");
  }

  // A job whose process aborts is retried, then fails naming the signal; the
  // worker survives and completes other jobs meanwhile.
  void crashingJobFailsAfterMaxAttempts() {
    Child worker;
    startWorker(worker, m_db, m_store, nextWorkerId(), 2, 3);
    const qint64 pid = worker.pid();
    const QString crash = submit({{"kind", "crash"}, {"params", QJsonObject{{"tag", "poison"}}}});
    QVERIFY(!crash.isEmpty());
    QStringList others;
    for (int i = 0; i < 3; ++i)
      others << submit(sleepJob(100, QStringLiteral("beside-poison-%1").arg(i)));
    const QJsonObject job = finished(crash);
    QCOMPARE(job.value("status").toString(), QString("failed"));
    QCOMPARE(job.value("attempts").toInt(), 3);
    const QString error = job.value("error").toString();
    QVERIFY2(error.contains("signal 6 (SIGABRT)") && error.contains("3 attempts"), qPrintable(error));
    for (const QString &id : others)
      QCOMPARE(finished(id).value("status").toString(), QString("succeeded"));
    QCOMPARE(worker.pid(), pid);
    stillServes(worker, "after-poison");
  }

  // Above the memory limit a job fails with that reason (no retry), as does a
  // result too large; over time it is stopped.
  void memoryAndTimeLimits() {
    Child worker;
    startWorker(worker, m_db, m_store, nextWorkerId(), 2, 3,
                {"--job-memory-mb", "512", "--job-timeout", "3", "--job-result-mb", "1"});
    const QString hog = submit({{"kind", "alloc"}, {"params", QJsonObject{{"mb", 1024}}}});
    // Prophet-style intervals with a million samples: 800 MB per series.
    const QJsonObject bayes{
        {"kind", "forecast"},
        {"params", QJsonObject{{"model", "bayes"},
                               {"horizon", 100},
                               {"options", QJsonObject{{"samples", 1000000}}},
                               {"series", QJsonObject{{"ingredient_contains", "azitromicina"},
                                                      {"level", "region"},
                                                      {"period", "month"}}}}}};
    QString bayesId = submit(bayes);
    if (bayesId.isEmpty()) // bounded at submission: the worker must cope on its own
      bayesId = insertJob(bayes);
    for (const QString &id : {hog, bayesId}) {
      const QJsonObject job = finished(id);
      QCOMPARE(job.value("status").toString(), QString("failed"));
      QCOMPARE(job.value("attempts").toInt(), 1);
      QVERIFY2(job.value("error").toString().contains("exceeded the job memory limit of 512 MB"),
               qPrintable(job.value("error").toString()));
    }
    // A result above --job-result-mb (the server takes at most 1 MiB bodies, so straight into the table).
    const QString big = insertJob(sleepJob(0, QString(1536 * 1024, QLatin1Char('x'))));
    QJsonObject job = finished(big);
    QCOMPARE(job.value("status").toString(), QString("failed"));
    QVERIFY2(job.value("error").toString().contains("exceeded the limit of 1 MiB"),
             qPrintable(job.value("error").toString()));
    const QString modest = submit({{"kind", "alloc"}, {"params", QJsonObject{{"mb", 64}}}});
    QCOMPARE(finished(modest).value("status").toString(), QString("succeeded"));

    QElapsedTimer clock;
    clock.start();
    const QString slow = submit(sleepJob(60000, "too-slow"));
    job = finished(slow);
    QCOMPARE(job.value("status").toString(), QString("failed"));
    QVERIFY2(job.value("error").toString().contains("exceeded the job time limit of 3 s"),
             qPrintable(job.value("error").toString()));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(job.value("attempts").toInt(), 1);
    stillServes(worker, "after-limits");
  }

  // PostgreSQL away (longer than the lease) while a job runs and when it
  // finishes: the same worker stores the result once, on attempt 1; twice.
  void outageCostsNoAttempt() {
    TcpProxy proxy(quint16(QUrl(m_db).port()));
    QUrl viaProxy(m_db);
    viaProxy.setPort(proxy.port());
    Child worker;
    startWorker(worker, viaProxy.toString(), m_store, nextWorkerId(), 2);
    const QString id = submit(sleepJob(6000, "outage"));
    QJsonObject job = waitFor(port(), m_alice, id, [](const QJsonObject &j) {
      return j.value("status").toString() == "running" && j.value("progress").toDouble() > 0;
    });
    QCOMPARE(job.value("status").toString(), QString("running"));
    QElapsedTimer clock;
    clock.start();
    proxy.cut(); // mid-computation
    QTest::qWait(3000);
    QVERIFY(proxy.restore());
    QTest::qWait(1000);
    proxy.cut(); // the job finishes during this one
    QTest::qWait(4000);
    QVERIFY(proxy.restore());
    const qint64 restored = clock.elapsed();
    job = finished(id, 60000);
    qInfo("result stored %lld ms after the second outage ended", clock.elapsed() - restored);
    QCOMPARE(job.value("status").toString(), QString("succeeded"));
    QCOMPARE(job.value("attempts").toInt(), 1);
    QCOMPARE(job.value("result").toObject().value("tag").toString(), QString("outage"));
    QCOMPARE(resultCount(id), QString("1"));
    stillServes(worker, "after-outage");
  }

  // Cancelled through the API, the job's process is gone within a second (the
  // lease of 30 s means the heartbeat alone would take 10 s).
  void cancelStopsTheJobWithinASecond() {
    Child worker;
    startWorker(worker, m_db, m_store, nextWorkerId(), 30);
    const QString id = submit(sleepJob(60000, "cancel-me"));
    QTRY_COMPARE_WITH_TIMEOUT(childrenOf(worker.pid()).size(), 1, 30000);
    const QList<qint64> children = childrenOf(worker.pid());
    QTest::qWait(300); // running, past its start
    QCOMPARE(http(port(), "GET", "/v1/jobs/" + id.toUtf8(), m_alice).json().value("status").toString(),
             QString("running"));
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(http(port(), "DELETE", "/v1/jobs/" + id.toUtf8(), m_alice).json().value("status").toString(),
             QString("cancelled"));
    while (QFileInfo::exists(QStringLiteral("/proc/%1").arg(children.first())) && clock.elapsed() < 5000)
      QTest::qWait(10);
    const qint64 gone = clock.elapsed();
    qInfo("the cancelled job's process was gone %lld ms after DELETE", gone);
    QVERIFY2(gone < 1000, qPrintable(QString::number(gone)));
    QCOMPARE(finished(id).value("status").toString(), QString("cancelled"));
    QCOMPARE(resultCount(id), QString("0"));
    stillServes(worker, "after-cancel");
  }

  void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestClusterWorker)
#include "test_cluster_worker.moc"
