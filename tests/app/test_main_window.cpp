#include "EmbeddedStore.h"
#include "MainWindow.h"
#include "ViewsTestStore.h"
#include "importing/ImportDialog.h"
#include "trends/Dashboard.h"
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
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

  // An import runs beside the dashboards: its dialog is not modal, a second
  // import waits for it, and the dashboards read the data as it was until it
  // ends (their store holds its snapshot), then reload.
  void importRunsBesideTheDashboards() {
    const QString path = m_dir.filePath(QStringLiteral("import.gpkg"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_storePath, path));
    const QString file = m_dir.filePath(QStringLiteral("EDA_Industrializados_201602.csv"));
    QFile::remove(file);
    QVERIFY(QFile::copy(testing::writeAnvisaFile(m_dir.path()), file));
    MainWindow window;
    window.show();
    QSignalSpy ready(window.dashboard(), &Dashboard::resultReady);
    QVERIFY(window.openStore(path, true));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    QCOMPARE(window.dashboard()->dataSource()->imports().size(), size_t(1));

    window.importFiles({file});
    auto *dialog = window.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QAction *import = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
      if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
        import = a;
    QVERIFY(import);
    QVERIFY(!import->isEnabled());
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    // Wait for the worker's commit, seen through another connection, without
    // running the event loop: the window cannot have seen the end yet, so
    // what its store reads is the held snapshot.
    QString error;
    const auto other = EmbeddedStore::open(path, &error);
    QVERIFY2(other, qPrintable(error));
    for (int i = 0; i < 600 && other->imports().size() < 2; ++i)
      QThread::msleep(50);
    QCOMPARE(other->imports().size(), size_t(2));
    QCOMPARE(window.dashboard()->dataSource()->imports().size(), size_t(1));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(import->isEnabled());
    QCOMPARE(window.dashboard()->dataSource()->imports().size(), size_t(2));
  }

  void missingStoreFailsQuietly() {
    MainWindow window;
    QVERIFY(!window.openStore(m_dir.filePath("missing.gpkg"), true));
    QVERIFY(window.storePath().isEmpty());
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
