#pragma once
#include "DashboardDocument.h"
#include "TrendTypes.h"
#include <QMainWindow>
#include <functional>
#include <memory>

class QMenu;
class QMimeData;

namespace epidesk {

class AppSettings;
class Credentials;
class DashboardOpenActions;
class DashboardHost;
class DashboardPanel;
class DataChangeBanner;
class DataSource;
class FilterBar;
class PanelDock;
class TimeCursorBar;

// One open dashboard document (.epidash): its panels as docks around a bar
// of filter chips and the time slider, linked through one DashboardHost.
// File: new, open, recent, examples, save, save as, PDF; Panels: add, link.
// The title shows the file and the modified marker; closing with unsaved
// changes asks. Computation runs in worker threads (the host's Background mode).
class DashboardWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit DashboardWindow(AppSettings *settings, QWidget *parent = nullptr);
  ~DashboardWindow() override;

  // Opens a document in a new window (shown); errors go to a message box
  // unless quiet, and to *error. nullptr when it cannot be opened.
  static DashboardWindow *openFile(AppSettings *settings, const QString &path, bool quiet = false,
                                   QString *error = nullptr);
  // A new untitled window on document (an example, a new dashboard); its
  // store is resolved against storeBase when relative.
  static DashboardWindow *openUntitled(AppSettings *settings, const DashboardDocument &document,
                                       const QString &storeBase, bool quiet = false,
                                       QString *error = nullptr);
  // A new dashboard (map, chart, table) on an open source and trend request.
  static DashboardDocument newDocument(const DataSource &source, const TrendRequest &request,
                                       const QString &title = QString());

  static bool isDashboardFile(const QString &path); // *.epidash
  static QStringList droppedDashboards(const QMimeData *mime);

  QString filePath() const { return m_path; }
  // The document as the window shows it now (panels, state, layout).
  DashboardDocument document() const;
  DashboardHost *host() const { return m_host; }
  FilterBar *filterBar() const { return m_filterBar; }
  DataChangeBanner *banner() const { return m_banner; }
  TimeCursorBar *timeBar() const { return m_timeBar; }
  QList<PanelDock *> docks() const;
  PanelDock *dock(const QString &panelId) const;
  // Adds a panel of kind (default parameters, the first trend panel's request).
  DashboardPanel *addPanel(const QString &kind);

  bool save();
  bool saveAs(const QString &path = QString()); // empty: asks
  bool exportPdf(const QString &path, QString *error);
  // File ▸ Schedule this dashboard…: the editor for a dashboard schedule on
  // the configured cluster (renders this document to PDF at every run).
  void scheduleOnCluster();

signals:
  // Every panel computed and shown once after opening (screenshots, benchmark).
  void firstPaint();
  // The cluster accepted a schedule of this dashboard.
  void scheduled(const QString &scheduleId);

protected:
  void closeEvent(QCloseEvent *event) override;
  void changeEvent(QEvent *event) override;
  void dragEnterEvent(QDragEnterEvent *event) override;
  void dropEvent(QDropEvent *event) override;

private:
  bool load(const DashboardDocument &document, const QString &path, const QString &storeBase, bool quiet,
            QString *error);
  std::shared_ptr<const DataSource> openSource(const DashboardDocument &document, const QString &storeBase,
                                               bool quiet, QString *error);
  // Starts the panels on source: in-process, or on the document's cluster
  // once the user's token for it is known.
  void startComputing(std::shared_ptr<const DataSource> source, bool quiet);
  PanelDock *addDock(DashboardPanel *panel);
  void defaultLayout();
  void createMenus();
  void retranslate();
  void setModified(bool modified = true);
  bool maybeSave();

  AppSettings *m_settings;
  Credentials *m_credentials;
  DashboardHost *m_host;
  FilterBar *m_filterBar;
  TimeCursorBar *m_timeBar;
  DataChangeBanner *m_banner;
  QString m_path;           // empty = untitled
  QString m_title;          // the document's title
  DashboardSource m_source; // as it will be written (store absolute here)
  bool m_loading = false;   // no modified marker while building the window
  bool m_painted = false;
  QMenu *m_fileMenu = nullptr;
  QMenu *m_panelsMenu = nullptr;
  DashboardOpenActions *m_open = nullptr;
  QAction *m_saveAction = nullptr;
  QAction *m_saveAsAction = nullptr;
  QAction *m_pdfAction = nullptr;
  QAction *m_scheduleAction = nullptr;
  QAction *m_closeAction = nullptr;
  QAction *m_recomputeAction = nullptr;
  QAction *m_clearAction = nullptr;
  QMenu *m_addPanelMenu = nullptr;
  QMenu *m_linkMenu = nullptr;
  QMenu *m_viewMenu = nullptr;
};

} // namespace epidesk
