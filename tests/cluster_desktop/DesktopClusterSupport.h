#pragma once
// Extras for the desktop-side cluster tests on top of tests/cluster's
// ClusterTestSupport.h: tokens, a server on a chosen port (to restart it on
// the same address) and an empty embedded store as the servers' data.
#include "ClusterTestSupport.h"
#include "EmbeddedStore.h"
#include "SharedData.h"

namespace cltest {

inline QString createToken(const QString &db, const QString &user, const QString &role) {
  QProcess p;
  p.start(QStringLiteral(EPIDESK_SERVER), {"token", "create", "--db", db, "--user", user, "--role", role});
  p.waitForFinished(60000);
  const QString token = QString::fromUtf8(p.readAllStandardOutput().trimmed());
  if (p.exitCode() != 0 || !token.startsWith("epd_"))
    qFatal("token create failed: %s", p.readAllStandardError().constData());
  return token;
}

// startServer() with a fixed port (0 = any free one).
inline void startServerOnPort(Child &c, const QString &db, const QString &data, quint16 port) {
  c.p = std::make_unique<QProcess>();
  c.p->setProcessEnvironment(environment());
  c.p->start(QStringLiteral(EPIDESK_SERVER),
             {"--db", db, "--data", data, "--listen", QStringLiteral("127.0.0.1:%1").arg(port)});
  QVERIFY2(c.p->waitForStarted(), "epidesk-server did not start");
  QElapsedTimer t;
  t.start();
  QByteArray out;
  while (!out.contains('\n') && t.elapsed() < 60000 && c.p->state() == QProcess::Running) {
    c.p->waitForReadyRead(200);
    out += c.p->readAllStandardOutput();
  }
  const QByteArray line = out.left(out.indexOf('\n'));
  QVERIFY2(line.startsWith("listening on http://127.0.0.1:"),
           qPrintable(QString::fromUtf8(out + c.p->readAllStandardError())));
  c.port = quint16(line.mid(30).split(' ').value(0).toUInt());
  QVERIFY(c.port > 0);
}

// A store with boundaries and no sales: enough for the "sleep" jobs.
inline QString createEmptyStore(const QString &path) {
  QString error;
  if (!epidesk::EmbeddedStore::create(path, epidesk::sharedDataDir(), &error))
    qFatal("cannot create the test store: %s", qPrintable(error));
  return path;
}

} // namespace cltest
