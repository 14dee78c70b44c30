#include "importing/ImportDialog.h"
#include "ViewsTestStore.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

class TestImportDialog : public QObject {
  Q_OBJECT
private slots:
  void createsStoreImportsAndSummarizes() {
    QTemporaryDir dir;
    const QString file = testing::writeAnvisaFile(dir.path());
    QVERIFY(!file.isEmpty());
    const QString store = dir.filePath(QStringLiteral("new.gpkg")); // does not exist yet
    ImportDialog dialog(store, {file});
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.show();
    dialog.start();
    QVERIFY(dialog.isRunning()); // off the GUI thread
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(!dialog.isRunning());
    const ImportSummary &s = dialog.summary();
    QVERIFY2(s.ok(), qPrintable(s.errors().join('\n')));
    qint64 rows = 0;
    for (const auto &state : testing::kTestStates)
      for (int n : state.rowsPerYear)
        rows += n;
    QCOMPARE(s.rowsLoaded, rows);
    QVERIFY(dialog.changedStore());
    QVERIFY(QFileInfo::exists(store));
    const QString html = ImportDialog::summaryHtml(s);
    QVERIFY(html.contains(QLocale().toString(rows)));
  }

  void keepsOnlyCsvFiles() {
    QTemporaryDir dir;
    const QString csv = testing::writeAnvisaFile(dir.path());
    QFile other(dir.filePath("notes.txt"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QCOMPARE(ImportDialog::csvFiles({csv, other.fileName(), dir.filePath("missing.csv")}), QStringList{csv});
  }
};

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
