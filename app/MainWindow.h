#pragma once
#include "AppSettings.h"
#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace epidesk {

class Dashboard;

// The EpiDesk window: the dashboard in the centre, menus for files, view and
// language, a status bar with the store path and the job progress.
class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QWidget *parent = nullptr);
  ~MainWindow() override;

  Dashboard *dashboard() const { return m_dashboard; }
  // Opens an embedded store and runs the current request on it; false and a
  // message box (unless quiet) on failure.
  bool openStore(const QString &path, bool quiet = false);
  QString storePath() const;
  // Imports files (ANVISA CSV) into the open store, or a new one the user names.
  void importFiles(const QStringList &files);

public slots:
  void openStoreDialog();
  void importDialog();
  void exportTableCsv();
  void exportSeriesCsv();
  void exportPdfReport();
  void about();

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

  AppSettings m_settings;
  Dashboard *m_dashboard;
  QLabel *m_storeLabel;
  QProgressBar *m_progress;
  QToolButton *m_cancel;

  QMenu *m_fileMenu = nullptr;
  QMenu *m_viewMenu = nullptr;
  QMenu *m_languageMenu = nullptr;
  QMenu *m_helpMenu = nullptr;
  QAction *m_openAction = nullptr;
  QAction *m_importAction = nullptr;
  QAction *m_exportTableAction = nullptr;
  QAction *m_exportSeriesAction = nullptr;
  QAction *m_exportPdfAction = nullptr;
  QAction *m_quitAction = nullptr;
  QAction *m_runAction = nullptr;
  QAction *m_cancelAction = nullptr;
  QAction *m_resetMapAction = nullptr;
  QAction *m_resetChartAction = nullptr;
  QAction *m_systemLanguageAction = nullptr;
  QAction *m_aboutAction = nullptr;
  QActionGroup *m_languageGroup = nullptr;
};

} // namespace epidesk
