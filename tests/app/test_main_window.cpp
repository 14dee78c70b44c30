#include "trends/Dashboard.h"
#include "MainWindow.h"
#include "ViewsTestStore.h"
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

class TestMainWindow : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_storePath;

private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // keep QSettings away from the user's
    QCoreApplication::setOrganizationName(QStringLiteral("EpiDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
    QString error;
    QVERIFY2(testing::createTestStore(m_dir.path(), &error), qPrintable(error));
    m_storePath = m_dir.filePath(QStringLiteral("test.gpkg"));
  }

  void opensStoreAndSwitchesLanguages() {
    MainWindow window;
    window.show();
    QSignalSpy ready(window.dashboard(), &Dashboard::resultReady);
    QVERIFY(window.openStore(m_storePath, true));
    QCOMPARE(window.storePath(), m_storePath);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);

    // Every language action works, shipped translation or not.
    QMenu *language = nullptr;
    for (QAction *a : window.menuBar()->actions())
      if (a->menu() && a->menu()->actions().size() >= 5)
        language = a->menu();
    QVERIFY(language);
    int switched = 0;
    for (QAction *a : language->actions())
      if (a->isCheckable()) {
        a->trigger();
        QCoreApplication::processEvents();
        QVERIFY(a->isChecked());
        QVERIFY(!window.windowTitle().isEmpty());
        ++switched;
      }
    QCOMPARE(switched, 5); // System, English, Português (Brasil), Español, Polski
  }

  void missingStoreFailsQuietly() {
    MainWindow window;
    QVERIFY(!window.openStore(m_dir.filePath("missing.gpkg"), true));
    QVERIFY(window.storePath().isEmpty());
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
