// The API on a bad day and against a hostile client, with a real
// epidesk-server process and a real PostgreSQL (the warehouse_pg fixture):
// a frozen database backend (SIGSTOP) holds up neither health nor the
// OpenAPI document; job lists are paginated summaries under a byte cap; text
// jsonb cannot hold is refused with 400 and the request column is jsonb;
// tokens expire and need exactly "Bearer <token>"; a cancel is announced
// with NOTIFY for the worker.
#include "ClusterTestSupport.h"
#include <QJsonArray>
#include <QSet>
#include <csignal>
#include <unistd.h>

using namespace cltest;

namespace {
QJsonObject sleepJob(int ms, const QString &tag) {
  return {{"kind", "sleep"}, {"params", QJsonObject{{"ms", ms}, {"tag", tag}}}};
}
QList<qint64> serverBackends(const QString &db) {
  QList<qint64> pids;
  for (const QString &pid : scalar(db, "SELECT string_agg(pid::text, ',') FROM pg_stat_activity"
                                       " WHERE application_name LIKE 'epidesk-server%'")
                                .split(',', Qt::SkipEmptyParts))
    pids << pid.toLongLong();
  return pids;
}
} // namespace

class TestClusterApiHardening : public QObject {
  Q_OBJECT
  QString m_db, m_alice, m_bob;
  Child m_server;
  quint16 port() const { return m_server.port; }

private slots:
  void initTestCase() {
    m_db = freshDatabase("epidesk_cluster_hardening");
    m_alice = createToken(m_db, "alice", "analyst");
    m_bob = createToken(m_db, "bob", "analyst");
    // No worker: submitted jobs stay queued. The job database doubles as the
    // (empty) warehouse the server reads.
    startServer(m_server, m_db, m_db, 0, {"--db-timeout", "2", "--db-connections", "2"});
  }

  void requestsAreStoredAsJsonbAndUnsafeTextIsRefused() {
    QCOMPARE(scalar(m_db, "SELECT data_type FROM information_schema.columns WHERE table_schema ="
                          " 'epidesk_cluster' AND table_name = 'jobs' AND column_name = 'request'"),
             QString("jsonb"));
    for (const QByteArray &tag : {QByteArray("\\ud800"), QByteArray("x\\udfffy"), QByteArray("\\u0000")}) {
      const Response r = http(port(), "POST", "/v1/jobs", m_alice,
                              "{\"kind\":\"sleep\",\"params\":{\"ms\":1,\"tag\":\"" + tag + "\"}}");
      QCOMPARE(r.status, 400);
      QVERIFY2(r.json().value("error").toString().contains("byte"), r.body.constData());
    }
    // A proper pair is a scalar value and is kept as such.
    const Response ok = http(port(), "POST", "/v1/jobs", m_alice,
                             R"({"kind":"sleep","params":{"ms":1,"tag":"\ud83d\ude00 S\u00e3o"}})");
    QCOMPARE(ok.status, 202);
    // Every JSON query over the table still works.
    QCOMPARE(
        scalar(m_db, "SELECT count(*) FROM epidesk_cluster.jobs WHERE request->'params'->>'tag' LIKE '%São'"),
        QString("1"));
  }

  void aCancelIsAnnouncedToWorkers() {
    const QString id = http(port(), "POST", "/v1/jobs", m_alice, json(sleepJob(60000, "to-cancel")))
                           .json()
                           .value("job_id")
                           .toString();
    QVERIFY(!id.isEmpty());
    pqxx::connection listener(m_db.toStdString());
    {
      pqxx::nontransaction tx(listener);
      tx.exec("LISTEN epidesk_job_cancelled");
    }
    QCOMPARE(http(port(), "DELETE", "/v1/jobs/" + id.toUtf8(), m_alice).status, 200);
    struct Receiver : pqxx::notification_receiver {
      QString payload;
      Receiver(pqxx::connection_base &c) : pqxx::notification_receiver(c, "epidesk_job_cancelled") {}
      void operator()(const std::string &p, int) override { payload = QString::fromStdString(p); }
    } receiver(listener);
    QElapsedTimer t;
    t.start();
    while (receiver.payload.isEmpty() && t.elapsed() < 2000)
      listener.await_notification(0, 100000);
    QCOMPARE(receiver.payload, id);
  }

  void jobListsArePagedSummariesUnderAByteCap() {
    // 60 jobs of ~20 KB parameters each: 1.2 MB of requests.
    const QString big(20000, QLatin1Char('p'));
    QSet<QString> submitted;
    for (int i = 0; i < 60; ++i) {
      const Response r =
          http(port(), "POST", "/v1/jobs", m_bob, json(sleepJob(i + 10, big + QString::number(i))));
      QCOMPARE(r.status, 202);
      submitted.insert(r.json().value("job_id").toString());
    }
    QSet<QString> listed;
    QString cursor;
    int pages = 0;
    do {
      const Response r =
          http(port(), "GET",
               "/v1/jobs?limit=25" + (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor.toUtf8()), m_bob);
      QCOMPARE(r.status, 200);
      QVERIFY2(r.body.size() < 64 * 1024, "a page carried the requests");
      QVERIFY(!r.body.contains("pppppppppp"));
      const QJsonObject page = r.json();
      for (const QJsonValue &j : page.value("jobs").toArray()) {
        QVERIFY(!j.toObject().contains("request"));
        QCOMPARE(j.toObject().value("status").toString(), QString("queued"));
        QVERIFY2(!listed.contains(j.toObject().value("job_id").toString()), "a job on two pages");
        listed.insert(j.toObject().value("job_id").toString());
      }
      cursor = page.value("next_cursor").toString();
      ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(listed, submitted);
    QCOMPARE(http(port(), "GET", "/v1/jobs?cursor=bm90LWEtY3Vyc29y", m_bob).status, 422);
  }

  void tokensExpireAndNeedExactlyBearer() {
    const QString t = createToken(m_db, "carol", "analyst");
    QCOMPARE(http(port(), "GET", "/v1/jobs?limit=1", t).status, 200);
    auto withHeader = [&](const QByteArray &value) {
      return rawRequest(port(),
                        "GET /v1/jobs?limit=1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: " +
                            value + "\r\n\r\n")
          .status;
    };
    QCOMPARE(withHeader("bearer " + t.toUtf8()), 200);
    QCOMPARE(withHeader("Bearer  " + t.toUtf8()), 401);
    QCOMPARE(withHeader("Bearer " + t.toUtf8() + "x"), 401);
    QCOMPARE(withHeader("Basic " + t.toUtf8()), 401);
    // A token with 2 s left is accepted, then refused, also where it was cached.
    const QString soon = createToken(m_db, "dave", "analyst");
    scalar(m_db, "UPDATE epidesk_cluster.tokens SET expires_at = clock_timestamp() + interval '2 seconds'"
                 " WHERE user_name = 'dave' RETURNING 1");
    QCOMPARE(http(port(), "GET", "/v1/jobs?limit=1", soon).status, 200);
    QTest::qWait(2300);
    QCOMPARE(http(port(), "GET", "/v1/jobs?limit=1", soon).status, 401);
    QVERIFY(scalar(m_db, "SELECT count(*) FROM epidesk_cluster.tokens WHERE expires_at IS NULL") == "0");
  }

  void aFrozenDatabaseHoldsUpNeitherHealthNorTheDocument() {
    if (geteuid() != 0)
      QSKIP("needs root to stop the PostgreSQL backends (user postgres) with SIGSTOP");
    QCOMPARE(http(port(), "GET", "/v1/jobs?limit=1", m_alice).status, 200);
    // Every connection of the server: the monitor's and both pool threads'
    // (a pool thread reconnects by itself within a second when idle; a loaded
    // CI machine may take longer).
    QTRY_VERIFY_WITH_TIMEOUT(serverBackends(m_db).size() >= 3, 30000);
    const QList<qint64> backends = serverBackends(m_db);
    for (qint64 pid : backends)
      QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    auto resume = qScopeGuard([&] {
      for (qint64 pid : backends)
        ::kill(pid_t(pid), SIGCONT);
    });
    // A database request waits at most the server's --db-timeout (2 s), then 503.
    QElapsedTimer t;
    t.start();
    const Response stuck = http(port(), "GET", "/v1/jobs?limit=1", m_bob);
    const qint64 stuckMs = t.elapsed();
    QCOMPARE(stuck.status, 503);
    QVERIFY2(stuckMs < 4000, qPrintable(QString::number(stuckMs)));
    // Meanwhile health and the document answer at once; health soon says the
    // database is down (its last check is stuck), from memory.
    t.restart();
    const Response doc = http(port(), "GET", "/openapi.json");
    QCOMPARE(doc.status, 200);
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    Response health;
    QElapsedTimer waited;
    waited.start();
    do {
      t.restart();
      health = http(port(), "GET", "/v1/health");
      QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
      if (health.status != 503)
        QTest::qWait(100);
    } while (health.status != 503 && waited.elapsed() < 5000);
    QCOMPARE(health.status, 503);
    QCOMPARE(health.json().value("database").toString(), QString("unreachable"));
    QCOMPARE(http(port(), "GET", "/metrics").status, 200);
    resume.dismiss();
    for (qint64 pid : backends)
      ::kill(pid_t(pid), SIGCONT);
    // Back: health recovers by itself and requests are served again.
    QTRY_COMPARE_WITH_TIMEOUT(http(port(), "GET", "/v1/health").status, 200, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(http(port(), "GET", "/v1/jobs?limit=1", m_alice).status, 200, 10000);
  }

  void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestClusterApiHardening)
#include "test_cluster_api_hardening.moc"
