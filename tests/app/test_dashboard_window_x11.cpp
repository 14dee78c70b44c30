// The dashboard window driven by real X events (issue 12): a private Xvfb
// with openbox, the window maximised by the window manager, xdotool clicks
// and keys. Cross-filtering: a district clicked on the map is selected on
// every linked panel and in the filter bar; a table row likewise; Esc clears;
// an unlinked panel keeps its own selection. Docking: a double-clicked dock
// title floats the panel, and the saved document reopens it floating. The
// class histogram's break dragged and a prism of the space-time cube clicked.
#include "AppSettings.h"
#include "ChoroplethLayer.h"
#include "DashboardFile.h"
#include "DashboardWindow.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "DesktopTestSettings.h"
#include "MapScene.h"
#include "PanelKinds.h"
#include "ViewsTestStore.h"
#include "XSession.h"
#include "dashboard/ClassHistogramPanel.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/FilterBar.h"
#include "dashboard/PanelDock.h"
#include "dashboard/SpaceTimePanel.h"
#include "dashboard/TrendPanels.h"
#include "map/ClassHistogram.h"
#include "map/MapWidget.h"
#include "spacetime/SpaceTimeView.h"
#include "trends/TrendTestTable.h"
#include <QHeaderView>
#include <QJsonArray>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace epidesk;
using epidesk::test::XSession;

namespace {
// A point of the map widget inside the district whose result code is code.
std::optional<QPoint> pointOf(TrendMapPanel *panel, const QString &code) {
  MapWidget *map = panel->map();
  for (int y = 4; y < map->height(); y += 4)
    for (int x = 4; x < map->width(); x += 4) {
      const QString feature = map->scene()->featureAt(QPointF(x, y));
      if (!feature.isEmpty() && panel->output()->binding.resultCodes({feature}) == QStringList{code})
        return QPoint(x, y);
    }
  return std::nullopt;
}

template <typename T> T *panelOf(DashboardWindow *w) {
  for (DashboardPanel *p : w->host()->panels())
    if (auto *t = qobject_cast<T *>(p))
      return t;
  return nullptr;
}
} // namespace

class TestDashboardWindowX11 : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store;
  std::unique_ptr<AppSettings> m_owned;
  AppSettings *m_settings = nullptr;

private slots:
  void initTestCase() {
    if (qgetenv("QT_QPA_PLATFORM") != "xcb")
      QSKIP("needs Xvfb, openbox and xdotool (scripts/install-deps.sh installs them)");
    m_owned = test::freshAppSettings(QStringLiteral("test_dashboard_window_x11"));
    m_settings = m_owned.get();
    QString error;
    QVERIFY2(testing::createTestStore(m_dir.path(), &error), qPrintable(error));
    m_store = m_dir.filePath(QStringLiteral("test.gpkg"));
  }

  void crossFilterAndDocking() {
    QString error;
    std::shared_ptr<const DataSource> source = openDataSource(m_store, &error);
    QVERIFY2(source, qPrintable(error));
    TrendRequest request;
    request.level = GeoLevel::Uf;
    const DashboardDocument doc = DashboardWindow::newDocument(*source, request, QStringLiteral("X11"));
    DashboardWindow *window = DashboardWindow::openUntitled(m_settings, doc, m_dir.path(), true, &error);
    QVERIFY2(window, qPrintable(error));
    QSignalSpy painted(window, &DashboardWindow::firstPaint);
    window->showMaximized();
    QVERIFY(painted.wait(60000) || painted.count() == 1);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(window->width() > 1200, 10000); // the window manager maximised it
    QTest::qWait(300);
    XSession::xdotool({"windowactivate", "--sync", QString::number(window->winId())});

    DashboardState *state = window->host()->state();
    auto *map = panelOf<TrendMapPanel>(window);
    auto *table = panelOf<TrendTablePanel>(window);
    QVERIFY(map && table && map->output());
    const QString tableId = table->id(); // the window and its panels go with close()

    // A district clicked on the map: selected everywhere, one chip.
    const std::optional<QPoint> mg = pointOf(map, QStringLiteral("MG"));
    QVERIFY(mg);
    QVERIFY(XSession::click(map->map()->mapToGlobal(*mg)));
    QTRY_COMPARE(state->selection(), QStringList{"MG"});
    QTRY_COMPARE(table->table()->selectedCodes(), QStringList{"MG"});
    QCOMPARE(window->filterBar()->chipTexts(), QStringList{"Selected: MG"});
    QVERIFY(window->isWindowModified());

    // Esc clears, wherever the focus is in the window.
    QVERIFY(XSession::key(QStringLiteral("Escape")));
    QTRY_VERIFY(state->selection().isEmpty());
    QTRY_VERIFY(map->map()->selectedCodes().isEmpty());
    QVERIFY(window->filterBar()->chipTexts().isEmpty());

    // A table row clicked: the map follows.
    QTableView *view = table->table()->findChild<QTableView *>();
    QVERIFY(view);
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
      if (view->model()->index(r, 0).data().toString() == QLatin1String("RJ"))
        row = r;
    QVERIFY(row >= 0);
    view->scrollTo(view->model()->index(row, 1));
    QTest::qWait(100);
    const QRect cell = view->visualRect(view->model()->index(row, 1));
    QVERIFY(XSession::click(view->viewport()->mapToGlobal(cell.center())));
    QTRY_COMPARE(state->selection(), QStringList{"RJ"});
    QTRY_COMPARE(map->map()->selectedCodes().size(), 1);

    // Unlinked, the table keeps its own selection while the map moves on.
    PanelDock *tableDock = window->dock(table->id());
    QVERIFY(XSession::click(tableDock->linkToggle()->mapToGlobal(tableDock->linkToggle()->rect().center())));
    QTRY_VERIFY(!table->isLinked());
    const std::optional<QPoint> sp = pointOf(map, QStringLiteral("SP"));
    QVERIFY(sp);
    QVERIFY(XSession::click(map->map()->mapToGlobal(*sp)));
    QTRY_COMPARE(state->selection(), QStringList{"SP"});
    QTest::qWait(200);
    QCOMPARE(table->table()->selectedCodes(), QStringList{"RJ"});

    // Docking: double-clicking the title bar floats the panel; saved and
    // reopened, the document restores it floating, unlinked and with the selection.
    QVERIFY(!tableDock->isFloating());
    QVERIFY(XSession::doubleClick(tableDock->mapToGlobal(QPoint(tableDock->width() / 3, 8))));
    QTRY_VERIFY_WITH_TIMEOUT(tableDock->isFloating(), 5000);
    const QString path = m_dir.filePath(QStringLiteral("x11.epidash"));
    QVERIFY(window->saveAs(path));
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->windowTitle().contains(QStringLiteral("x11.epidash")));
    window->close();
    QTest::qWait(100);

    const std::optional<DashboardDocument> saved = DashboardFile::read(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->selection, QStringList{"SP"});
    QCOMPARE(saved->source.store, QStringLiteral("test.gpkg")); // beside the document: relative
    QCOMPARE(saved->panel(tableId)->linked, false);
    DashboardWindow *reopened = DashboardWindow::openFile(m_settings, path, true, &error);
    QVERIFY2(reopened, qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(reopened));
    QTRY_VERIFY(reopened->dock(tableId) && reopened->dock(tableId)->isFloating());
    QCOMPARE(reopened->host()->state()->selection(), QStringList{"SP"});
    QCOMPARE(m_settings->recentDashboards().value(0), path);
    reopened->close();
  }

  // Issue 13 under real X events: a break line dragged on the class
  // histogram reclassifies the map; a click on a prism of the space-time
  // cube (VTK in the Qt 6 bridge, in a dock of the maximised window) selects
  // its district dashboard-wide.
  void histogramDragAndCubePick() {
    QString error;
    std::shared_ptr<const DataSource> source = openDataSource(m_store, &error);
    QVERIFY2(source, qPrintable(error));
    TrendRequest request;
    request.level = GeoLevel::Uf;
    DashboardDocument doc = DashboardWindow::newDocument(*source, request, QStringLiteral("X11 cube"));
    for (const QString kind : {QStringLiteral("trend_histogram"), QStringLiteral("trend_spacetime")}) {
      PanelSpec p;
      p.id = doc.newPanelId(kind);
      p.kind = kind;
      p.params = PanelKinds::defaultParams(kind);
      if (kind == QLatin1String("trend_spacetime"))
        p.params[QStringLiteral("mode")] = QStringLiteral("prisms");
      doc.panels.push_back(p);
    }
    DashboardWindow *window = DashboardWindow::openUntitled(m_settings, doc, m_dir.path(), true, &error);
    QVERIFY2(window, qPrintable(error));
    window->showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(window->width() > 1200, 10000);
    auto *map = panelOf<TrendMapPanel>(window);
    auto *histogram = panelOf<ClassHistogramPanel>(window);
    auto *cube = panelOf<SpaceTimePanel>(window);
    QVERIFY(map && histogram && cube);
    QTRY_VERIFY_WITH_TIMEOUT(map->output() && !window->host()->isBusy(), 60000);
    QTest::qWait(300);
    XSession::xdotool({"windowactivate", "--sync", QString::number(window->winId())});

    // Drag the first break 60 px to the right: the map gets manual breaks.
    ClassHistogram *chart = histogram->histogram();
    const double before = chart->innerBreaks().at(0);
    const QPoint from = chart->viewport()->mapToGlobal(chart->breakPosition(0));
    QVERIFY(XSession::drag(from, from + QPoint(60, 0)));
    const int inner = int(chart->innerBreaks().size());
    QVERIFY(inner >= 1);
    QTRY_COMPARE(map->params()["breaks"].toArray().size(), inner);
    QVERIFY(map->params()["breaks"].toArray()[0].toDouble() > before);
    QCOMPARE(map->map()->scene()->primaryLayer()->classBreaks().upperBounds()[0],
             map->params()["breaks"].toArray()[0].toDouble());
    QCOMPARE(cube->view()->scene()->data().classes.upperBounds()[0],
             chart->innerBreaks()[0]); // one classification

    // Look straight down, then click a district's prism.
    SpaceTimeCanvas *canvas = cube->view()->canvas();
    QTRY_VERIFY(canvas->isValid());
    SpaceTimeScene *scene = cube->view()->scene();
    scene->viewFromAbove();
    canvas->update();
    QTest::qWait(200);
    QString code;
    QPoint at;
    for (const QString &uf :
         {QStringLiteral("MG"), QStringLiteral("BA"), QStringLiteral("SP"), QStringLiteral("RS")}) {
      const int f = cube->featureIndex(uf);
      const QPoint p = canvas->positionOf(f).toPoint();
      if (f >= 0 && canvas->rect().contains(p) && canvas->featureAt(p) == f) {
        code = uf;
        at = p;
        break;
      }
    }
    QVERIFY2(!code.isEmpty(), "no state's prism is visible in the cube's dock");
    QVERIFY(XSession::click(canvas->mapToGlobal(at)));
    QTRY_COMPARE(window->host()->state()->selection(), QStringList{code});
    QTRY_COMPARE(map->map()->selectedCodes(), QStringList{code});
    QVERIFY(window->isWindowModified()); // the breaks and the selection are the document's
    window->setWindowModified(false);    // closing without the save prompt
    window->close();
  }
};

int main(int argc, char *argv[]) {
  XSession x; // before the QApplication, which connects to its display
  if (!x.missing().isEmpty())
    qputenv("QT_QPA_PLATFORM", "offscreen"); // initTestCase skips, naming what is missing
  QApplication app(argc, argv);
  TestDashboardWindowX11 test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_dashboard_window_x11.moc"
