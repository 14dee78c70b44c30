// ClusterMonitor and ClusterSettingsDialog against a real cluster: an
// epidesk-server and two epidesk-workers on loopback, jobs in the
// warehouse_pg fixture's PostgreSQL, "sleep" test jobs to fill the queue.
#include "cluster/ClusterMonitor.h"
#include "cluster/ClusterSettingsDialog.h"
#include "ClusterTestSupport.h"
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <qcustomplot.h>

using namespace cltest;
using namespace epidesk;

namespace {
// Answers every request with one canned HTTP response: a cluster whose
// database is down, or something that is not a cluster at all.
class CannedServer : public QTcpServer {
public:
  explicit CannedServer(QByteArray response) : m_response(std::move(response)) {
    connect(this, &QTcpServer::newConnection, this, [this] {
      while (QTcpSocket *s = nextPendingConnection()) {
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
          if (!s->readAll().isEmpty() && s->property("answered").isNull()) {
            s->setProperty("answered", true);
            s->write(m_response);
            s->disconnectFromHost();
          }
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
      }
    });
    listen(QHostAddress::LocalHost);
  }
  QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
  QByteArray m_response;
};

QByteArray httpResponse(int status, const QByteArray &body) {
  return "HTTP/1.1 " + QByteArray::number(status) +
         " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
         "\r\nConnection: close\r\n\r\n" + body;
}

QString tile(const QWidget &w, const char *name) {
  const auto *label = w.findChild<QLabel *>(QString::fromLatin1(name));
  return label ? label->text() : QStringLiteral("(no tile %1)").arg(QLatin1String(name));
}
} // namespace

class TestClusterMonitorGui : public QObject {
  Q_OBJECT
  QString m_db, m_admin, m_analyst;
  Child m_server, m_w1, m_w2;
  QStringList m_jobs;

  QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port)); }

  ClusterSettingsDialog::TestOutcome test(ClusterSettingsDialog &d, QString *message) {
    QSignalSpy spy(&d, &ClusterSettingsDialog::testFinished);
    d.testConnection();
    if (!spy.wait(30000))
      return ClusterSettingsDialog::TestOutcome::Failed;
    *message = spy.at(0).at(1).toString();
    [&] { QCOMPARE(d.message(), *message); }();
    return spy.at(0).at(0).value<ClusterSettingsDialog::TestOutcome>();
  }

private slots:
  void initTestCase() {
    m_db = freshDatabase("epidesk_cluster_monitor_gui");
    m_admin = createToken(m_db, "root", "admin");
    m_analyst = createToken(m_db, "ana", "analyst");
    // The job database doubles as the (empty) warehouse: sleep jobs read no data.
    startServer(m_server, m_db, m_db);
    startWorker(m_w1, m_db, m_db, "gui-w1", 30);
    startWorker(m_w2, m_db, m_db, "gui-w2", 30);
  }

  void settingsDialogTestsTheConnection() {
    ClusterSettingsDialog d;
    d.setUrl(url());
    QCOMPARE(d.url(), url());
    d.setToken(m_admin);
    QString message;
    // Workers register within a poll or two; the dialog then counts them.
    QTRY_VERIFY_WITH_TIMEOUT(
        test(d, &message) == ClusterSettingsDialog::TestOutcome::Ok && message.contains("2 worker"), 30000);
    QVERIFY(!d.isTesting());

    d.setToken("epd_wrong");
    QCOMPARE(test(d, &message), ClusterSettingsDialog::TestOutcome::TokenRejected);
    QVERIFY2(message.startsWith("Token rejected"), qPrintable(message));

    d.setUrl(QUrl("http://127.0.0.1:1")); // nothing listens there
    QCOMPARE(test(d, &message), ClusterSettingsDialog::TestOutcome::NotReachable);
    QVERIFY2(message.startsWith("Not reachable: "), qPrintable(message));

    // Typed without a scheme: read as http; rubbish is refused before any request.
    d.setUrl(QUrl());
    d.findChild<QLineEdit *>("clusterUrl")->setText(QStringLiteral("127.0.0.1:%1").arg(m_server.port));
    QCOMPARE(d.url(), url());
    d.findChild<QLineEdit *>("clusterUrl")->setText("ftp://x");
    QVERIFY(!d.url().isValid());
    d.testConnection();
    QVERIFY(!d.isTesting());
    QVERIFY(d.message().contains("http"));
  }

  void monitorShowsWorkersQueueAndFailures() {
    ClusterMonitor m;
    m.setIntervalSeconds(1);
    m.setCluster(url(), m_admin);
    QVERIFY(!m.isPolling()); // not shown yet
    m.resize(900, 700);
    m.show();
    QVERIFY(m.isPolling());
    QTRY_VERIFY_WITH_TIMEOUT(m.hasSnapshot() && m.snapshot().workersAlive == 2, 30000);
    QCOMPARE(m.status(), ClusterMonitor::Status::Ok);
    QCOMPARE(tile(m, "statusTile"), QString("OK"));
    QCOMPARE(tile(m, "workersTile"), QString("2"));

    // Six long sleep jobs: the two workers take two, four wait.
    for (int i = 0; i < 6; ++i) {
      const Response r = http(
          m_server.port, "POST", "/v1/jobs", m_admin,
          json({{"kind", "sleep"}, {"params", QJsonObject{{"ms", 120000}, {"tag", QString::number(i)}}}}));
      QCOMPARE(r.status, 202);
      m_jobs << r.json().value("job_id").toString();
    }
    QTRY_VERIFY_WITH_TIMEOUT(m.snapshot().queued == 4 && m.snapshot().running == 2, 30000);
    QTRY_COMPARE(tile(m, "queueTile"), QString("4"));
    QCOMPARE(tile(m, "runningTile"), QString("2"));
    QTRY_COMPARE(m.recentJobCount(), 6);
    QVERIFY2(tile(m, "jobsScope").contains("root"), qPrintable(tile(m, "jobsScope")));
    auto *chart = m.findChild<QCustomPlot *>("queueChart");
    QVERIFY(chart && chart->graph(0)->dataCount() >= 2);
    QCOMPARE(chart->graph(0)->data()->at(chart->graph(0)->dataCount() - 1)->value, 4.0);

    // A failure while the monitor is open counts as a delta; the error shows.
    QCOMPARE(m.failuresSinceOpened(), 0);
    scalar(m_db, "UPDATE epidesk_cluster.jobs SET status = 'failed', error = 'disk on fire',"
                 " started_at = clock_timestamp(), finished_at = clock_timestamp()"
                 " WHERE id = '" +
                     m_jobs.last().toStdString() + "'");
    QTRY_COMPARE_WITH_TIMEOUT(m.failuresSinceOpened(), qint64(1), 10000);
    QVERIFY2(tile(m, "failuresTile").startsWith("1 (+1"), qPrintable(tile(m, "failuresTile")));
    const auto *table = m.findChild<QTableWidget *>("recentJobs");
    QTRY_VERIFY(!table->findItems("disk on fire", Qt::MatchExactly).isEmpty());

    // Hidden: no polling; shown again: polling resumes.
    m.hide();
    QVERIFY(!m.isPolling());
    const int rounds = m.completedRounds();
    QTest::qWait(2500);
    QVERIFY(m.completedRounds() <= rounds + 1); // at most the round already in flight
    m.show();
    QVERIFY(m.isPolling());
    QTRY_VERIFY(m.completedRounds() > rounds + 1);

    // Server killed: not reachable, keeps retrying; restarted on its port: back.
    const QString queueBefore = tile(m, "queueTile");
    const quint16 port = m_server.port;
    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(m.status(), ClusterMonitor::Status::NotReachable, 15000);
    QCOMPARE(tile(m, "statusTile"), QString("Not reachable"));
    QVERIFY2(tile(m, "statusReason").contains("refused"), qPrintable(tile(m, "statusReason")));
    QCOMPARE(tile(m, "queueTile"), queueBefore); // last values stay, marked as old
    const int failedRounds = m.completedRounds();
    QTRY_VERIFY_WITH_TIMEOUT(m.completedRounds() >= failedRounds + 2, 15000);
    QCOMPARE(m.status(), ClusterMonitor::Status::NotReachable);
    startServer(m_server, m_db, m_db, port); // same address, as behind a fixed one
    QTRY_COMPARE_WITH_TIMEOUT(m.status(), ClusterMonitor::Status::Ok, 20000);
    QCOMPARE(tile(m, "statusTile"), QString("OK"));
    QVERIFY(tile(m, "statusReason").isEmpty());
    QCOMPARE(m.snapshot().workersAlive, 2);
  }

  void analystSeesOwnJobsOnly() {
    ClusterMonitor m;
    m.setIntervalSeconds(1);
    m.setCluster(url(), m_analyst);
    m.show();
    QTRY_VERIFY_WITH_TIMEOUT(m.completedRounds() >= 1, 15000);
    QCOMPARE(m.status(), ClusterMonitor::Status::Ok);
    QCOMPARE(m.recentJobCount(), 0);                         // root's jobs are not ana's
    QVERIFY(m.snapshot().queued + m.snapshot().running > 0); // metrics are cluster-wide: root's jobs
    QVERIFY2(tile(m, "jobsScope").contains("analyst"), qPrintable(tile(m, "jobsScope")));

    const int rounds = m.completedRounds();
    m.setCluster(url(), "epd_wrong");
    QTRY_VERIFY_WITH_TIMEOUT(m.completedRounds() > rounds, 15000);
    QVERIFY2(tile(m, "jobsScope").contains("rejected"), qPrintable(tile(m, "jobsScope")));
    m.setCluster(QUrl(), QString());
    QCOMPARE(m.status(), ClusterMonitor::Status::NotConfigured);
    QVERIFY(!m.isPolling());
    QCOMPARE(tile(m, "workersTile"), QString::fromUtf8("—"));
  }

  void databaseDownAndForeignServers() {
    CannedServer dbDown(httpResponse(503, R"({"status":"unavailable","database":"unreachable"})"));
    CannedServer foreign(httpResponse(200, "<html>hello</html>"));
    QVERIFY(dbDown.isListening() && foreign.isListening());

    ClusterMonitor m;
    m.setCluster(dbDown.url(), m_admin);
    m.show();
    QTRY_COMPARE_WITH_TIMEOUT(m.status(), ClusterMonitor::Status::DatabaseUnavailable, 15000);
    QCOMPARE(tile(m, "statusTile"), QString("Database unavailable"));
    QVERIFY(!m.hasSnapshot());
    m.setCluster(foreign.url(), m_admin);
    QTRY_COMPARE_WITH_TIMEOUT(m.status(), ClusterMonitor::Status::NotReachable, 15000);
    QVERIFY2(m.statusReason().contains("not an EpiDesk cluster"), qPrintable(m.statusReason()));

    ClusterSettingsDialog d;
    d.setToken(m_admin);
    QString message;
    d.setUrl(dbDown.url());
    QCOMPARE(test(d, &message), ClusterSettingsDialog::TestOutcome::DatabaseUnavailable);
    d.setUrl(foreign.url());
    QCOMPARE(test(d, &message), ClusterSettingsDialog::TestOutcome::Failed);
    QVERIFY2(message.contains("not as an EpiDesk cluster"), qPrintable(message));
  }

  void cleanupTestCase() {
    for (const QString &id : m_jobs)
      http(m_server.port, "DELETE", "/v1/jobs/" + id.toUtf8(), m_admin);
    m_w1.stop();
    m_w2.stop();
    m_server.stop();
  }
};

QTEST_MAIN(TestClusterMonitorGui)
#include "test_cluster_monitor_gui.moc"
