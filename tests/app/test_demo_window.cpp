// The main window on a demo layout (issue 11): a store with a relocation
// scenario beside it (DIR/relocation, as epidesk-cli demo create writes it)
// opens that scenario in the Relocation plans tab and solves it in the
// background; --scenario (MainWindow::openScenario) takes another one.
#include "DemoLayout.h"
#include "MainWindow.h"
#include "RelocationDemo.h"
#include "relocation/RelocationPlanModel.h"
#include "relocation/RelocationView.h"
#include "relocation/RelocationWhatIf.h"
#include "ViewsTestStore.h"
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

namespace {
// The demo generator, smaller than the demo's 60 facilities x 6 months so the
// solve takes seconds (at least one hospital per voivodeship: 16).
RelocationDemoResult writeScenario(const QString &dir, int months) {
  RelocationDemoOptions options;
  options.outDir = dir;
  options.facilities = 16;
  options.months = months;
  return RelocationDemo::generate(options, QStringLiteral(EPIDESK_SHARED_DIR));
}
} // namespace

class TestDemoWindow : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store;

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EpiDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_demo_window"));
    QString error;
    QVERIFY2(testing::createTestStore(m_dir.path(), &error), qPrintable(error));
    m_store = m_dir.filePath(QStringLiteral("test.gpkg"));
    QCOMPARE(DemoLayout::scenarioBesideStore(m_store), QString()); // none yet
    const RelocationDemoResult demo = writeScenario(DemoLayout(m_dir.path()).scenarioDir(), 2);
    QVERIFY2(demo.ok(), qPrintable(demo.error));
    QCOMPARE(DemoLayout::scenarioBesideStore(m_store), DemoLayout(m_dir.path()).scenarioDir());
  }

  void storeOpensTheScenarioBesideIt() {
    MainWindow window;
    window.show();
    RelocationView *view = window.relocationView();
    QSignalSpy planned(view, &RelocationView::planChanged);
    QVERIFY(window.openStore(m_store, true));
    QCOMPARE(int(view->scenario().districts.size()), 380);
    QCOMPARE(view->scenario().months, 2);
    // Solving in the background, with progress on the What-if page.
    QVERIFY(view->whatIf()->isRunning() || planned.count() == 1);
    QCOMPARE(view->tabs()->currentWidget(), static_cast<QWidget *>(view->whatIf()));
    QVERIFY(view->whatIf()->cancelButton()->isEnabled() || planned.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(planned.count(), 1, 240000);
    QVERIFY(view->plan().has_value());
    QVERIFY(!view->plan()->flows.empty());
    QVERIFY(view->planModel()->rowCount() > 0);
  }

  void explicitScenarioWins() {
    QTemporaryDir other;
    QVERIFY(writeScenario(other.path(), 1).ok());
    MainWindow window;
    QVERIFY(window.openScenario(other.path(), true));
    QVERIFY(window.openStore(m_store, true)); // does not replace the scenario already open
    QCOMPARE(window.relocationView()->scenario().months, 1);
    QVERIFY(!window.openScenario(m_dir.filePath("nowhere"), true));
    QTRY_VERIFY_WITH_TIMEOUT(!window.relocationView()->whatIf()->isRunning(), 240000);
  }
};

QTEST_MAIN(TestDemoWindow)
#include "test_demo_window.moc"
