#include "MainWindow.h"
#include "ClusterSession.h"
#include "Credentials.h"
#include "CsvExport.h"
#include "DashboardOpenActions.h"
#include "DashboardWindow.h"
#include "DataSourceRegistry.h"
#include "DemoLayout.h"
#include "MapScene.h"
#include "Translations.h"
#include "export/ReportWriter.h"
#include "forecast/ForecastPanel.h"
#include "importing/ImportDialog.h"
#include "map/MapWidget.h"
#include "relocation/RelocationView.h"
#include "trends/Dashboard.h"
#include "trends/TrendChart.h"
#include "trends/TrendControls.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

namespace epidesk {

namespace {
// Language menu: locale name (empty = system) and its name in that language,
// so a user can find their language whatever the current one is.
const std::pair<const char *, const char *> kLanguages[] = {
    {"en", "English"}, {"pt_BR", "Português (Brasil)"}, {"es", "Español"}, {"pl", "Polski"}};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_credentials(new Credentials(this)), m_dashboard(new Dashboard(this)),
      m_storeLabel(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this)) {
  setObjectName(QStringLiteral("mainWindow"));
  // Tabs: the trend dashboard, and forecasting (issue 4).
  m_tabs = new QTabWidget(this);
  m_forecast = new ForecastPanelWidget(this);
  m_tabs->addTab(m_dashboard, QString());
  m_tabs->addTab(m_forecast, QString());
  m_relocation = new RelocationView(this);
  m_tabs->addTab(m_relocation, QString()); // relocation plans (issue 6)
  setCentralWidget(m_tabs);
  connect(m_forecast, &ForecastPanelWidget::statusMessage, this,
          [this](const QString &text) { statusBar()->showMessage(text, 8000); });
  setAcceptDrops(true);
  setWindowIcon(QIcon(QStringLiteral(":/icons/epidesk.svg")));

  m_progress->setRange(0, 100);
  m_progress->setMaximumWidth(180);
  m_progress->hide();
  m_cancel->hide();
  m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  statusBar()->addPermanentWidget(m_storeLabel, 1);
  statusBar()->addPermanentWidget(m_progress);
  statusBar()->addPermanentWidget(m_cancel);

  // Before createActions() (its menu) and restoreState() (its docks).
  m_cluster = new ClusterSession(
      this, {m_dashboard, m_forecast, m_relocation, m_tabs}, m_credentials, &m_settings,
      QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cluster-jobs"));
  connect(m_cluster, &ClusterSession::statusMessage, this,
          [this](const QString &text) { statusBar()->showMessage(text, 10000); });
  createActions();

  connect(m_dashboard, &Dashboard::progressChanged, this,
          [this](double percent) { m_progress->setValue(qRound(percent)); });
  connect(m_dashboard, &Dashboard::busyChanged, this, [this](bool busy) {
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    updateActions();
  });
  connect(m_dashboard, &Dashboard::statusMessage, this,
          [this](const QString &text) { statusBar()->showMessage(text, 8000); });
  connect(m_dashboard, &Dashboard::resultReady, this, &MainWindow::updateActions);
  // The forecast tab reads the same source: follow the dashboard's reconnection.
  connect(m_dashboard, &Dashboard::reconnected, this,
          [this] { m_forecast->reconnectDataSource(m_dashboard->dataSource()); });
  connect(m_dashboard, &Dashboard::failed, this,
          [this](const QString &message) { QMessageBox::warning(this, tr("Trend analysis"), message); });
  connect(m_cancel, &QToolButton::clicked, m_dashboard, &Dashboard::cancel);
  connect(m_dashboard->controls(), &TrendControls::classificationChanged, this,
          [this](const QString &id, int classes) {
            m_settings.setClassifierId(id);
            m_settings.setClassCount(classes);
          });
  m_dashboard->controls()->setClassification(m_settings.classifierId(), m_settings.classCount());

  // Connect dialog, keychain and the connection attempt; the window shows what opens.
  m_warehouse = new WarehouseLogin(this, m_credentials, &m_settings);
  connect(m_warehouse, &WarehouseLogin::statusMessage, this,
          [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
  connect(m_warehouse, &WarehouseLogin::failed, this, &MainWindow::sourceFailed);
  connect(m_warehouse, &WarehouseLogin::opened, this, &MainWindow::showWarehouse);

  resize(1280, 820);
  restoreGeometry(m_settings.windowGeometry());
  restoreState(m_settings.windowState());
  m_dashboard->splitter()->restoreState(m_settings.splitterState());
  retranslate();
  updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
  m_openAction = new QAction(this);
  m_openAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O); // Ctrl+O opens dashboards, the unit of work
  connect(m_openAction, &QAction::triggered, this, &MainWindow::openStoreDialog);
  m_connectAction = new QAction(this);
  connect(m_connectAction, &QAction::triggered, this, [this] { connectWarehouseDialog(); });
  m_importAction = new QAction(this);
  m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
  connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);
  m_exportTableAction = new QAction(this);
  connect(m_exportTableAction, &QAction::triggered, this, &MainWindow::exportTableCsv);
  m_exportSeriesAction = new QAction(this);
  connect(m_exportSeriesAction, &QAction::triggered, this, &MainWindow::exportSeriesCsv);
  m_exportPdfAction = new QAction(this);
  m_exportPdfAction->setShortcut(Qt::CTRL | Qt::Key_P);
  connect(m_exportPdfAction, &QAction::triggered, this, &MainWindow::exportPdfReport);
  m_quitAction = new QAction(this);
  m_quitAction->setShortcut(QKeySequence::Quit);
  m_quitAction->setMenuRole(QAction::QuitRole);
  connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

  m_runAction = new QAction(this);
  m_runAction->setShortcut(QKeySequence::Refresh);
  connect(m_runAction, &QAction::triggered, m_dashboard, &Dashboard::rerun);
  m_cancelAction = new QAction(this);
  m_cancelAction->setShortcut(Qt::Key_Escape);
  connect(m_cancelAction, &QAction::triggered, m_dashboard, &Dashboard::cancel);
  m_resetMapAction = new QAction(this);
  connect(m_resetMapAction, &QAction::triggered, this,
          [this] { m_dashboard->mapWidget()->scene()->resetView(); });
  m_resetChartAction = new QAction(this);
  connect(m_resetChartAction, &QAction::triggered, m_dashboard->chart(), &TrendChart::resetView);
  m_forecastAction = new QAction(this);
  connect(m_forecastAction, &QAction::triggered, this, [this] {
    m_tabs->setCurrentWidget(m_forecast);
    m_forecast->runAll();
  });

  m_languageGroup = new QActionGroup(this);
  m_languageGroup->setExclusive(true);
  m_systemLanguageAction = new QAction(this);
  m_systemLanguageAction->setData(QString());
  m_languageGroup->addAction(m_systemLanguageAction);
  for (const auto &[locale, name] : kLanguages) {
    auto *action = new QAction(QString::fromUtf8(name), this);
    action->setData(QString::fromLatin1(locale));
    m_languageGroup->addAction(action);
  }
  const QString current = m_settings.language();
  for (QAction *a : m_languageGroup->actions()) {
    a->setCheckable(true);
    a->setChecked(a->data().toString() == current);
  }
  connect(m_languageGroup, &QActionGroup::triggered, this,
          [this](QAction *a) { setLanguage(a->data().toString()); });

  m_aboutAction = new QAction(this);
  m_aboutAction->setMenuRole(QAction::AboutRole);
  connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

  m_fileMenu = menuBar()->addMenu(QString());
  m_dashboards = new DashboardOpenActions(
      &m_settings, this, [this] { return m_dashboard->dataSource(); },
      [this] { return m_dashboard->hasResult() ? m_dashboard->request() : TrendRequest{}; });
  m_dashboards->addTo(m_fileMenu);
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_openAction);
  m_fileMenu->addAction(m_connectAction);
  m_fileMenu->addAction(m_importAction);
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_exportTableAction);
  m_fileMenu->addAction(m_exportSeriesAction);
  m_fileMenu->addAction(m_exportPdfAction);
  m_fileMenu->addSeparator();
  m_fileMenu->addAction(m_quitAction);
  m_viewMenu = menuBar()->addMenu(QString());
  m_viewMenu->addAction(m_runAction);
  m_viewMenu->addAction(m_cancelAction);
  m_viewMenu->addSeparator();
  m_viewMenu->addAction(m_resetMapAction);
  m_viewMenu->addAction(m_resetChartAction);
  m_viewMenu->addSeparator();
  m_viewMenu->addAction(m_forecastAction);
  m_clusterMenu = menuBar()->addMenu(QString());
  m_cluster->populateMenu(m_clusterMenu);
  m_languageMenu = menuBar()->addMenu(QString());
  m_languageMenu->addAction(m_systemLanguageAction);
  m_languageMenu->addSeparator();
  m_languageMenu->addActions(m_languageGroup->actions().mid(1));
  m_helpMenu = menuBar()->addMenu(QString());
  m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate() {
  m_fileMenu->setTitle(tr("&File"));
  m_dashboards->retranslate();
  m_openAction->setText(tr("&Open store…"));
  m_connectAction->setText(tr("Connect to &warehouse…"));
  m_importAction->setText(tr("&Import ANVISA files…"));
  m_exportTableAction->setText(tr("Export &table CSV…"));
  m_exportSeriesAction->setText(tr("Export &series CSV…"));
  m_exportPdfAction->setText(tr("Export &PDF report…"));
  m_quitAction->setText(tr("&Quit"));
  m_viewMenu->setTitle(tr("&View"));
  m_runAction->setText(tr("&Run analysis"));
  m_cancelAction->setText(tr("&Cancel analysis"));
  m_resetMapAction->setText(tr("Reset &map view"));
  m_resetChartAction->setText(tr("Reset c&hart view"));
  m_forecastAction->setText(tr("&Forecast all series"));
  m_tabs->setTabText(m_tabs->indexOf(m_dashboard), tr("Trends"));
  m_tabs->setTabText(m_tabs->indexOf(m_forecast), tr("Forecasts"));
  m_tabs->setTabText(m_tabs->indexOf(m_relocation), tr("Relocation plans"));
  m_clusterMenu->setTitle(tr("&Cluster"));
  m_cluster->retranslate();
  m_languageMenu->setTitle(tr("&Language"));
  m_systemLanguageAction->setText(tr("&System"));
  m_helpMenu->setTitle(tr("&Help"));
  m_aboutAction->setText(tr("&About EpiDesk"));
  m_cancel->setText(tr("Cancel"));
  m_cancel->setToolTip(tr("Cancel the running analysis"));
  const QString location = storePath();
  const bool warehouse = isWarehouseLocation(location);
  if (location.isEmpty())
    m_storeLabel->setText(tr("No store open — File ▸ Open store… or drop ANVISA CSV files here"));
  else if (warehouse) // the display name never holds the password
    m_storeLabel->setText(tr("Warehouse: %1").arg(m_warehouse->warehouseName()));
  else
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(location)));
  if (location.isEmpty())
    setWindowTitle(tr("EpiDesk"));
  else
    setWindowTitle(
        tr("%1 — EpiDesk").arg(warehouse ? m_warehouse->warehouseName() : QFileInfo(location).fileName()));
}

void MainWindow::setLanguage(const QString &localeName) {
  m_settings.setLanguage(localeName);
  // Installing translators sends LanguageChange to every widget: each
  // retranslates itself in changeEvent().
  const QString used = installTranslations(localeName);
  if (!localeName.isEmpty() && localeName != QLatin1String("en") && !localeName.startsWith(used))
    statusBar()->showMessage(tr("No translation for %1 found; showing English.").arg(localeName), 8000);
}

void MainWindow::updateActions() {
  const bool hasStore = m_dashboard->dataSource() != nullptr;
  const bool hasResult = m_dashboard->hasResult();
  m_exportTableAction->setEnabled(hasResult);
  m_exportSeriesAction->setEnabled(hasResult);
  m_exportPdfAction->setEnabled(hasResult);
  m_runAction->setEnabled(hasStore);
  m_cancelAction->setEnabled(m_dashboard->isBusy());
}

QString MainWindow::storePath() const {
  return m_dashboard->dataSource() ? m_dashboard->dataSource()->location() : QString();
}

bool MainWindow::openStore(const QString &path, bool quiet) {
  if (isWarehouseLocation(path)) {
    m_warehouse->openLocation(path, quiet);
    return true;
  }
  QString error;
  // The registry picks the implementation from the location (a path = embedded store).
  std::shared_ptr<const DataSource> store = openDataSource(path, &error);
  if (!store) {
    if (!quiet)
      QMessageBox::warning(this, tr("Open store"), tr("Cannot open %1:\n%2").arg(path, error));
    statusBar()->showMessage(tr("Cannot open %1: %2").arg(path, error), 10000);
    return false;
  }
  // location() never holds a password, unlike what a user may have typed.
  const QString location = DataSourceRegistry::schemeOf(path) == QLatin1String("file")
                               ? QFileInfo(path).absoluteFilePath()
                               : store->location();
  m_warehouse->abandon();                          // a warehouse still connecting must not replace this store
  m_dashboard->switchDataSource(std::move(store)); // keeps the request and selection
  m_forecast->setDataSource(m_dashboard->dataSource());
  m_settings.setLastStore(location);
  retranslate();
  updateActions();
  if (m_relocation->scenario().districts.empty()) {
    const QString scenario = DemoLayout::scenarioBesideStore(location);
    if (!scenario.isEmpty())
      openScenario(scenario, true);
  }
  emit sourceOpened(location);
  return true;
}

bool MainWindow::openScenario(const QString &path, bool quiet) {
  QString error;
  if (!m_relocation->loadScenario(path, &error)) {
    if (!quiet)
      QMessageBox::warning(
          this, tr("Relocation scenario"),
          tr("The scenario %1 cannot be used:\n%2").arg(QDir::toNativeSeparators(path), error));
    statusBar()->showMessage(tr("Cannot open the relocation scenario %1").arg(QDir::toNativeSeparators(path)),
                             10000);
    return false;
  }
  m_relocation->solve(); // in the background, with progress on the tab's What-if page
  return true;
}

void MainWindow::showWarehouse(const WarehouseLogin::Opened &warehouse) {
  const QString location = warehouse.source->location();
  m_dashboard->switchDataSource(warehouse.source, warehouse.reopen);        // keeps the request and selection
  m_forecast->setDataSource(m_dashboard->dataSource(), warehouse.password); // district series: same login
  m_settings.setLastStore(location);
  retranslate();
  updateActions();
  statusBar()->showMessage(tr("Connected to %1").arg(m_warehouse->warehouseName()), 8000);
  emit sourceOpened(location);
}

void MainWindow::connectWarehouse(const WarehouseConnection &connection, const QString &password,
                                  bool quiet) {
  m_warehouse->connectTo(connection, password, quiet);
}

bool MainWindow::isConnecting() const {
  return m_warehouse->isConnecting();
}

void MainWindow::connectWarehouseDialog(const QString &error) {
  m_warehouse->showDialog(error);
}

void MainWindow::openStoreDialog() {
  QString dir = storePath().isEmpty() ? m_settings.lastStore() : storePath();
  if (isWarehouseLocation(dir))
    dir = QDir::homePath() + QLatin1Char('/');
  const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QFileInfo(dir).absolutePath(),
                                                    tr("EpiDesk stores (*.gpkg);;All files (*)"));
  if (!path.isEmpty())
    openStore(path);
}

void MainWindow::importDialog() {
  const QStringList files =
      QFileDialog::getOpenFileNames(this, tr("Import ANVISA files"), m_settings.lastImportDir(),
                                    tr("ANVISA sales (*.csv *.CSV);;All files (*)"));
  if (files.isEmpty())
    return;
  m_settings.setLastImportDir(QFileInfo(files.first()).absolutePath());
  importFiles(files);
}

void MainWindow::importFiles(const QStringList &files) {
  QString store = storePath();
  if (isWarehouseLocation(store)) {
    // Warehouse loads run in parallel transactions from the CLI, where they can be scheduled.
    QMessageBox::information(this, tr("Import ANVISA files"),
                             tr("The dashboard shows the warehouse. Load files into it with\n"
                                "epidesk-cli import anvisa --db URI FILES…\n"
                                "or open an embedded store to import them here."));
    return;
  }
  if (store.isEmpty()) {
    QMessageBox::information(this, tr("Import ANVISA files"),
                             tr("No store is open. Choose where to create a new store; it is filled with the "
                                "boundaries and population of the shared data before the import."));
    store = askSavePath(tr("New store"), QStringLiteral("epidesk.gpkg"), tr("EpiDesk stores (*.gpkg)"));
    if (store.isEmpty())
      return;
    if (QFileInfo::exists(store) && !QFile::remove(store)) { // the dialog asked to overwrite
      QMessageBox::warning(this, tr("New store"), tr("Cannot replace %1.").arg(store));
      return;
    }
  }
  auto *dialog = new ImportDialog(store, files, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  // The analyst goes on working while the import runs (the dialog is not
  // modal), and the dashboards keep showing the data as it was: their store
  // reads one snapshot until the import ends, then reloads.
  const std::shared_ptr<const DataSource> shown = m_dashboard->dataSource();
  const bool sameStore = shown && QFileInfo(shown->location()) == QFileInfo(store);
  if (sameStore)
    shown->holdSnapshot(true);
  m_importAction->setEnabled(false);
  auto done = [this, store, shown, sameStore](bool reload) {
    if (sameStore)
      shown->holdSnapshot(false);
    m_importAction->setEnabled(true);
    if (reload)
      openStore(store, false); // ingredients, years and results changed
  };
  connect(dialog, &ImportDialog::importFinished, this,
          [done](const ImportSummary &summary) { done(summary.files > 0); });
  // Closed before the end (canceled): what was committed so far shows.
  // (finished, not destroyed: the latter also fires while this window dies.)
  connect(dialog, &QDialog::finished, this, [this, done] {
    if (!m_importAction->isEnabled())
      done(true);
  });
  dialog->setModal(false);
  dialog->show();
  dialog->start();
}

QString MainWindow::askSavePath(const QString &caption, const QString &suggestedName, const QString &filter) {
  const QString dir = m_settings.lastExportDir().isEmpty() ? QDir::homePath() : m_settings.lastExportDir();
  const QString path = QFileDialog::getSaveFileName(this, caption, QDir(dir).filePath(suggestedName), filter);
  if (!path.isEmpty())
    m_settings.setLastExportDir(QFileInfo(path).absolutePath());
  return path;
}

void MainWindow::exportTableCsv() {
  const QString path =
      askSavePath(tr("Export trend-test table"), QStringLiteral("trend_tests.csv"), tr("CSV files (*.csv)"));
  QString error;
  if (!path.isEmpty() && !CsvExport::writeTrendTable(m_dashboard->result(), path, &error))
    QMessageBox::warning(this, tr("Export"), error);
  else if (!path.isEmpty())
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::exportSeriesCsv() {
  const QString path =
      askSavePath(tr("Export series"), QStringLiteral("trend_series.csv"), tr("CSV files (*.csv)"));
  QString error;
  if (!path.isEmpty() && !CsvExport::writeSeries(m_dashboard->result(), path, &error))
    QMessageBox::warning(this, tr("Export"), error);
  else if (!path.isEmpty())
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::exportPdfReport() {
  const QString path =
      askSavePath(tr("Export PDF report"), QStringLiteral("epidesk_report.pdf"), tr("PDF files (*.pdf)"));
  if (path.isEmpty())
    return;
  QApplication::setOverrideCursor(Qt::WaitCursor);
  QString error;
  const bool ok = ReportWriter::write(m_dashboard->reportContent(), path, &error);
  QApplication::restoreOverrideCursor();
  if (!ok)
    QMessageBox::warning(this, tr("Export PDF report"), error);
  else
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

void MainWindow::about() {
  QMessageBox::about(
      this, tr("About EpiDesk"),
      tr("<h3>EpiDesk %1</h3><p>Visual analytics of medicine sales for public-health analysts: trends "
         "(Mann-Kendall, Sen's slope) by state, region and municipality, maps and reports.</p>"
         "<p>Boundaries: IBGE via geodata-br (CC0). Population: IBGE estimates via brpop (MIT).</p>"
         "<p>Built with Qt %2 and QCustomPlot.</p>")
          .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event) {
  m_dashboard->cancel();
  m_settings.setWindowGeometry(saveGeometry());
  m_settings.setWindowState(saveState());
  m_settings.setSplitterState(m_dashboard->splitter()->saveState());
  QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
  if (!DashboardWindow::droppedDashboards(event->mimeData()).isEmpty()) {
    event->acceptProposedAction();
    return;
  }
  QStringList paths;
  for (const QUrl &url : event->mimeData()->urls())
    paths << url.toLocalFile();
  if (!ImportDialog::csvFiles(paths).isEmpty())
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
  const QStringList dashboards = DashboardWindow::droppedDashboards(event->mimeData());
  if (!dashboards.isEmpty()) {
    event->acceptProposedAction();
    for (const QString &path : dashboards)
      DashboardWindow::openFile(&m_settings, path);
    return;
  }
  QStringList paths;
  for (const QUrl &url : event->mimeData()->urls())
    paths << url.toLocalFile();
  const QStringList files = ImportDialog::csvFiles(paths);
  if (files.isEmpty())
    return;
  event->acceptProposedAction();
  importFiles(files);
}

} // namespace epidesk
