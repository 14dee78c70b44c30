#pragma once
// Helpers for the cluster tests: the fixture's PostgreSQL, a raw HTTP/1.1
// client (so malformed requests can be sent as-is) and the server/worker
// processes.
#include "CliRun.h"
#include "PgTestDatabase.h"
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QUrl>
#include <QtTest>
#include <pqxx/pqxx>

namespace cltest {

inline QString fixtureUri() {
  QFile f(QStringLiteral(CLUSTER_PG_URI_FILE));
  if (!f.open(QIODevice::ReadOnly))
    qFatal("no PostgreSQL fixture: %s missing (run through ctest)", CLUSTER_PG_URI_FILE);
  return QString::fromUtf8(f.readAll().trimmed());
}

inline QString freshDatabase(const QString &name) {
  return epidesk::test::freshDatabase(fixtureUri(), name);
}

inline QString scalar(const QString &uri, const std::string &sql) {
  pqxx::connection c(uri.toStdString());
  pqxx::nontransaction tx(c);
  const pqxx::result r = tx.exec(sql);
  return r.empty() || r[0][0].is_null() ? QString() : QString::fromStdString(r[0][0].as<std::string>());
}

struct Response {
  int status = 0;
  QByteArray head;
  QByteArray body;
  QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Sends raw bytes, reads until the server closes (requests say Connection: close).
inline Response rawRequest(quint16 port, const QByteArray &bytes, int timeoutMs = 20000) {
  QTcpSocket s;
  s.connectToHost(QStringLiteral("127.0.0.1"), port);
  if (!s.waitForConnected(5000))
    return {};
  s.write(bytes);
  QByteArray in;
  QElapsedTimer t;
  t.start();
  while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < timeoutMs) {
    s.waitForBytesWritten(100);
    if (s.waitForReadyRead(100))
      in += s.readAll();
  }
  in += s.readAll();
  Response r;
  const qsizetype end = in.indexOf("\r\n\r\n");
  if (end < 0)
    return r;
  r.head = in.left(end);
  r.body = in.mid(end + 4);
  r.status = r.head.split(' ').value(1).toInt();
  return r;
}

inline Response http(quint16 port, const QByteArray &method, const QByteArray &path,
                     const QString &token = QString(), const QByteArray &body = QByteArray()) {
  QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  if (!token.isEmpty())
    req += "Authorization: Bearer " + token.toUtf8() + "\r\n";
  if (!body.isNull())
    req += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
  req += "\r\n" + body;
  return rawRequest(port, req);
}

inline QByteArray json(const QJsonObject &o) {
  return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QProcessEnvironment environment() {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("EPIDESK_LANG", "en");
  env.insert("EPIDESK_CLUSTER_TEST_KINDS", "1"); // the "sleep" kind
  return env;
}

// A child process that is killed (SIGKILL) when the handle goes away.
struct Child {
  std::unique_ptr<QProcess> p;
  quint16 port = 0;
  ~Child() { stop(); }
  void stop() {
    if (p && p->state() != QProcess::NotRunning) {
      p->kill();
      p->waitForFinished(5000);
    }
  }
  qint64 pid() const { return p ? p->processId() : 0; }
};

// epidesk-server on 127.0.0.1:port (0 = any free port; a fixed one restarts
// a server behind the same address). Spins the event loop while it starts,
// so widgets under test keep polling meanwhile.
inline void startServer(Child &c, const QString &db, const QString &data, quint16 port = 0,
                        const QStringList &extraArgs = {}) {
  c.p = std::make_unique<QProcess>();
  c.p->setProcessEnvironment(environment());
  c.p->setProcessChannelMode(QProcess::SeparateChannels);
  c.p->start(QStringLiteral(EPIDESK_SERVER),
             QStringList{"--db", db, "--data", data, "--listen", QStringLiteral("127.0.0.1:%1").arg(port)} +
                 extraArgs);
  QVERIFY2(c.p->waitForStarted(), "epidesk-server did not start");
  QElapsedTimer t;
  t.start();
  QByteArray out;
  while (!out.contains('\n') && t.elapsed() < 60000 && c.p->state() == QProcess::Running) {
    QTest::qWait(50);
    out += c.p->readAllStandardOutput();
  }
  const QByteArray line = out.left(out.indexOf('\n'));
  QVERIFY2(line.startsWith("listening on http://127.0.0.1:"),
           qPrintable(QString::fromUtf8(out + c.p->readAllStandardError())));
  c.port = quint16(line.mid(30).split(' ').value(0).toUInt());
  QVERIFY(c.port > 0);
}

// One administrative run of epidesk-server (migrate, token ...).
inline epidesk::test::CliRun runServer(const QStringList &args) {
  return epidesk::test::runProgram(QStringLiteral(EPIDESK_SERVER), args, environment(), 60000);
}

// `epidesk-server token create`: the new bearer token.
inline QString createToken(const QString &db, const QString &user, const QString &role) {
  const epidesk::test::CliRun run =
      runServer({"token", "create", "--db", db, "--user", user, "--role", role});
  const QString token = QString::fromUtf8(run.out.trimmed());
  if (run.exitCode != 0 || !token.startsWith("epd_"))
    qFatal("token create failed: %s", run.err.constData());
  return token;
}

inline void startWorker(Child &c, const QString &db, const QString &data, const QString &id, int leaseSeconds,
                        int maxAttempts = 3, const QStringList &moreArgs = {}) {
  c.p = std::make_unique<QProcess>();
  c.p->setProcessEnvironment(environment());
  c.p->setProcessChannelMode(QProcess::ForwardedErrorChannel); // worker logs go to the test log
  c.p->start(QStringLiteral(EPIDESK_WORKER),
             QStringList{"--db", db, "--data", data, "--id", id, "--lease", QString::number(leaseSeconds),
                         "--max-attempts", QString::number(maxAttempts), "--poll-ms", "50"} +
                 moreArgs);
  QVERIFY2(c.p->waitForStarted(), "epidesk-worker did not start");
}

// Polls GET /v1/jobs/{id} until pred(job) or timeout; returns the last answer.
template <typename Pred>
QJsonObject waitFor(quint16 port, const QString &token, const QString &id, Pred pred, int timeoutMs = 60000) {
  QElapsedTimer t;
  t.start();
  QJsonObject job;
  while (t.elapsed() < timeoutMs) {
    job = http(port, "GET", "/v1/jobs/" + id.toUtf8(), token).json();
    if (pred(job))
      return job;
    QTest::qWait(50);
  }
  return job;
}

inline bool isFinal(const QJsonObject &job) {
  const QString s = job.value("status").toString();
  return s == "succeeded" || s == "failed" || s == "cancelled";
}

} // namespace cltest
