// The app on the warehouse against a real PostgreSQL server (fixture
// views_warehouse_pg): URIs from the dialog's fields, "Test connection",
// switching the dashboard between the embedded store and the warehouse, a
// lost connection, and the password never reaching QSettings.
#include "trends/CodeSelection.h"
#include "warehouse/ConnectionDialog.h"
#include "Credentials.h"
#include "trends/Dashboard.h"
#include "forecast/ForecastPanel.h"
#include "ImportService.h"
#include "MainWindow.h"
#include "PgLocation.h"
#include "SharedData.h"
#include "trends/TrendControls.h"
#include "ViewsTestStore.h"
#include "WarehouseSink.h"
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QtTest>
#include <pqxx/pqxx>

using namespace epidesk;

namespace {

QString serverUri() {
  QFile f(QStringLiteral(GUI_PG_STATE_DIR "/uri"));
  if (!f.open(QIODevice::ReadOnly))
    qFatal("no server: %s/uri missing (run through ctest)", GUI_PG_STATE_DIR);
  return QString::fromUtf8(f.readAll().trimmed());
}

bool fixture(const char *action) {
  QProcess p;
  p.start(QStringLiteral("bash"),
          {QStringLiteral(GUI_PG_FIXTURE), QString::fromLatin1(action), QStringLiteral(GUI_PG_STATE_DIR)});
  // Waiting here blocks the event loop on purpose only in the test's own
  // thread between checks, never while the GUI is expected to respond.
  return p.waitForFinished(120000) && p.exitCode() == 0;
}

WarehouseConnection connectionTo(const QString &database) {
  const QUrl url(serverUri());
  WarehouseConnection c;
  c.host = url.host();
  c.port = url.port();
  c.user = url.userName();
  c.database = database;
  c.sslMode = QStringLiteral("disable");
  c.connectTimeoutSeconds = 3;
  return c;
}

void superuserExec(const std::string &sql) {
  pqxx::connection c(serverUri().toStdString());
  pqxx::nontransaction tx(c);
  tx.exec(sql);
}

// Counts timer ticks while waiting: proof the event loop kept running.
struct LoopProbe {
  QTimer timer;
  int ticks = 0;
  LoopProbe() {
    QObject::connect(&timer, &QTimer::timeout, [this] { ++ticks; });
    timer.start(1);
  }
};

TrendRequest testRequest() {
  TrendRequest r;
  r.ingredientContains = QStringLiteral("azitro");
  r.level = GeoLevel::Uf;
  r.period = PeriodKind::Year;
  r.measure = Measure::Prescriptions;
  r.fromYear = 2017; // not the default: must survive the switch
  return r;
}

QString seriesText(const TrendResult &result) {
  QStringList out;
  for (auto it = result.series.cbegin(); it != result.series.cend(); ++it)
    for (const SeriesPoint &p : it.value())
      out << QStringLiteral("%1 %2 %3").arg(it.key(), p.period).arg(p.value, 0, 'g', 12);
  return out.join(QLatin1Char('\n'));
}

} // namespace

class TestWarehouseGui : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_storePath;
  QString m_anvisaFile;
  WarehouseConnection m_warehouse;

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // keep QSettings away from the user's
    QCoreApplication::setOrganizationName(QStringLiteral("EpiDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_warehouse_gui"));
    QSettings().clear();
    QString error;
    QVERIFY2(testing::createTestStore(m_dir.path(), &error), qPrintable(error));
    m_storePath = m_dir.filePath(QStringLiteral("test.gpkg"));
    m_anvisaFile = m_dir.filePath(QStringLiteral("EDA_Industrializados_201601.csv"));

    // The same file into a fresh warehouse database, through the connectors.
    superuserExec("DROP DATABASE IF EXISTS gui_wh WITH (FORCE)");
    superuserExec("CREATE DATABASE gui_wh");
    m_warehouse = connectionTo(QStringLiteral("gui_wh"));
    auto sink = WarehouseSink::open(PgLocation::parse(m_warehouse.uri(), &error), sharedDataDir(), &error);
    QVERIFY2(sink, qPrintable(error));
    const ImportSummary summary = importFiles(QStringLiteral("anvisa"), *sink, {m_anvisaFile});
    QVERIFY2(summary.ok() && summary.rowsLoaded > 0, qPrintable(summary.errors().join('\n')));
  }

  void uriFromFields() {
    WarehouseConnection c;
    c.host = QStringLiteral("db.example.org");
    c.port = 6543;
    c.database = QStringLiteral("vigilância/2024 #1");
    c.user = QStringLiteral("ana@sus:x");
    c.sslMode = QStringLiteral("verify-full");
    c.connectTimeoutSeconds = 7;
    c.statementTimeoutSeconds = 60;
    const QString uri = c.uri();
    QVERIFY2(uri.startsWith(QStringLiteral("postgresql://ana%40sus%3Ax@db.example.org:6543/"
                                           "vigil%C3%A2ncia%2F2024%20%231?")),
             qPrintable(uri));
    QVERIFY(uri.contains(QStringLiteral("sslmode=verify-full")));
    QVERIFY(uri.contains(QStringLiteral("connect_timeout=7")));
    QVERIFY(uri.contains(QStringLiteral("options=-c%20statement_timeout%3D60000")));
    QVERIFY(!uri.contains(QStringLiteral("password")));
    QCOMPARE(c.credentialKey(), QStringLiteral("warehouse/ana@sus:x@db.example.org:6543/vigilância/2024 #1"));

    // Fields survive the round trip, and the connector reads them the same way.
    WarehouseConnection back;
    QVERIFY(WarehouseConnection::fromUri(uri, &back));
    QCOMPARE(back.host, c.host);
    QCOMPARE(back.port, c.port);
    QCOMPARE(back.database, c.database);
    QCOMPARE(back.user, c.user);
    QCOMPARE(back.sslMode, c.sslMode);
    QString error;
    PgLocation location = PgLocation::parse(uri, &error);
    QVERIFY2(location.isValid(), qPrintable(error));
    location.setPassword(QStringLiteral("p@ss:w/rd?&=%# ü"));
    QVERIFY(!location.display().contains(QStringLiteral("p@ss")));
    QVERIFY(!location.display().contains(QStringLiteral("p%40ss")));

    // The dialog builds the same URI from its widgets.
    ConnectionDialog dialog;
    dialog.setConnection(c);
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("ana@sus:x"));
    QCOMPARE(dialog.connection().uri(), uri);
    // An IPv6 host goes in brackets.
    c.host = QStringLiteral("::1");
    QVERIFY(c.uri().contains(QStringLiteral("@[::1]:6543/")));
  }

  void timeoutsReachTheServer() {
    WarehouseConnection c = m_warehouse;
    c.statementTimeoutSeconds = 42;
    QString error;
    const PgLocation location = PgLocation::parse(c.uri(), &error);
    QVERIFY2(location.isValid(), qPrintable(error));
    pqxx::connection conn(location.conninfo());
    pqxx::nontransaction tx(conn);
    QCOMPARE(QString::fromStdString(tx.exec1("SHOW statement_timeout")[0].as<std::string>()),
             QStringLiteral("42s"));
  }

  void testConnectionReportsServerVersion() {
    ConnectionDialog dialog;
    dialog.setConnection(m_warehouse);
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    LoopProbe loop;
    dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    QVERIFY(dialog.isTesting()); // returned at once: the work is in a worker
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("testResult"))->text();
    QVERIFY2(shown.contains(QStringLiteral("PostgreSQL 15")), qPrintable(shown));
    QVERIFY(loop.ticks > 0);
  }

  void testConnectionToClosedPortFailsWithoutBlocking() {
    WarehouseConnection c = m_warehouse;
    c.port = 1; // nothing listens there
    ConnectionDialog dialog;
    dialog.setConnection(c);
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    LoopProbe loop;
    QElapsedTimer call;
    call.start();
    dialog.testConnection();
    QVERIFY(call.elapsed() < 200); // returns at once; the attempt runs in a worker
    QVERIFY(dialog.isTesting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!finished.at(0).at(0).toBool());
    const QString shown = finished.at(0).at(1).toString();
    QVERIFY2(shown.contains(QStringLiteral("Connection failed")) && shown.contains(QStringLiteral("refused")),
             qPrintable(shown));
  }

  void passwordWithSpecialCharacters() {
    // A role that must give its password (pg_hba: +pwtest scram-sha-256).
    const std::string user = "ana@sus:x ü";
    const std::string password = "p@ss:w/rd?&=%# ü'\"\\";
    {
      pqxx::connection c(serverUri().toStdString());
      pqxx::nontransaction tx(c);
      tx.exec("DROP ROLE IF EXISTS " + tx.quote_name(user));
      tx.exec("CREATE ROLE " + tx.quote_name(user) + " LOGIN IN ROLE pwtest PASSWORD " + tx.quote(password));
    }
    WarehouseConnection c = m_warehouse;
    c.user = QString::fromStdString(user);
    ConnectionDialog dialog;
    dialog.setConnection(c);
    dialog.setPassword(QString::fromStdString(password));
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

    dialog.setPassword(QStringLiteral("wrong"));
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QVERIFY(!finished.at(1).at(0).toBool());
    const QString shown = finished.at(1).at(1).toString();
    QVERIFY2(shown.contains(QStringLiteral("password authentication failed")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("wrong")));
  }

  void switchingSourcesKeepsTheDashboard() {
    MainWindow window;
    window.show();
    Dashboard *dashboard = window.dashboard();
    QSignalSpy ready(dashboard, &Dashboard::resultReady);
    QVERIFY(window.openStore(m_storePath, true));
    dashboard->controls()->setRequest(testRequest());
    dashboard->rerun();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && !dashboard->isBusy(), 60000);
    ready.clear();
    const TrendResult embedded = dashboard->result();
    QVERIFY(embedded.series.size() >= 2);
    const QStringList selected{embedded.series.firstKey(), embedded.series.lastKey()};
    dashboard->selection()->setCodes(selected);
    const QString embeddedValues = seriesText(embedded);

    // To the warehouse: same request, selection and values.
    QSignalSpy opened(&window, &MainWindow::sourceOpened);
    QSignalSpy failed(&window, &MainWindow::sourceFailed);
    LoopProbe loop;
    window.connectWarehouse(m_warehouse, QString(), true);
    QVERIFY(window.isConnecting());
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(loop.ticks > 0);
    QVERIFY(window.storePath().startsWith(QStringLiteral("postgresql://")));
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && !dashboard->isBusy(), 60000);
    QCOMPARE(dashboard->request().fromYear, 2017);
    QCOMPARE(dashboard->request().ingredientContains, QStringLiteral("azitro"));
    QCOMPARE(dashboard->selection()->codes(), selected);
    QCOMPARE(seriesText(dashboard->result()), embeddedValues);
    QVERIFY(window.findChild<QLabel *>() != nullptr);

    // And back.
    ready.clear();
    QVERIFY(window.openStore(m_storePath, true));
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && !dashboard->isBusy(), 60000);
    QCOMPARE(dashboard->request().fromYear, 2017);
    QCOMPARE(dashboard->selection()->codes(), selected);
    QCOMPARE(seriesText(dashboard->result()), embeddedValues);
  }

  void lostConnectionShowsMessageAndRecovers() {
    MainWindow window;
    window.show();
    Dashboard *dashboard = window.dashboard();
    dashboard->setReconnectDelays(200, 1000);
    QSignalSpy ready(dashboard, &Dashboard::resultReady);
    QSignalSpy opened(&window, &MainWindow::sourceOpened);
    dashboard->controls()->setRequest(testRequest());
    window.connectWarehouse(m_warehouse, QString(), true);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && !dashboard->isBusy(), 60000);
    const QString before = seriesText(dashboard->result());

    QSignalSpy lost(dashboard, &Dashboard::connectionLost);
    QSignalSpy reconnected(dashboard, &Dashboard::reconnected);
    QSignalSpy failedBox(dashboard, &Dashboard::failed);
    QVERIFY(fixture("server-stop"));
    ready.clear();
    LoopProbe loop;
    dashboard->rerun();
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 30000);
    QVERIFY(dashboard->isReconnecting());
    QVERIFY2(dashboard->bannerText().contains(QStringLiteral("lost")), qPrintable(dashboard->bannerText()));
    QVERIFY(failedBox.isEmpty()); // a banner, not a modal message box
    QTest::qWait(1500);           // a few failed attempts with back-off
    QVERIFY(dashboard->isReconnecting());
    QVERIFY(loop.ticks > 20); // the GUI kept running throughout

    QVERIFY(fixture("server-start"));
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && !dashboard->isBusy(), 60000);
    QVERIFY(!dashboard->isReconnecting());
    QVERIFY(dashboard->bannerText().isEmpty());
    QCOMPARE(seriesText(dashboard->result()), before);
    QCOMPARE(dashboard->request().fromYear, 2017);
    // The forecast tab follows the reconnected source instead of the dead one.
    QCOMPARE(window.forecastView()->dataSource(), dashboard->dataSource());
  }

  void keychainFallbackNeverStoresThePassword() {
    // Headless (no Secret Service): reading reports Unavailable, not a hang.
    Credentials credentials;
    credentials.setTimeout(8000);
    Credentials::Status status = Credentials::Status::Found;
    bool answered = false;
    credentials.read(QStringLiteral("warehouse/x@y:1/z"), [&](Credentials::Status s, const QString &) {
      status = s;
      answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QCOMPARE(status, Credentials::Status::Unavailable);
    QVERIFY(!credentials.isAvailable());

    // The dialog offers no "remember" and says the password will be asked for.
    MainWindow window;
    window.show();
    const QString secret = QStringLiteral("Zebra-s3cret/ü%&");
    window.connectWarehouseDialog();
    auto *dialog = window.findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    // The dialog's keychain read fails: "remember" goes away, a note says why.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isEnabled(),
                             15000);
    QVERIFY(!window.credentials()->isAvailable());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("keychainNote"))->isVisibleTo(dialog));
    dialog->setConnection(m_warehouse);
    dialog->setPassword(secret); // trust auth: accepted and ignored by the server
    QSignalSpy opened(&window, &MainWindow::sourceOpened);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
    QVERIFY(!opened.at(0).at(0).toString().contains(secret));
    window.close(); // writes window state too

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("gui_wh")); // the fields are there...
    QVERIFY(!stored.contains("Zebra")); // ...the password in no form
    QVERIFY(!stored.contains("s3cret"));
    QVERIFY(!stored.contains(QUrl::toPercentEncoding(secret)));
    QVERIFY(!stored.contains("password="));
  }
};

QTEST_MAIN(TestWarehouseGui)
#include "test_warehouse_gui.moc"
