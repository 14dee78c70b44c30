// JobsPanel over a ClusterJobTracker whose state folder holds a succeeded, a
// running and a rejected job, with a cluster address nobody listens on: rows,
// buttons per status, opening a stored result, removing, and the banner.
#include "cluster/ClusterJobModel.h"
#include "ClusterJobTracker.h"
#include "cluster/JobsPanel.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

namespace {
TrackedJob makeJob(const QString &key, const QString &status, const QString &label, const QUrl &cluster) {
  TrackedJob j;
  j.key = key;
  j.jobId = key + "-cluster";
  j.kind = "trends";
  j.label = label;
  j.params = QJsonObject{{"level", "uf"}, {"label", label}};
  j.status = status;
  j.cluster = cluster;
  j.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
  if (status != "rejected")
    j.startedAt = j.submittedAt.addSecs(5);
  if (status == "succeeded") {
    j.finishedAt = j.startedAt.addMSecs(12500);
    j.progress = 100;
  }
  if (status == "running")
    j.progress = 40;
  if (status == "rejected")
    j.error = "params.level: unknown level";
  return j;
}

void writeFile(const QString &path, const QByteArray &data) {
  QDir().mkpath(QFileInfo(path).path());
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(data);
}

QPushButton *button(QWidget *panel, const QString &text) {
  for (QPushButton *b : panel->findChildren<QPushButton *>())
    if (b->text() == text)
      return b;
  return nullptr;
}
} // namespace

class TestJobsPanel : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QUrl m_nowhere;
  const QJsonObject m_result{{"series", QJsonObject{{"MG", QJsonArray{1, 2, 3}}}}};

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QTcpServer probe; // a free port, closed again: nobody answers there
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_nowhere = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close();
    QJsonArray jobs; // newest first
    jobs.append(makeJob("k-rejected", "rejected", "Bad request", m_nowhere).toJson());
    jobs.append(makeJob("k-running", "running", "Forecast MG", m_nowhere).toJson());
    jobs.append(makeJob("k-done", "succeeded", "Trends by UF", m_nowhere).toJson());
    writeFile(m_dir.filePath("jobs.json"),
              QJsonDocument(QJsonObject{{"version", 1}, {"jobs", jobs}}).toJson());
    writeFile(m_dir.filePath("results/k-done.json"), QJsonDocument(m_result).toJson());
  }

  void panelShowsJobsAndActsOnThem() {
    ClusterJobTracker tracker(m_dir.path());
    tracker.setPollIntervals(20, 100);
    JobsPanel panel(&tracker);
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    ClusterJobModel *model = panel.model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ClusterJobModel::Label).data().toString(), QString("Bad request"));
    QCOMPARE(model->index(2, ClusterJobModel::Label).data().toString(), QString("Trends by UF"));
    QCOMPARE(model->index(2, ClusterJobModel::Status).data().toString(), QString("succeeded"));
    QCOMPARE(model->index(2, ClusterJobModel::Duration).data().toString(), QString("12.5 s"));
    QCOMPARE(model->index(1, ClusterJobModel::Progress).data(ClusterJobModel::ProgressRole).toDouble(), 40.0);
    QCOMPARE(model->index(0, ClusterJobModel::Status).data(Qt::ToolTipRole).toString(),
             QString("params.level: unknown level"));
    QCOMPARE(model->headerData(ClusterJobModel::Status, Qt::Horizontal).toString(), QString("Status"));

    QPushButton *cancel = button(&panel, "Cancel");
    QPushButton *open = button(&panel, "Open result");
    QPushButton *remove = button(&panel, "Remove");
    QVERIFY(cancel && open && remove);
    QVERIFY(!cancel->isEnabled() && !open->isEnabled() && !remove->isEnabled()); // nothing selected

    panel.selectJob("k-running");
    QVERIFY(cancel->isEnabled());
    QVERIFY(!open->isEnabled());
    QVERIFY(!remove->isEnabled());

    panel.selectJob("k-done");
    QVERIFY(!cancel->isEnabled());
    QVERIFY(open->isEnabled());
    QVERIFY(remove->isEnabled());

    QSignalSpy opened(&panel, &JobsPanel::openResultRequested);
    open->click();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), QString("trends"));
    QCOMPARE(opened.first().at(1).toJsonObject().value("label").toString(), QString("Trends by UF"));
    QCOMPARE(opened.first().at(2).toJsonObject(), m_result);

    // Double-click on a succeeded row opens it too; on others it does nothing.
    QTableView *table = panel.table();
    auto doubleClick = [&](int row) {
      const QRect r = table->visualRect(model->index(row, ClusterJobModel::Label));
      QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.center()); // the view wants the press first
      QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, r.center());
    };
    doubleClick(2);
    QCOMPARE(opened.size(), 2);
    doubleClick(1);
    QCOMPARE(opened.size(), 2);

    // No cluster set: reachable, no banner.
    auto *banner = panel.findChild<QLabel *>("clusterUnreachableBanner");
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    // A cluster nobody listens on: the running job's poll fails -> banner with the address.
    tracker.setCluster(m_nowhere, "epd_secret");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(m_nowhere.toString()), qPrintable(banner->text()));
    QCOMPARE(tracker.job("k-running")->status, QString("running"));

    // Remove the rejected job: the row goes, the rest stays.
    panel.selectJob("k-rejected");
    QVERIFY(remove->isEnabled());
    QVERIFY(!cancel->isEnabled());
    remove->click();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!tracker.job("k-rejected"));
    QCOMPARE(model->keyAt(0), QString("k-running"));

    // Cancelling while the cluster is away keeps the job until it answers.
    panel.selectJob("k-running");
    cancel->click();
    QCOMPARE(tracker.job("k-running")->status, QString("running"));

    QFile state(m_dir.filePath("jobs.json"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(!state.readAll().contains("epd_secret"));
  }

  void newJobAppearsOnTop() {
    ClusterJobTracker tracker(m_dir.path());
    JobsPanel panel(&tracker);
    const int before = panel.model()->rowCount();
    const QString key = tracker.submit("sleep", QJsonObject{{"ms", 1}}, "No cluster yet");
    QCOMPARE(panel.model()->rowCount(), before + 1);
    QCOMPARE(panel.model()->keyAt(0), key);
    QCOMPARE(panel.model()->index(0, ClusterJobModel::Status).data().toString(), QString("failed"));
    panel.selectJob(key);
    QVERIFY(button(&panel, "Remove")->isEnabled());
    QVERIFY(!button(&panel, "Open result")->isEnabled());
  }

  void cancellingTheLastWaitingJobClearsTheBanner() {
    QTemporaryDir dir;
    ClusterJobTracker tracker(dir.path());
    tracker.setPollIntervals(20, 100);
    tracker.setCluster(m_nowhere, "epd_secret");
    JobsPanel panel(&tracker);
    panel.show();
    auto *banner = panel.findChild<QLabel *>("clusterUnreachableBanner");
    const QString key = tracker.submit("sleep", QJsonObject{{"ms", 1}}, "Waits for the cluster");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(tracker.job(key)->status, QString("submitting"));
    panel.selectJob(key);
    button(&panel, "Cancel")->click();
    QCOMPARE(tracker.job(key)->status, QString("cancelled"));
    QVERIFY(tracker.isClusterReachable()); // nothing retries any more
    QVERIFY(!banner->isVisible());
  }
};

QTEST_MAIN(TestJobsPanel)
#include "test_jobs_panel.moc"
