// Token administration end to end: `epidesk-server token list/revoke` against
// real server processes on loopback and the warehouse_pg fixture. A revoked
// token must get 401 on the very next request, also on a server that had
// just verified (and cached) it.
#include "ClusterDb.h"
#include "ClusterTestSupport.h"
#include <QJsonArray>

using namespace cltest;

namespace {
using Run = epidesk::test::CliRun;
Run server(const QStringList &args) {
  return runServer(args);
}
} // namespace

class TestClusterTokens : public QObject {
  Q_OBJECT
  QString m_db;
  Child m_a, m_b; // two replicas of the API on the same database

  QString create(const QString &user, const QString &role) {
    const Run r = server({"token", "create", "--db", m_db, "--user", user, "--role", role});
    const QString token = QString::fromUtf8(r.out.trimmed());
    if (r.exitCode != 0 || !token.startsWith("epd_"))
      qFatal("token create failed: %s", r.err.constData());
    return token;
  }
  QJsonArray list() {
    const Run r = server({"token", "list", "--db", m_db});
    if (r.exitCode != 0)
      qWarning("token list: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object().value("tokens").toArray();
  }
  QJsonObject entry(const QString &user, int nth = 0) {
    for (const QJsonValue &v : list())
      if (v.toObject().value("user").toString() == user && nth-- == 0)
        return v.toObject();
    return {};
  }
  int get(const Child &c, const QString &token) {
    return http(c.port, "GET", "/v1/jobs?limit=1", token).status;
  }

private slots:
  void initTestCase() {
    m_db = freshDatabase("epidesk_cluster_tokens");
    QCOMPARE(server({"migrate", "--db", m_db}).exitCode, 0);
    // The job database doubles as the (empty) warehouse the servers read.
    startServer(m_a, m_db, m_db);
    startServer(m_b, m_db, m_db);
  }

  void listShowsTokensButNeverSecrets() {
    const QString t1 = create("alice", "analyst");
    const QString t2 = create("root", "admin");
    const Run r = server({"token", "list", "--db", m_db});
    QCOMPARE(r.exitCode, 0);
    for (const QString &secret : {t1, t2, scalar(m_db, "SELECT min(token_hash) FROM epidesk_cluster.tokens"),
                                  scalar(m_db, "SELECT max(token_hash) FROM epidesk_cluster.tokens")})
      QVERIFY2(!r.out.contains(secret.toUtf8()) && !r.out.contains(secret.left(16).toUtf8()),
               "token list printed a secret");
    const QJsonObject alice = entry("alice"), root = entry("root");
    QVERIFY(alice.value("id").toInteger() > 0);
    QVERIFY(alice.value("id") != root.value("id"));
    QCOMPARE(alice.value("role").toString(), QString("analyst"));
    QCOMPARE(root.value("role").toString(), QString("admin"));
    QVERIFY(QDateTime::fromString(alice.value("created_at").toString(), Qt::ISODate).isValid());
    QVERIFY(alice.value("last_used_at").isNull());
    QVERIFY(alice.value("revoked_at").isNull());

    QCOMPARE(get(m_a, t1), 200);
    QVERIFY(QDateTime::fromString(entry("alice").value("last_used_at").toString(), Qt::ISODate).isValid());
    QVERIFY(entry("root").value("last_used_at").isNull());
  }

  void revokedIdGets401OnTheNextRequestOnEveryServer() {
    const QString keep = create("carol", "analyst");
    const QString gone = create("carol", "analyst");
    // Both servers verify (and cache) both tokens first.
    for (const Child *c : {&m_a, &m_b})
      for (const QString &t : {keep, gone})
        QCOMPARE(get(*c, t), 200);
    const qint64 goneId = entry("carol", 1).value("id").toInteger(); // listed by id: created second
    QVERIFY(goneId > entry("carol", 0).value("id").toInteger());
    const Run r = server({"token", "revoke", "--db", m_db, "--id", QString::number(goneId)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("revoked").toInt(), 1);
    for (const Child *c : {&m_a, &m_b}) {
      QCOMPARE(get(*c, gone), 401);
      QCOMPARE(get(*c, keep), 200);
    }
    QVERIFY(!entry("carol", 1).value("revoked_at").isNull());
    QVERIFY(entry("carol", 0).value("revoked_at").isNull());
    // Revoking it again matches nothing: exit 1.
    QCOMPARE(server({"token", "revoke", "--db", m_db, "--id", QString::number(goneId)}).exitCode, 1);
  }

  void revokeByUserRevokesAllOfTheirTokens() {
    const QString d1 = create("dave", "analyst");
    const QString d2 = create("dave", "admin");
    const QString other = create("erin", "analyst");
    for (const QString &t : {d1, d2, other})
      QCOMPARE(get(m_a, t), 200);
    const Run r = server({"token", "revoke", "--db", m_db, "--user", "dave"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value("revoked").toInt(), 2);
    QCOMPARE(get(m_a, d1), 401);
    QCOMPARE(get(m_a, d2), 401);
    QCOMPARE(get(m_b, d2), 401);
    QCOMPARE(get(m_a, other), 200);
  }

  void revokeNeedsExactlyOneSelector() {
    QCOMPARE(server({"token", "revoke", "--db", m_db}).exitCode, 2);
    QCOMPARE(server({"token", "revoke", "--db", m_db, "--id", "1", "--user", "x"}).exitCode, 2);
    QCOMPARE(server({"token", "revoke", "--db", m_db, "--id", "abc"}).exitCode, 2);
    QCOMPARE(server({"token", "frobnicate", "--db", m_db}).exitCode, 2);
    QCOMPARE(server({"token", "revoke", "--db", m_db, "--user", "nobody"}).exitCode, 1);
  }

  void serverSurvivesDatabaseReconnect() {
    // Kill the servers' database sessions: the LISTEN is gone with them. The
    // next request reconnects, listens again and still honours revocation.
    const QString t = create("frank", "analyst");
    QCOMPARE(get(m_a, t), 200);
    scalar(m_db, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                 " WHERE application_name LIKE 'epidesk-server%' AND pid <> pg_backend_pid()");
    int status = 0;
    for (int i = 0; i < 3 && status != 200; ++i) // the first may see the dropped connection (503)
      status = get(m_a, t);
    QCOMPARE(status, 200);
    QCOMPARE(server({"token", "revoke", "--db", m_db, "--user", "frank"}).exitCode, 0);
    // Right after reconnecting, the revocation's NOTIFY may reach the new
    // session a moment after the revoke command returns: wait for it (bounded).
    QTRY_COMPARE_WITH_TIMEOUT(get(m_a, t), 401, 3000);
  }

  void upgradesAVersion1Database() {
    // A database made by the previous release: no id / last_used_at columns.
    const QString old = freshDatabase("epidesk_cluster_tokens_v1");
    QCOMPARE(server({"migrate", "--db", old}).exitCode, 0);
    scalar(
        old,
        "ALTER TABLE epidesk_cluster.tokens DROP COLUMN id, DROP COLUMN last_used_at, DROP COLUMN expires_at;"
        "ALTER TABLE epidesk_cluster.jobs ALTER COLUMN request TYPE json;"
        "DROP INDEX epidesk_cluster.tokens_user;"
        "DROP TABLE epidesk_cluster.schedule_runs;"
        "DROP TABLE epidesk_cluster.schedules;"
        "DROP TABLE epidesk_cluster.artifacts;"
        "DELETE FROM epidesk_cluster.schema_migrations WHERE version > 1;"
        "INSERT INTO epidesk_cluster.tokens (token_hash, user_name, role) VALUES ('h1', 'old', 'admin')");
    const Run m = server({"migrate", "--db", old});
    QVERIFY2(m.exitCode == 0, m.err.constData());
    QVERIFY(m.out.contains("\"schema_version\":" + QByteArray::number(epidesk::ClusterDb::schemaVersion)));
    QCOMPARE(scalar(old, "SELECT to_regclass('epidesk_cluster.artifacts') IS NOT NULL"), QString("t"));
    QCOMPARE(scalar(old, "SELECT to_regclass('epidesk_cluster.schedule_runs') IS NOT NULL"), QString("t"));
    const Run l = server({"token", "list", "--db", old});
    const QJsonArray tokens = QJsonDocument::fromJson(l.out).object().value("tokens").toArray();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens[0].toObject().value("user").toString(), QString("old"));
    QVERIFY(tokens[0].toObject().value("id").toInteger() > 0);
    // Schema 3: tokens made before expiry existed expire 90 days after creation.
    QVERIFY(!tokens[0].toObject().value("expires_at").toString().isEmpty());
    QCOMPARE(scalar(old, "SELECT (expires_at - created_at) = interval '90 days' FROM epidesk_cluster.tokens"),
             QString("t"));
  }

  void cleanupTestCase() {
    m_a.stop();
    m_b.stop();
  }
};

QTEST_GUILESS_MAIN(TestClusterTokens)
#include "test_cluster_tokens.moc"
