// The whole desktop path of issue 5 against real processes: the main window
// with a cluster configured, "Run on cluster" in the trends dashboard and the
// relocation what-if panel, the job through epidesk-server and epidesk-worker
// (PostgreSQL fixture), and the result shown in the view, identical to the
// same computation run locally. Then an app restart: the jobs and their
// results reopen from disk with no cluster at all.
#include "AppSettings.h"
#include "CliRun.h"
#include "ClusterJobTracker.h"
#include "ClusterSession.h"
#include "DashboardFile.h"
#include "DashboardWindow.h"
#include "DataSourceRegistry.h"
#include "DesktopClusterSupport.h"
#include "MainWindow.h"
#include "RelocationDemo.h"
#include "RelocationSolver.h"
#include "cluster/ClusterMonitor.h"
#include "cluster/JobsPanel.h"
#include "cluster/RunLocationBox.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/RelocationPanels.h"
#include "dashboard/TrendPanels.h"
#include "relocation/RelocationView.h"
#include "relocation/RelocationWhatIf.h"
#include "trends/Dashboard.h"
#include "trends/TrendControls.h"
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cltest;
using namespace epidesk;
using epidesk::test::runCli;

namespace {
TrendRequest azithromycinPerUf() {
  TrendRequest r;
  r.ingredientContains = QStringLiteral("azitromicina");
  r.level = GeoLevel::Uf;
  r.period = PeriodKind::Year;
  r.per1000 = true;
  return r;
}
} // namespace

class TestDesktopClusterRuns : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store, m_db, m_token;
  Child m_server, m_worker;

  QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port)); }

  void useCluster(MainWindow &window) {
    window.cluster()->tracker()->setPollIntervals(50, 500);
    window.cluster()->setCluster(url(), m_token);
    QVERIFY(window.cluster()->hasCluster());
  }

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // settings and job state away from the user's
    QCoreApplication::setOrganizationName(QStringLiteral("EpiDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_desktop_cluster_runs"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = epidesk::test::createDemoStore(m_dir.path(), 7, &error);
    QVERIFY2(!m_store.isEmpty(), qPrintable(error));

    m_db = freshDatabase("epidesk_desktop_runs");
    m_token = createToken(m_db, "ana", "analyst");
    startServer(m_server, m_db, m_store);
    startWorker(m_worker, m_db, m_store, "w1", 30);
  }

  void trendsOnTheClusterEqualLocal() {
    MainWindow window;
    window.show();
    Dashboard *dashboard = window.dashboard();
    QSignalSpy ready(dashboard, &Dashboard::resultReady);
    QVERIFY(window.openStore(m_store, true));
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 60000);
    dashboard->controls()->setRequest(azithromycinPerUf());
    const int before = ready.count();
    dashboard->run(azithromycinPerUf());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), before + 1, 60000);
    const QJsonObject local = dashboard->result().toJson();
    const QJsonObject localCountry = dashboard->countryResult().toJson();
    QVERIFY(!dashboard->result().series.isEmpty());

    RunLocationBox *location = dashboard->controls()->runLocation();
    QVERIFY(!location->isClusterAvailable()); // no cluster configured yet
    useCluster(window);
    QVERIFY(location->isClusterAvailable());
    location->setLocation(RunLocationBox::Location::Cluster);

    ClusterJobTracker *tracker = window.cluster()->tracker();
    QSignalSpy finished(tracker, &ClusterJobTracker::jobFinished);
    dashboard->run(azithromycinPerUf());
    QCOMPARE(tracker->jobs().size(), 2); // the request, and its country-level reference line
    QVERIFY(window.cluster()->jobsDock()->isVisibleTo(&window));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
    const TrackedJob job = tracker->jobs().last(); // newest first: the request's own job
    QCOMPARE(job.params, azithromycinPerUf().toJson());
    QCOMPARE(tracker->jobs().first().status, QStringLiteral("succeeded"));
    QCOMPARE(job.status, QStringLiteral("succeeded"));
    QCOMPARE(job.kind, QStringLiteral("trends"));
    // Opened in the dashboard by itself, and equal to the local computation.
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), before + 2, 30000);
    QCOMPARE(dashboard->result().toJson(), local);
    QCOMPARE(*tracker->result(job.key), local);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->countryResult().toJson(), localCountry, 30000);

    // The monitor, once shown, reads the cluster (1 worker, 1 succeeded job).
    window.cluster()->monitorDock()->show();
    QTRY_VERIFY_WITH_TIMEOUT(window.cluster()->monitor()->hasSnapshot(), 30000);
    QCOMPARE(window.cluster()->monitor()->status(), ClusterMonitor::Status::Ok);
    QCOMPARE(window.cluster()->monitor()->snapshot().workersAlive, qint64(1));
    if (!qEnvironmentVariableIsEmpty("EPIDESK_CLUSTER_SCREENSHOT")) {
      window.resize(1600, 1000);
      QTest::qWait(500);
      window.grab().save(qEnvironmentVariable("EPIDESK_CLUSTER_SCREENSHOT"));
    }
  }

  void relocationOnTheClusterEqualsLocal() {
    RelocationDemoOptions options;
    options.facilities = 12;
    options.months = 2;
    const RelocationDemoResult demo = RelocationDemo::generate(options, QStringLiteral(EPIDESK_SHARED_DIR));
    QVERIFY2(demo.ok(), qPrintable(demo.error));

    MainWindow window;
    useCluster(window);
    // The trends choice of the first test was saved and comes back with the cluster.
    QVERIFY(window.dashboard()->controls()->runLocation()->runsOnCluster());
    RelocationView *view = window.findChild<RelocationView *>();
    QVERIFY(view);
    view->setScenario(demo.scenario);
    view->whatIf()->runLocation()->setLocation(RunLocationBox::Location::Cluster);
    QSignalSpy changed(view, &RelocationView::planChanged);
    ClusterJobTracker *tracker = window.cluster()->tracker();
    QSignalSpy finished(tracker, &ClusterJobTracker::jobFinished);
    view->solve();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    QCOMPARE(tracker->jobs().first().status, QStringLiteral("succeeded"));
    QTRY_VERIFY_WITH_TIMEOUT(view->plan().has_value(), 30000);

    const RelocationPlan local = RelocationSolver::solve(
        view->whatIf()->editedScenario(), view->whatIf()->weights(), view->whatIf()->settings());
    QCOMPARE(view->plan()->status, local.status);
    QVERIFY(qAbs(view->plan()->objective - local.objective) <= 1e-6 * std::max(1.0, qAbs(local.objective)));
    QCOMPARE(view->plan()->unmetPatients, local.unmetPatients);
  }

  // A restarted app lists the earlier jobs and reopens their results from
  // disk, with no cluster configured.
  void resultsReopenAfterRestart() {
    MainWindow window;
    ClusterJobTracker *tracker = window.cluster()->tracker();
    QVERIFY(!window.cluster()->hasCluster());
    QCOMPARE(tracker->jobs().size(), 3);
    QString trendsKey;
    for (const TrackedJob &j : tracker->jobs())
      if (j.kind == QLatin1String("trends") && j.params == azithromycinPerUf().toJson())
        trendsKey = j.key;
    QVERIFY(!trendsKey.isEmpty());
    QVERIFY(window.openStore(m_store, true));
    QSignalSpy ready(window.dashboard(), &Dashboard::resultReady);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 60000); // the default request of the opened store
    const int before = ready.count();
    window.cluster()->jobsPanel()->openResult(trendsKey);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), before + 1, 30000);
    QCOMPARE(window.dashboard()->result().toJson(), *tracker->result(trendsKey));
    QCOMPARE(window.dashboard()->request().toJson(), azithromycinPerUf().toJson());
  }

  // A dashboard document naming the cluster (source.cluster): its trend and
  // relocation panels compute there (the token from $EPIDESK_CLUSTER_TOKEN,
  // no keychain here) and show what the same document shows in-process.
  void dashboardNamingTheClusterComputesThere() {
    qputenv("EPIDESK_KEYCHAIN", "off");
    qputenv("EPIDESK_CLUSTER_TOKEN", m_token.toUtf8());
    RelocationDemoOptions options;
    options.facilities = 12;
    options.months = 2;
    options.seed = 5; // not the scenario of the test above: no cached answer
    options.outDir = m_dir.filePath(QStringLiteral("scenario"));
    QVERIFY2(RelocationDemo::generate(options, QStringLiteral(EPIDESK_SHARED_DIR)).ok(), "scenario");
    QString error;
    const std::shared_ptr<const DataSource> source = openDataSource(m_store, &error);
    QVERIFY2(source, qPrintable(error));
    TrendRequest request = azithromycinPerUf();
    request.per1000 = false; // not the request of the first test: no cached answer
    DashboardDocument doc = DashboardWindow::newDocument(*source, request, QStringLiteral("Remote"));
    doc.panels.push_back(
        {doc.newPanelId(QStringLiteral("relocation_plan")), QStringLiteral("relocation_plan"), QString(),
         true, QJsonObject{{"scenario", options.outDir}, {"weights", RelocationWeights{}.toJson()}}});
    const QString localPath = m_dir.filePath(QStringLiteral("local.epidash"));
    const QString remotePath = m_dir.filePath(QStringLiteral("remote.epidash"));
    QVERIFY2(DashboardFile::write(doc, localPath, &error), qPrintable(error));
    doc.source.cluster = url().toString();
    QVERIFY2(DashboardFile::write(doc, remotePath, &error), qPrintable(error));

    auto jobsOfKind = [&](const QString &kind) { // every page (a page is capped in bytes)
      int n = 0;
      QByteArray path = "/v1/jobs?limit=1000";
      for (int page = 0; page < 100 && !path.isEmpty(); ++page) {
        const QJsonObject body = http(m_server.port, "GET", path, m_token).json();
        for (const QJsonValue &j : body["jobs"].toArray())
          n += j.toObject().value("kind").toString() == kind;
        const QString next = body["next_cursor"].toString();
        path = next.isEmpty() ? QByteArray() : "/v1/jobs?limit=1000&cursor=" + QUrl::toPercentEncoding(next);
      }
      return n;
    };
    struct Shown {
      QJsonObject trends;
      RelocationPlan plan;
    };
    AppSettings settings;
    auto open = [&](const QString &path, Shown *shown) {
      DashboardWindow *w = DashboardWindow::openFile(&settings, path, true, &error);
      QVERIFY2(w, qPrintable(error));
      QSignalSpy painted(w, &DashboardWindow::firstPaint);
      QVERIFY(painted.wait(300000));
      for (DashboardPanel *p : w->host()->panels()) {
        if (auto *t = qobject_cast<TrendTablePanel *>(p)) {
          QVERIFY2(t->output() && t->output()->status == TrendJobOutput::Status::Ok, qPrintable(path));
          shown->trends = t->output()->result.toJson();
        } else if (auto *r = qobject_cast<RelocationPlanPanel *>(p)) {
          QVERIFY2(r->output(), qPrintable(r->message()));
          shown->plan = r->output()->plan;
        }
      }
      w->close();
      QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // its panels let go
    };
    Shown local, remote;
    open(localPath, &local);
    const int trends = jobsOfKind(QStringLiteral("trends"));
    const int relocations = jobsOfKind(QStringLiteral("relocation"));
    open(remotePath, &remote);
    QCOMPARE(jobsOfKind(QStringLiteral("relocation")) - relocations, 1);
    QCOMPARE(jobsOfKind(QStringLiteral("trends")) - trends, 2); // the request and its country line
    QVERIFY(!local.trends.isEmpty());
    QCOMPARE(remote.trends, local.trends);
    QCOMPARE(remote.plan.status, local.plan.status);
    QVERIFY(qAbs(remote.plan.objective - local.plan.objective) <=
            1e-6 * std::max(1.0, qAbs(local.plan.objective)));

    // A wrong token: the panels fail naming the cluster, nothing is shown as
    // if computed (trend panels only: the relocation submit's 1 MB body
    // refused with 401 can keep its worker waiting past the test's end).
    qputenv("EPIDESK_CLUSTER_TOKEN", "not-a-token");
    doc.panels.pop_back();
    const QString trendsOnly = m_dir.filePath(QStringLiteral("remote-trends.epidash"));
    QVERIFY2(DashboardFile::write(doc, trendsOnly, &error), qPrintable(error));
    DashboardWindow *w = DashboardWindow::openFile(&settings, trendsOnly, true, &error);
    QVERIFY2(w, qPrintable(error));
    QSignalSpy failed(w->host(), &DashboardHost::failed);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
    QVERIFY2(failed.first().first().toString().contains(url().toString()),
             qPrintable(failed.first().first().toString()));
    w->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // its computations are canceled
    qunsetenv("EPIDESK_CLUSTER_TOKEN");
  }
};

QTEST_MAIN(TestDesktopClusterRuns)
#include "test_desktop_cluster_runs.moc"
