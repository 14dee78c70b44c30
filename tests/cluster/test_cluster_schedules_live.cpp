// Schedules on the real clock with two epidesk-server replicas on one
// database and a worker: an every-minute trends schedule succeeds and shows
// in its history within two minutes of its creation, a paused one makes no
// run, and every due time makes exactly one run and one job, also after the
// scheduler's leader is killed and the other replica takes over.
#include "ClusterTestSupport.h"
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

using namespace cltest;

class TestClusterSchedulesLive : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store, m_db, m_alice;
  Child m_servers[2], m_worker;

  static bool leads(quint16 port) {
    return http(port, "GET", "/metrics").body.contains("epidesk_scheduler_leader 1");
  }
  QJsonArray runs(quint16 port, const QString &id) {
    return http(port, "GET", "/v1/schedules/" + id.toUtf8() + "/runs", m_alice)
        .json()
        .value("runs")
        .toArray();
  }
  int succeededRuns(quint16 port, const QString &id) {
    int n = 0;
    for (const QJsonValue &r : runs(port, id))
      n += r.toObject().value("status").toString() == "succeeded" ||
           r.toObject().value("status").toString() == "unchanged";
    return n;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = epidesk::test::createDemoStore(m_dir.path(), 3, &error);
    QVERIFY2(!m_store.isEmpty(), qPrintable(error));
    m_db = freshDatabase("epidesk_cluster_schedules_live");
    m_alice = createToken(m_db, "alice", "analyst");
    for (Child &s : m_servers)
      startServer(s, m_db, m_store);
    startWorker(m_worker, m_db, m_store, "w1", 5);
  }

  void everyMinuteExactlyOnceAcrossReplicas() {
    QElapsedTimer clock;
    clock.start();
    // Created through either replica; they share the database.
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
      const QJsonObject body{
          {"kind", "trends"},
          {"params", QJsonObject{{"ingredient_contains", i == 0 ? "azitromicina" : "amoxicilina"},
                                 {"level", i < 2 ? "uf" : "region"},
                                 {"period", i % 2 ? "month" : "year"}}},
          {"cron", "* * * * *"},
          {"timezone", "America/Sao_Paulo"},
          {"force", i == 3}};
      const Response r = http(m_servers[i % 2].port, "POST", "/v1/schedules", m_alice, json(body));
      QVERIFY2(r.status == 201, r.body.constData());
      ids << r.json().value("schedule_id").toString();
    }
    const Response paused =
        http(m_servers[0].port, "POST", "/v1/schedules", m_alice,
             json({{"kind", "trends"},
                   {"params", QJsonObject{{"ingredient_contains", "azitromicina"}, {"level", "uf"}}},
                   {"cron", "* * * * *"},
                   {"timezone", "UTC"}}));
    const QString pausedId = paused.json().value("schedule_id").toString();
    QCOMPARE(
        http(m_servers[1].port, "POST", "/v1/schedules/" + pausedId.toUtf8() + "/pause", m_alice, "").status,
        200);

    // Exactly one replica leads.
    QTRY_VERIFY_WITH_TIMEOUT(leads(m_servers[0].port) != leads(m_servers[1].port), 10000);
    const int leader = leads(m_servers[0].port) ? 0 : 1;

    // Within two minutes of creation: a succeeded run in the history.
    QTRY_VERIFY_WITH_TIMEOUT(succeededRuns(m_servers[1 - leader].port, ids[0]) >= 1, 120000);
    QVERIFY(clock.elapsed() < 120000);
    const QJsonObject first = runs(m_servers[0].port, ids[0]).last().toObject();
    QCOMPARE(first.value("trigger").toString(), QString("cron"));
    const QDateTime due = QDateTime::fromString(first.value("due_at").toString(), Qt::ISODateWithMs);
    QCOMPARE(due.time().second(), 0);
    QCOMPARE(due.time().msec(), 0);

    // The leader dies; the other replica takes over the next due times.
    const QDateTime killedAt = QDateTime::currentDateTimeUtc();
    m_servers[leader].stop();
    QTRY_VERIFY_WITH_TIMEOUT(leads(m_servers[1 - leader].port), 10000);
    const quint16 survivor = m_servers[1 - leader].port;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
          for (const QJsonValue &r : runs(survivor, ids[3])) {
            const QJsonObject o = r.toObject();
            if (QDateTime::fromString(o.value("due_at").toString(), Qt::ISODateWithMs) > killedAt &&
                o.value("status").toString() == "succeeded")
              return true;
          }
          return false;
        }(),
        100000);

    // Every due time: one run, and every job belongs to one run.
    for (const QString &id : ids) {
      const std::string where = "WHERE schedule_id = '" + id.toStdString() + "'";
      const int runCount =
          scalar(m_db, "SELECT count(*) FROM epidesk_cluster.schedule_runs " + where).toInt();
      QVERIFY2(runCount >= 2, qPrintable(id));
      QCOMPARE(
          scalar(m_db, "SELECT count(DISTINCT due_at) FROM epidesk_cluster.schedule_runs " + where).toInt(),
          runCount);
      QCOMPARE(scalar(m_db, "SELECT count(*) FROM epidesk_cluster.schedule_runs " + where +
                                " AND (extract(second FROM due_at) <> 0 OR trigger <> 'cron')")
                   .toInt(),
               0);
      QCOMPARE(scalar(m_db, "SELECT count(*) FROM epidesk_cluster.schedule_runs " + where +
                                " AND status IN ('missed', 'skipped', 'failed')")
                   .toInt(),
               0);
    }
    // force: a new job per due time, none shared.
    const std::string forced = "WHERE schedule_id = '" + ids[3].toStdString() + "'";
    QCOMPARE(scalar(m_db, "SELECT count(DISTINCT job_id) FROM epidesk_cluster.schedule_runs " + forced),
             scalar(m_db, "SELECT count(*) FROM epidesk_cluster.schedule_runs " + forced));
    // Unforced schedules with unchanged data ran once, then were unchanged.
    QCOMPARE(scalar(m_db,
                    "SELECT count(DISTINCT job_id) FROM epidesk_cluster.schedule_runs WHERE schedule_id = '" +
                        ids[0].toStdString() + "'"),
             QString("1"));
    // The paused schedule never ran.
    QCOMPARE(runs(survivor, pausedId).size(), 0);
    const QByteArray metrics = http(survivor, "GET", "/metrics").body;
    QVERIFY(metrics.contains("epidesk_schedules{state=\"active\"} 4"));
    QVERIFY(metrics.contains("epidesk_schedules{state=\"paused\"} 1"));
  }
};

QTEST_GUILESS_MAIN(TestClusterSchedulesLive)
#include "test_cluster_schedules_live.moc"
