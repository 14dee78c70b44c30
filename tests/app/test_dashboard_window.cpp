// The dashboard window as a document editor (issue 12), offscreen: open and
// save keep the document, the data-changed banner, a missing store located
// once and remembered, Add Panel (several of one kind), the filter chips,
// the modified marker, and `epidesk FILE.epidash --screenshot`.
#include "AppSettings.h"
#include "CliRun.h"
#include "DashboardFile.h"
#include "DashboardWindow.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "DesktopTestSettings.h"
#include "ViewsTestStore.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/DataChangeBanner.h"
#include "dashboard/FilterBar.h"
#include "dashboard/PanelDock.h"
#include "dashboard/TrendPanels.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace epidesk;

class TestDashboardWindow : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store;
  std::unique_ptr<AppSettings> m_owned;
  AppSettings *m_settings = nullptr;

  // A document beside the store, written by the window itself.
  QString writeDocument(const QString &name) {
    QString error;
    std::shared_ptr<const DataSource> source = openDataSource(m_store, &error);
    if (!source)
      return QString();
    TrendRequest request;
    request.level = GeoLevel::Uf;
    DashboardDocument doc = DashboardWindow::newDocument(*source, request, QStringLiteral("Test"));
    doc.selection = QStringList{"MG"};
    doc.savedData = DataSnapshot::of(*source);
    const QString path = QDir(m_dir.path()).filePath(name);
    doc.source.store = DocumentPaths::storeForDocument(m_store, path);
    return DashboardFile::write(doc, path, &error) ? path : QString();
  }

  static bool waitPainted(DashboardWindow *w) {
    QSignalSpy painted(w, &DashboardWindow::firstPaint);
    return painted.wait(60000);
  }

private slots:
  void initTestCase() {
    m_owned = test::freshAppSettings(QStringLiteral("test_dashboard_window"));
    m_settings = m_owned.get();
    QString error;
    QVERIFY2(testing::createTestStore(m_dir.path(), &error), qPrintable(error));
    m_store = m_dir.filePath(QStringLiteral("test.gpkg"));
  }

  void openEditSave() {
    const QString path = writeDocument(QStringLiteral("a.epidash"));
    QVERIFY(!path.isEmpty());
    QString error;
    DashboardWindow *w = DashboardWindow::openFile(m_settings, path, true, &error);
    QVERIFY2(w, qPrintable(error));
    QVERIFY(waitPainted(w));
    QVERIFY(!w->isWindowModified()); // computing and drawing is no edit
    QVERIFY(!w->banner()->isVisible());
    QCOMPARE(w->docks().size(), 3);
    QCOMPARE(w->filterBar()->chipTexts(), QStringList{"Selected: MG"});
    QCOMPARE(m_settings->recentDashboards().value(0), path);
    QVERIFY(w->windowTitle().contains(QStringLiteral("a.epidash")));

    // Two maps of one kind (2014 beside 2020 in the example): ids stay unique.
    DashboardPanel *second = w->addPanel(QStringLiteral("trend_map"));
    QVERIFY(second);
    QCOMPARE(second->id(), QStringLiteral("trend_map-2"));
    QVERIFY(w->dock(QStringLiteral("trend_map-2")));
    QVERIFY(w->isWindowModified());

    // A filter chip, then removed by its cross.
    DashboardFilter filter;
    filter.ingredient = QStringLiteral("amoxicilina");
    w->host()->state()->setFilter(filter);
    QCOMPARE(w->filterBar()->chipTexts(), (QStringList{"Ingredient: amoxicilina", "Selected: MG"}));
    QCOMPARE(w->host()->effectiveRequest(*qobject_cast<TrendPanel *>(second)).ingredientContains,
             QStringLiteral("amoxicilina"));
    auto *chip = w->filterBar()->findChild<QToolButton *>(QStringLiteral("chip-0"));
    QVERIFY(chip);
    chip->click();
    QTRY_COMPARE(w->filterBar()->chipTexts(), QStringList{"Selected: MG"});

    QVERIFY(w->save());
    QVERIFY(!w->isWindowModified());
    const std::optional<DashboardDocument> saved = DashboardFile::read(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(int(saved->panels.size()), 4);
    QCOMPARE(saved->source.store, QStringLiteral("test.gpkg"));
    QVERIFY(!saved->windowState.isEmpty());
    const QByteArray bytes = DashboardFile::toBytes(*saved);
    w->close();
    QTest::qWait(50);

    // Reopened and saved unchanged: the same document.
    DashboardWindow *again = DashboardWindow::openFile(m_settings, path, true, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(waitPainted(again));
    QCOMPARE(again->docks().size(), 4);
    const DashboardDocument now = again->document();
    QCOMPARE(now.panels.size(), saved->panels.size());
    for (size_t i = 0; i < now.panels.size(); ++i)
      QCOMPARE(now.panels[i].id, saved->panels[i].id);
    QCOMPARE(now.selection, saved->selection);
    QCOMPARE(now.savedData.version, saved->savedData.version);
    QVERIFY(!bytes.isEmpty());
    again->close();
  }

  void changedDataShowsTheBanner() {
    const QString path = writeDocument(QStringLiteral("b.epidash"));
    QString error;
    std::optional<DashboardDocument> doc = DashboardFile::read(path, &error);
    QVERIFY(doc);
    doc->savedData.files.push_back({"EDA_Industrializados_201501.csv", "2026-01-01T00:00:00.000Z", 5, 5, 0});
    doc->savedData.version = QStringLiteral("v1-older");
    QVERIFY(DashboardFile::write(*doc, path, &error));
    DashboardWindow *w = DashboardWindow::openFile(m_settings, path, true, &error);
    QVERIFY2(w, qPrintable(error));
    QVERIFY(!w->banner()->isHidden());
    QVERIFY2(w->banner()->text().contains(QStringLiteral("EDA_Industrializados_201501.csv")),
             qPrintable(w->banner()->text()));
    QVERIFY(waitPainted(w)); // and the panels computed on the current data
    w->setWindowModified(false);
    w->close();
  }

  void missingStoreIsLocatedOnceAndRemembered() {
    const QString path = writeDocument(QStringLiteral("c.epidash"));
    QString error;
    std::optional<DashboardDocument> doc = DashboardFile::read(path, &error);
    QVERIFY(doc);
    const QString gone = m_dir.filePath(QStringLiteral("moved-away/test.gpkg"));
    doc->source.store = gone;
    QVERIFY(DashboardFile::write(*doc, path, &error));
    // Not located yet: a clear error naming the file and the field.
    QVERIFY(!DashboardWindow::openFile(m_settings, path, true, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("source.store")), qPrintable(error));
    // The user's earlier answer (the dialog stores it so) is used without asking.
    m_settings->setLocatedStore(gone, m_store);
    DashboardWindow *w = DashboardWindow::openFile(m_settings, path, true, &error);
    QVERIFY2(w, qPrintable(error));
    QVERIFY(w->isWindowModified()); // the new location is a change to save
    QVERIFY(waitPainted(w));
    QVERIFY(w->save());
    const std::optional<DashboardDocument> saved = DashboardFile::read(path, &error);
    QCOMPARE(saved->source.store, QStringLiteral("test.gpkg"));
    w->close();
  }

  void badDocumentNamesTheField() {
    const QString path = m_dir.filePath(QStringLiteral("bad.epidash"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"format_version": 1, "source": {"store": "test.gpkg"}, "panels": [{"id": "x", "kind": "pie"}]})");
    f.close();
    QString error;
    QVERIFY(!DashboardWindow::openFile(m_settings, path, true, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("panels[0].kind")), qPrintable(error));
  }

  void desktopScreenshotOfADashboard() {
    const QString path = writeDocument(QStringLiteral("shot.epidash"));
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.path()); // the user's settings untouched
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(EPIDESK), {path, QStringLiteral("--screenshot"), png});
    QVERIFY(app.waitForFinished(120000));
    QCOMPARE(app.exitCode(), 0);
    const QImage image(png);
    QVERIFY(image.width() >= 1000 && image.height() >= 700);
    // A bad document: exit 2, no window left waiting.
    app.start(QStringLiteral(EPIDESK), {m_dir.filePath(QStringLiteral("bad.epidash")), "--screenshot", png});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 2);
  }
};

QTEST_MAIN(TestDashboardWindow)
#include "test_dashboard_window.moc"
