#pragma once
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QTabWidget;

namespace epidesk {

class AppSettings;
class ClusterJobTracker;
class ClusterMonitor;
class Credentials;
class Dashboard;
class ForecastPanelWidget;
class JobsPanel;
class RelocationView;
class RunLocationBox;
class SchedulesDialog;

// The desktop's side of the compute cluster (issue 5): the cluster settings
// (URL in AppSettings, token in the OS keychain), the job tracker, the Jobs
// panel and Cluster monitor docks, and the routing between them and the
// computing views. A view whose "Run on cluster" is chosen asks for a job
// (clusterRunRequested); the job's result goes back to the view that shows
// its kind, automatically when it was submitted in this session, or from
// the Jobs panel's "Open result" (also after a restart).
class ClusterSession : public QObject {
  Q_OBJECT
public:
  struct Views {
    Dashboard *trends = nullptr;
    ForecastPanelWidget *forecast = nullptr;
    RelocationView *relocation = nullptr;
    QTabWidget *tabs = nullptr; // switched to the view that shows an opened result
  };

  // stateDir: where the tracker keeps its jobs and results. Reads the saved
  // cluster URL and, asynchronously, its token from the keychain.
  ClusterSession(QMainWindow *window, const Views &views, Credentials *credentials, AppSettings *settings,
                 const QString &stateDir);
  ~ClusterSession() override;

  ClusterJobTracker *tracker() const { return m_tracker; }
  JobsPanel *jobsPanel() const { return m_jobs; }
  ClusterMonitor *monitor() const { return m_monitor; }
  QDockWidget *jobsDock() const { return m_jobsDock; }
  QDockWidget *monitorDock() const { return m_monitorDock; }
  // "Cluster" menu: settings, Jobs panel, monitor.
  void populateMenu(QMenu *menu);
  void retranslate();

  // Uses this cluster from now on (tracker, monitor, the views' run boxes);
  // an empty url means none. Stores nothing (see settingsDialog()).
  void setCluster(const QUrl &url, const QString &token);
  QUrl clusterUrl() const { return m_url; }
  bool hasCluster() const { return m_url.isValid() && !m_token.isEmpty(); }

public slots:
  // The settings dialog; on OK saves the URL to settings and the token to
  // the keychain (never to settings) and applies them.
  void settingsDialog();
  // Shows a finished job's result in the view of its kind; false when no
  // view takes it (unknown kind, unreadable result).
  bool openResult(const QString &kind, const QJsonObject &params, const QJsonObject &result);
  // Cluster ▸ Schedules…: the user's schedules and their history (nullptr
  // and a message when no cluster is configured).
  SchedulesDialog *schedulesDialog();

signals:
  void statusMessage(const QString &text);

private:
  void submit(const QString &kind, const QJsonObject &params, const QString &label);
  void onJobFinished(const QString &key);
  void loadSavedCluster();
  // Each computation's run-location box, by the name its choice is saved under.
  QList<std::pair<QString, RunLocationBox *>> runBoxes() const;

  Views m_views;
  QMainWindow *m_window;
  Credentials *m_credentials;
  AppSettings *m_settings;
  ClusterJobTracker *m_tracker;
  JobsPanel *m_jobs;
  ClusterMonitor *m_monitor;
  QDockWidget *m_jobsDock;
  QDockWidget *m_monitorDock;
  QAction *m_settingsAction;
  QAction *m_schedulesAction;
  QUrl m_url;
  QString m_token;
  QSet<QString> m_openWhenDone; // jobs submitted in this session
  bool m_applying = false;      // setCluster() moving the boxes: not the user's choice
};

} // namespace epidesk
