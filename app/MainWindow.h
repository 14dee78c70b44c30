#pragma once
#include "AppSettings.h"
#include "WarehouseLogin.h"
#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace epidesk {

class ClusterSession;
class Credentials;
class Dashboard;
class DashboardOpenActions;
class ForecastPanelWidget;
class RelocationView;

// The EpiDesk window: the dashboard in the centre, menus for files, view and
// language, a status bar with the store path and the job progress.
class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QWidget *parent = nullptr);
  ~MainWindow() override;

  Dashboard *dashboard() const { return m_dashboard; }
  // The forecasting tab (issue 4).
  ForecastPanelWidget *forecastView() const { return m_forecast; }
  // The relocation plans tab (issue 6).
  RelocationView *relocationView() const { return m_relocation; }
  // Opens an embedded store and runs the current request on it; false and a
  // message box (unless quiet) on failure. A postgresql:// location connects
  // to the warehouse in the background instead (see connectWarehouse) and
  // returns true once the attempt has started. The view is kept either way.
  bool openStore(const QString &path, bool quiet = false);
  // Loads a relocation scenario folder (or file) into the Relocation plans
  // tab and solves it in the background; false and a message (a box unless
  // quiet) when it cannot be used. openStore() calls it with the scenario
  // beside an embedded store (DemoLayout::scenarioBesideStore) while the tab
  // has none, so the demo opens complete.
  bool openScenario(const QString &path, bool quiet = false);
  // The active source's location (file path, or warehouse URI without password).
  QString storePath() const;
  // Connects in a worker; on success the dashboard switches to the warehouse
  // keeping its request and selection (sourceOpened), else sourceFailed and,
  // unless quiet, the connection dialog again with the error.
  void connectWarehouse(const WarehouseConnection &connection, const QString &password, bool quiet = false);
  bool isConnecting() const;
  Credentials *credentials() const { return m_credentials; }
  // Cluster settings, jobs and monitor (issue 5).
  ClusterSession *cluster() const { return m_cluster; }
  // Imports files (ANVISA CSV) into the open store, or a new one the user names.
  void importFiles(const QStringList &files);

public slots:
  void openStoreDialog();
  // The connection dialog, prefilled from settings and the keychain; error
  // (if any) says why it is shown again.
  void connectWarehouseDialog(const QString &error = QString());
  void importDialog();
  void exportTableCsv();
  void exportSeriesCsv();
  void exportPdfReport();
  void about();

signals:
  void sourceOpened(const QString &location);
  void sourceFailed(const QString &error);

protected:
  void closeEvent(QCloseEvent *event) override;
  void changeEvent(QEvent *event) override;
  void dragEnterEvent(QDragEnterEvent *event) override;
  void dropEvent(QDropEvent *event) override;

private:
  void createActions();
  void retranslate();
  void setLanguage(const QString &localeName);
  void updateActions();
  QString askSavePath(const QString &caption, const QString &suggestedName, const QString &filter);
  void showWarehouse(const WarehouseLogin::Opened &warehouse);

public:
  AppSettings *settings() { return &m_settings; }

private:
  AppSettings m_settings;
  Credentials *m_credentials;
  WarehouseLogin *m_warehouse = nullptr;
  Dashboard *m_dashboard;
  QTabWidget *m_tabs = nullptr;
  ForecastPanelWidget *m_forecast = nullptr;
  RelocationView *m_relocation = nullptr;
  ClusterSession *m_cluster = nullptr;
  DashboardOpenActions *m_dashboards = nullptr;
  QLabel *m_storeLabel;
  QProgressBar *m_progress;
  QToolButton *m_cancel;

  QMenu *m_fileMenu = nullptr;
  QMenu *m_viewMenu = nullptr;
  QMenu *m_clusterMenu = nullptr;
  QMenu *m_languageMenu = nullptr;
  QMenu *m_helpMenu = nullptr;
  QAction *m_openAction = nullptr;
  QAction *m_connectAction = nullptr;
  QAction *m_importAction = nullptr;
  QAction *m_exportTableAction = nullptr;
  QAction *m_exportSeriesAction = nullptr;
  QAction *m_exportPdfAction = nullptr;
  QAction *m_quitAction = nullptr;
  QAction *m_runAction = nullptr;
  QAction *m_cancelAction = nullptr;
  QAction *m_resetMapAction = nullptr;
  QAction *m_resetChartAction = nullptr;
  QAction *m_forecastAction = nullptr;
  QAction *m_systemLanguageAction = nullptr;
  QAction *m_aboutAction = nullptr;
  QActionGroup *m_languageGroup = nullptr;
};

} // namespace epidesk
