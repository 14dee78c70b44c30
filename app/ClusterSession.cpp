#include "ClusterSession.h"
#include "cluster/SchedulesDialog.h"
#include "AppSettings.h"
#include "ClusterJobTracker.h"
#include "cluster/ClusterMonitor.h"
#include "cluster/ClusterSettingsDialog.h"
#include "Credentials.h"
#include "trends/Dashboard.h"
#include "forecast/ForecastPanel.h"
#include "cluster/JobsPanel.h"
#include "relocation/RelocationView.h"
#include "relocation/RelocationWhatIf.h"
#include "cluster/RunLocationBox.h"
#include "trends/TrendControls.h"
#include <QAction>
#include <QMessageBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QTabWidget>

namespace epidesk {

ClusterSession::ClusterSession(QMainWindow *window, const Views &views, Credentials *credentials,
                               AppSettings *settings, const QString &stateDir)
    : QObject(window), m_views(views), m_window(window), m_credentials(credentials), m_settings(settings),
      m_tracker(new ClusterJobTracker(stateDir, this)), m_jobs(new JobsPanel(m_tracker, window)),
      m_monitor(new ClusterMonitor(window)), m_jobsDock(new QDockWidget(window)),
      m_monitorDock(new QDockWidget(window)), m_settingsAction(new QAction(this)), m_schedulesAction(new QAction(this)) {
  // Object names: QMainWindow::saveState() keeps the docks' places by them.
  m_jobsDock->setObjectName(QStringLiteral("clusterJobsDock"));
  m_jobsDock->setWidget(m_jobs);
  m_monitorDock->setObjectName(QStringLiteral("clusterMonitorDock"));
  m_monitorDock->setWidget(m_monitor);
  window->addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
  window->addDockWidget(Qt::RightDockWidgetArea, m_monitorDock);
  m_jobsDock->hide();
  m_monitorDock->hide();
  m_monitor->setIntervalSeconds(settings->clusterMonitorIntervalSeconds());

  connect(m_settingsAction, &QAction::triggered, this, &ClusterSession::settingsDialog);
  m_schedulesAction->setObjectName(QStringLiteral("clusterSchedules"));
  connect(m_schedulesAction, &QAction::triggered, this, [this] { schedulesDialog(); });
  connect(m_jobs, &JobsPanel::openResultRequested, this, &ClusterSession::openResult);
  connect(m_tracker, &ClusterJobTracker::jobFinished, this, &ClusterSession::onJobFinished);
  connect(m_tracker, &ClusterJobTracker::reachabilityChanged, this,
          [this](bool reachable, const QString &reason) {
            emit statusMessage(reachable ? tr("The cluster answers again; jobs are being polled.") : reason);
          });
  if (m_views.trends)
    connect(m_views.trends, &Dashboard::clusterRunRequested, this, &ClusterSession::submit);
  if (m_views.forecast)
    connect(m_views.forecast, &ForecastPanelWidget::clusterRunRequested, this, &ClusterSession::submit);
  if (m_views.relocation)
    connect(m_views.relocation, &RelocationView::clusterRunRequested, this, &ClusterSession::submit);

  // The analyst's last choice per computation comes back with the cluster.
  for (const auto &[name, box] : runBoxes())
    connect(box, &RunLocationBox::locationChanged, this,
            [this, name = name](RunLocationBox::Location location) {
              if (!m_applying && hasCluster())
                m_settings->setRunLocation(name, location);
            });
  setCluster(QUrl(), QString()); // the run boxes say why the cluster entry is off
  loadSavedCluster();
  retranslate();
}

ClusterSession::~ClusterSession() = default;

void ClusterSession::populateMenu(QMenu *menu) {
  menu->addAction(m_settingsAction);
  menu->addAction(m_schedulesAction);
  menu->addSeparator();
  menu->addAction(m_jobsDock->toggleViewAction());
  menu->addAction(m_monitorDock->toggleViewAction());
}

void ClusterSession::retranslate() {
  m_settingsAction->setText(tr("Cluster &settings…"));
  m_schedulesAction->setText(tr("Sc&hedules…"));
  m_jobsDock->setWindowTitle(tr("Cluster jobs"));
  m_monitorDock->setWindowTitle(tr("Cluster monitor"));
  m_jobsDock->toggleViewAction()->setText(tr("Cluster &jobs"));
  m_monitorDock->toggleViewAction()->setText(tr("Cluster &monitor"));
}

void ClusterSession::setCluster(const QUrl &url, const QString &token) {
  m_url = url;
  m_token = token;
  m_tracker->setCluster(url, token);
  m_monitor->setCluster(url, token);
  QString whyNot;
  if (!url.isValid() || url.isEmpty())
    whyNot = tr("No cluster configured: Cluster ▸ Cluster settings…");
  else if (token.isEmpty())
    whyNot = tr("No token for %1: Cluster ▸ Cluster settings…").arg(url.toDisplayString());
  const bool available = whyNot.isEmpty();
  m_applying = true;
  for (const auto &[name, box] : runBoxes()) {
    box->setClusterAvailable(available, whyNot);
    if (available)
      box->setLocation(m_settings->runLocation(name));
  }
  m_applying = false;
}

QList<std::pair<QString, RunLocationBox *>> ClusterSession::runBoxes() const {
  QList<std::pair<QString, RunLocationBox *>> boxes;
  if (m_views.trends)
    boxes.append({QStringLiteral("trends"), m_views.trends->controls()->runLocation()});
  if (m_views.forecast)
    boxes.append({QStringLiteral("forecast"), m_views.forecast->runLocation()});
  if (m_views.relocation)
    boxes.append({QStringLiteral("relocation"), m_views.relocation->whatIf()->runLocation()});
  return boxes;
}

void ClusterSession::loadSavedCluster() {
  const QUrl url = m_settings->clusterUrl();
  if (!url.isValid() || url.isEmpty())
    return;
  // Without a token in the keychain, $EPIDESK_CLUSTER_TOKEN (kiosks, CI), as
  // dashboard windows do; it is never written anywhere.
  const QString fromEnvironment = qEnvironmentVariable("EPIDESK_CLUSTER_TOKEN");
  if (!m_credentials->isAvailable()) { // the token is never kept anywhere else
    setCluster(url, fromEnvironment);
    if (fromEnvironment.isEmpty())
      emit statusMessage(tr("The keychain is unavailable: enter the cluster token again in Cluster settings."));
    return;
  }
  QPointer<ClusterSession> self(this);
  m_credentials->readClusterToken(url, [self, url, fromEnvironment](Credentials::Status status, const QString &token) {
    if (self && self->m_url.isEmpty()) // unless the user configured another meanwhile
      self->setCluster(url, status == Credentials::Status::Found ? token : fromEnvironment);
  });
}

void ClusterSession::settingsDialog() {
  ClusterSettingsDialog dialog(m_window);
  dialog.setUrl(m_url);
  dialog.setToken(m_token);
  if (!m_credentials->isAvailable())
    dialog.setMessage(tr("The keychain is unavailable (%1): the token is kept for this session only.")
                          .arg(m_credentials->unavailableReason()));
  if (dialog.exec() != QDialog::Accepted)
    return;
  const QUrl url = dialog.url();
  const QString token = dialog.token();
  if (m_url.isValid() && m_url != url)
    m_credentials->deleteClusterToken(m_url);
  m_settings->setClusterUrl(url);
  if (url.isValid() && !url.isEmpty() && m_credentials->isAvailable()) {
    QPointer<ClusterSession> self(this);
    if (token.isEmpty())
      m_credentials->deleteClusterToken(url);
    else
      m_credentials->storeClusterToken(url, token, [self](bool ok, const QString &error) {
        if (self && !ok)
          emit self->statusMessage(tr("Could not store the token in the keychain (%1); it is kept for this "
                                      "session only.")
                                       .arg(error));
      });
  }
  setCluster(url, token);
}

void ClusterSession::submit(const QString &kind, const QJsonObject &params, const QString &label) {
  if (!hasCluster()) {
    emit statusMessage(tr("No cluster configured: Cluster ▸ Cluster settings…"));
    return;
  }
  m_openWhenDone.insert(m_tracker->submit(kind, params, label));
  m_jobsDock->show();
  emit statusMessage(tr("Submitted to the cluster: %1").arg(label));
}

void ClusterSession::onJobFinished(const QString &key) {
  const std::optional<TrackedJob> job = m_tracker->job(key);
  const bool mine = m_openWhenDone.remove(key);
  if (!job)
    return;
  if (job->is(JobStatus::Succeeded)) {
    const std::optional<QJsonObject> result = m_tracker->result(key);
    if (mine && result && openResult(job->kind, job->params, *result))
      emit statusMessage(tr("Cluster job finished: %1").arg(job->label));
    else
      emit statusMessage(tr("Cluster job finished: %1 (open it from the Jobs panel)").arg(job->label));
    return;
  }
  if (job->is(JobStatus::Cancelled)) {
    emit statusMessage(tr("Cluster job canceled: %1").arg(job->label));
    return;
  }
  m_jobsDock->show(); // failed or rejected: the panel says why
  emit statusMessage(tr("Cluster job failed: %1 — %2").arg(job->label, job->error));
}

SchedulesDialog *ClusterSession::schedulesDialog() {
  if (!hasCluster()) {
    QMessageBox::information(m_window, tr("Cluster schedules"),
                             tr("No cluster configured, or no token: Cluster ▸ Cluster settings…"));
    return nullptr;
  }
  auto *dialog = new SchedulesDialog(m_url, m_token, m_window);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &SchedulesDialog::openResultRequested, this, &ClusterSession::openResult);
  dialog->show();
  return dialog;
}

bool ClusterSession::openResult(const QString &kind, const QJsonObject &params, const QJsonObject &result) {
  QWidget *view = nullptr;
  bool shown = false;
  if (kind == QLatin1String("trends") && m_views.trends) {
    view = m_views.trends;
    shown = m_views.trends->showClusterResult(params, result);
  } else if (kind == QLatin1String("forecast") && m_views.forecast) {
    view = m_views.forecast;
    shown = m_views.forecast->showClusterResult(params, result);
  } else if (kind == QLatin1String("relocation") && m_views.relocation) {
    view = m_views.relocation;
    shown = m_views.relocation->showClusterResult(params, result);
  }
  if (!shown) {
    emit statusMessage(tr("This result cannot be shown (job kind %1).").arg(kind));
    return false;
  }
  if (m_views.tabs && view)
    m_views.tabs->setCurrentWidget(view);
  return true;
}

} // namespace epidesk
