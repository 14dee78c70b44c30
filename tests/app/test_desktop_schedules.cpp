// The desktop's side of schedules against a real epidesk-server (its
// scheduler on) and worker: Cluster ▸ Schedules… lists the user's
// schedules, creates one through the editor (a 422 shown in the editor),
// pauses, resumes, runs it now and shows the history; File ▸ Schedule this
// dashboard… makes a dashboard schedule whose run's PDF the dialog saves;
// the editor previews the next due times with the server's rules.
#include "AppSettings.h"
#include "ClusterTestSupport.h"
#include "DashboardWindow.h"
#include "DesktopTestSettings.h"
#include "cluster/ScheduleEditor.h"
#include "cluster/SchedulesDialog.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cltest;
using namespace epidesk;

namespace {
int rowOf(QTableWidget *t, int column, const QString &text) {
  for (int r = 0; r < t->rowCount(); ++r)
    if (t->item(r, column) && t->item(r, column)->text() == text)
      return r;
  return -1;
}
// The editor a click opened (a window-modal child of parent).
ScheduleEditor *openEditor(QWidget *parent) {
  QElapsedTimer t;
  t.start();
  while (t.elapsed() < 10000) {
    ScheduleEditor *found = parent->findChild<ScheduleEditor *>();
    if (found && found->isVisible())
      return found;
    QTest::qWait(20);
  }
  return nullptr;
}
} // namespace

class TestDesktopSchedules : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store, m_db, m_token;
  Child m_server, m_worker;
  std::unique_ptr<AppSettings> m_settings;
  QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port)); }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("EPIDESK_KEYCHAIN", "off");
    m_settings = test::freshAppSettings(QStringLiteral("test_desktop_schedules"));
    QString error;
    m_store = test::createDemoStore(m_dir.path(), 11, &error);
    QVERIFY2(!m_store.isEmpty(), qPrintable(error));
    m_db = freshDatabase("epidesk_desktop_schedules");
    m_token = createToken(m_db, "carla", "analyst");
    qputenv("EPIDESK_CLUSTER_TOKEN", m_token.toUtf8());
    startServer(m_server, m_db, m_store);
    startWorker(m_worker, m_db, m_store, "w1", 5, 3, {"--render-program", QStringLiteral(EPIDESK_RENDER)});
    m_settings->setClusterUrl(url());
  }

  void theEditorPreviewsDueTimesInItsZone() {
    ScheduleEditor editor;
    editor.cronEdit()->setText("0 7 * * 1");
    editor.timeZoneBox()->setCurrentText("America/Sao_Paulo");
    // Three Mondays at 07:00 São Paulo time, shown in that zone.
    QCOMPARE(editor.preview()->text().count("07:00"), 3);
    editor.cronEdit()->setText("61 * * * *");
    QVERIFY2(editor.preview()->text().contains("minute"), qPrintable(editor.preview()->text()));
    QVERIFY(!editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    editor.cronEdit()->setText("30 2 * * *");
    editor.timeZoneBox()->setCurrentText("Mars/Olympus");
    QVERIFY(editor.preview()->text().contains("Mars/Olympus"));
  }

  void createPauseRunNowAndHistory() {
    SchedulesDialog dialog(url(), m_token);
    dialog.setDownloadDir(m_dir.path());
    dialog.show();
    QSignalSpy refreshed(&dialog, &SchedulesDialog::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(dialog.schedulesTable()->rowCount(), 0);

    // New…: bad params come back as a 422 in a reopened editor.
    dialog.findChild<QPushButton *>("new")->click();
    ScheduleEditor *editor = openEditor(&dialog);
    QVERIFY(editor);
    editor->findChild<QLineEdit *>("name")->setText("Azithromycin by state");
    editor->findChild<QPlainTextEdit *>()->setPlainText(
        "{\"ingredient_contains\": \"azitromicina\", \"level\": \"planet\"}");
    editor->accept();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<ScheduleEditor *>() &&
                                 dialog.findChild<ScheduleEditor *>() != editor &&
                                 dialog.findChild<ScheduleEditor *>()->isVisible(),
                             10000);
    editor = dialog.findChild<ScheduleEditor *>();
    const QList<QLabel *> labels = editor->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](QLabel *l) { return l->text().contains("params.level"); }));
    editor->findChild<QPlainTextEdit *>()->setPlainText(
        "{\"ingredient_contains\": \"azitromicina\", \"level\": \"uf\"}");
    editor->accept();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.schedulesTable()->rowCount(), 1, 10000);
    const int row = rowOf(dialog.schedulesTable(), 0, "Azithromycin by state");
    QVERIFY(row >= 0);
    QVERIFY(!dialog.schedulesTable()->item(row, 4)->text().isEmpty()); // next run

    dialog.schedulesTable()->selectRow(row);
    dialog.findChild<QPushButton *>("pause")->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.schedulesTable()->item(0, 6)->text().startsWith("paused"), 10000);
    QVERIFY(dialog.findChild<QPushButton *>("resume")->isEnabled());
    dialog.findChild<QPushButton *>("resume")->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.schedulesTable()->item(0, 6)->text(), QString("active"), 10000);

    dialog.schedulesTable()->selectRow(0);
    dialog.findChild<QPushButton *>("run-now")->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.runsTable()->rowCount() == 1 && dialog.runsTable()->item(0, 2)->text() == "succeeded", 60000);
    QCOMPARE(dialog.runsTable()->item(0, 1)->text(), QString("run now"));
    // Its result opens in the trends view (the session routes it).
    QSignalSpy opened(&dialog, &SchedulesDialog::openResultRequested);
    dialog.runsTable()->selectRow(0);
    QVERIFY(dialog.findChild<QPushButton *>("open-result")->isEnabled());
    dialog.findChild<QPushButton *>("open-result")->click();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened[0][0].toString(), QString("trends"));
    QVERIFY(!opened[0][2].toJsonObject().value("series").toObject().isEmpty());
  }

  void scheduleThisDashboardMakesAPdf() {
    const QString docPath = m_dir.filePath("weekly.epidash");
    const test::CliRun made =
        test::runCli({"dashboard", "new", "--store", m_store, "--ingredient-contains", "azitromicina",
                      "--panels", "map,chart", "--title", "Weekly report", "--out", docPath});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QString error;
    DashboardWindow *w = DashboardWindow::openFile(m_settings.get(), docPath, true, &error);
    QVERIFY2(w, qPrintable(error));
    QSignalSpy scheduled(w, &DashboardWindow::scheduled);
    QAction *action = w->findChild<QAction *>("scheduleDashboard");
    QVERIFY(action);
    action->trigger();
    ScheduleEditor *editor = openEditor(w);
    QVERIFY(editor);
    QCOMPARE(editor->body().value("kind").toString(), QString("dashboard"));
    QCOMPARE(editor->findChild<QLineEdit *>("name")->text(), QString("Weekly report"));
    QCOMPARE(editor->cronEdit()->text(), QString("0 7 * * 1"));
    editor->accept();
    QVERIFY(scheduled.wait(15000));
    const QString id = scheduled[0][0].toString();
    w->setWindowModified(false);
    w->close();

    SchedulesDialog dialog(url(), m_token);
    dialog.setDownloadDir(m_dir.path());
    dialog.setOpenPdfExternally(false);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(dialog.schedulesTable(), 0, "Weekly report") >= 0, 10000);
    dialog.schedulesTable()->selectRow(rowOf(dialog.schedulesTable(), 0, "Weekly report"));
    QCOMPARE(dialog.selectedScheduleId(), id);
    dialog.findChild<QPushButton *>("run-now")->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.runsTable()->rowCount() == 1 && dialog.runsTable()->item(0, 2)->text() == "succeeded", 180000);
    dialog.runsTable()->selectRow(0);
    QSignalSpy saved(&dialog, &SchedulesDialog::pdfSaved);
    QVERIFY(dialog.findChild<QPushButton *>("open-pdf")->isEnabled());
    dialog.findChild<QPushButton *>("open-pdf")->click();
    QVERIFY(saved.wait(20000));
    QFile pdf(saved[0][0].toString());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
  }
};

QTEST_MAIN(TestDesktopSchedules)
#include "test_desktop_schedules.moc"
