// EpiDesk desktop application.
#include "AppSettings.h"
#include "DashboardWindow.h"
#include "MainWindow.h"
#include "Translations.h"
#include "trends/Dashboard.h"
#include "warehouse/WarehouseSettings.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

#ifndef EPIDESK_VERSION
#define EPIDESK_VERSION "0.0.0"
#endif

using namespace epidesk;

namespace {
// A screenshot waits for the first result; stores with much data may need a while.
constexpr int kScreenshotTimeoutMs = 120000;
constexpr int kScreenshotSettleMs = 500; // let layouts and the first paint finish

void saveScreenshot(QWidget &window, const QString &path, int exitCode) {
  const bool ok = window.grab().save(path);
  if (!ok)
    qWarning("Cannot write the screenshot %s", qPrintable(path));
  QCoreApplication::exit(ok ? exitCode : 2);
}
// epidesk FILE.epidash...: dashboard windows only; --screenshot grabs the
// first once every panel has drawn.
int openDashboards(AppSettings &settings, const QStringList &files, const QString &screenshot,
                   QApplication &app) {
  DashboardWindow *first = nullptr;
  for (const QString &file : files) {
    if (!DashboardWindow::isDashboardFile(file)) {
      qWarning("%s",
               qPrintable(QCoreApplication::translate("main", "%1: not a dashboard (.epidash)").arg(file)));
      continue;
    }
    QString error;
    DashboardWindow *window = DashboardWindow::openFile(&settings, file, !screenshot.isEmpty(), &error);
    if (!window) {
      if (!screenshot.isEmpty())
        qWarning("%s", qPrintable(error));
      continue;
    }
    if (!first)
      first = window;
  }
  if (!first)
    return 2;
  if (!screenshot.isEmpty()) {
    QObject::connect(first, &DashboardWindow::firstPaint, first, [first, screenshot] {
      QTimer::singleShot(kScreenshotSettleMs, first,
                         [first, screenshot] { saveScreenshot(*first, screenshot, 0); });
    });
    QTimer::singleShot(kScreenshotTimeoutMs, first,
                       [first, screenshot] { saveScreenshot(*first, screenshot, 1); });
  }
  return app.exec();
}

} // namespace

int main(int argc, char *argv[]) {
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("EpiDesk"));
  QCoreApplication::setApplicationName(QStringLiteral("EpiDesk"));
  QCoreApplication::setApplicationVersion(QStringLiteral(EPIDESK_VERSION));
  QGuiApplication::setApplicationDisplayName(QStringLiteral("EpiDesk"));
  QGuiApplication::setDesktopFileName(QStringLiteral("epidesk"));

  AppSettings settings;
  installTranslations(settings.language()); // empty = system locale

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QCoreApplication::translate("main", "EpiDesk: visual analytics of medicine sales."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption storeOption(QStringLiteral("store"),
                                       QCoreApplication::translate("main", "Open the embedded store <file>."),
                                       QStringLiteral("file"));
  const QCommandLineOption dbOption(
      QStringLiteral("db"),
      QCoreApplication::translate("main",
                                  "Connect to the PostgreSQL warehouse <uri> "
                                  "(postgresql://user@host:port/db; the password from the keychain)."),
      QStringLiteral("uri"));
  const QCommandLineOption screenshotOption(
      QStringLiteral("screenshot"),
      QCoreApplication::translate("main",
                                  "Save the window to <png> once the first result is shown, then exit."),
      QStringLiteral("png"));
  const QCommandLineOption scenarioOption(
      QStringLiteral("scenario"),
      QCoreApplication::translate("main",
                                  "Open the relocation scenario <dir> (default: the relocation folder beside "
                                  "the store, as epidesk-cli demo create makes it) and solve it."),
      QStringLiteral("dir"));
  parser.addOption(storeOption);
  parser.addOption(scenarioOption);
  parser.addOption(dbOption);
  parser.addOption(screenshotOption);
  parser.addPositionalArgument(
      QStringLiteral("dashboard"),
      QCoreApplication::translate("main", "Dashboards to open (.epidash), each in its own window."),
      QStringLiteral("[FILE.epidash...]"));
  parser.process(app);

  const QString screenshot = parser.value(screenshotOption);
  if (!parser.positionalArguments().isEmpty())
    return openDashboards(settings, parser.positionalArguments(), screenshot, app);

  MainWindow window;
  window.show();

  if (!screenshot.isEmpty()) {
    QObject::connect(window.dashboard(), &Dashboard::resultReady, &window, [&window, screenshot] {
      QTimer::singleShot(kScreenshotSettleMs, &window,
                         [&window, screenshot] { saveScreenshot(window, screenshot, 0); });
    });
    // No store or a failing request: still leave a picture, but report failure.
    QTimer::singleShot(kScreenshotTimeoutMs, &window,
                       [&window, screenshot] { saveScreenshot(window, screenshot, 1); });
  }

  const bool explicitSource = parser.isSet(storeOption) || parser.isSet(dbOption);
  const QString store = parser.isSet(dbOption)      ? parser.value(dbOption)
                        : parser.isSet(storeOption) ? parser.value(storeOption)
                                                    : settings.lastStore();
  // A warehouse that needs a password asks for it (there is none on disk);
  // a missing last store fails quietly.
  const bool quiet = !screenshot.isEmpty() || (!explicitSource && !isWarehouseLocation(store));
  if (!screenshot.isEmpty())
    QObject::connect(&window, &MainWindow::sourceFailed, &window,
                     [&window, screenshot] { saveScreenshot(window, screenshot, 1); });
  // Before the store, which only looks beside itself when no scenario is open.
  if (parser.isSet(scenarioOption))
    window.openScenario(parser.value(scenarioOption), !screenshot.isEmpty());
  bool opened = false;
  if (!store.isEmpty())
    opened = window.openStore(store, quiet);
  if (!screenshot.isEmpty() && !opened)
    QTimer::singleShot(kScreenshotSettleMs, &window,
                       [&window, screenshot] { saveScreenshot(window, screenshot, 1); });

  return app.exec();
}
