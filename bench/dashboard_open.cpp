// Open-to-first-paint of dashboards (issue 12): for each .epidash, the time
// from DashboardWindow::openFile (read, validate, open the store, build the
// docks) until every panel has computed and drawn (firstPaint, then the
// paint events flushed). Baseline in the same run: the classic main window
// opening the same store until its trend tab shows the first result. The
// dashboards come first in each round, so round 1 is cold (boundaries and
// the store's pages not yet read by this process).
//   epidesk-dashboard-bench ROUNDS STORE FILE.epidash...   -> JSON lines on stdout
#include "AppSettings.h"
#include "DashboardWindow.h"
#include "MainWindow.h"
#include "trends/Dashboard.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <cstdio>

using namespace epidesk;

namespace {
void printRow(const QJsonObject &o) {
  std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
  std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[]) {
  QApplication app(argc, argv);
  QStandardPaths::setTestModeEnabled(true); // no user settings touched
  QCoreApplication::setOrganizationName(QStringLiteral("EpiDeskBench"));
  const QStringList args = app.arguments().mid(1);
  if (args.size() < 3) {
    std::fprintf(stderr, "usage: epidesk-dashboard-bench ROUNDS STORE FILE.epidash...\n");
    return 2;
  }
  const int rounds = args.at(0).toInt();
  AppSettings settings;
  for (int round = 1; round <= rounds; ++round) {
    for (const QString &file : args.mid(2)) {
      QElapsedTimer t;
      t.start();
      QString error;
      DashboardWindow *window = DashboardWindow::openFile(&settings, file, true, &error);
      if (!window) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
      }
      QSignalSpy painted(window, &DashboardWindow::firstPaint);
      if (painted.isEmpty() && !painted.wait(120000))
        return 1;
      window->repaint(); // the paint of the last results, synchronously
      printRow({{"what", QFileInfo(file).completeBaseName()},
                {"round", round},
                {"panels", int(window->docks().size())},
                {"ms", double(t.nsecsElapsed()) / 1e6}});
      window->setWindowModified(false);
      window->close();
      QCoreApplication::processEvents();
    }
    {
      QElapsedTimer t;
      t.start();
      MainWindow window;
      window.show();
      QSignalSpy ready(window.dashboard(), &Dashboard::resultReady);
      window.openStore(args.at(1), true);
      if (!ready.wait(120000))
        return 1;
      QCoreApplication::processEvents();
      printRow({{"what", "main_window"}, {"round", round}, {"ms", double(t.nsecsElapsed()) / 1e6}});
    }
  }
  return 0;
}
