#pragma once
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace epidesk {

class ClusterClient;
struct ClusterReply;

// Cluster ▸ Schedules…: the user's schedules on the cluster (next run, last
// status, paused and why) and the selected one's run history; create, edit,
// pause, resume, run now and delete; a run's result opens in the view of its
// kind (openResultRequested), a dashboard run's PDF in the PDF viewer. Every
// call is asynchronous: the dialog never waits on the cluster.
class SchedulesDialog : public QDialog {
  Q_OBJECT
public:
  SchedulesDialog(const QUrl &cluster, const QString &token, QWidget *parent = nullptr);

  QTableWidget *schedulesTable() const { return m_schedules; }
  QTableWidget *runsTable() const { return m_runs; }
  QLabel *statusLabel() const { return m_status; }
  QString selectedScheduleId() const;
  QJsonObject selectedRun() const;
  // Where "Open PDF" saves the file before opening it (tests set a folder).
  void setDownloadDir(const QString &dir) { m_downloadDir = dir; }
  // Don't hand the PDF to the desktop's viewer (tests).
  void setOpenPdfExternally(bool on) { m_openExternally = on; }

public slots:
  void refresh();
  void newSchedule();
  void editSelected();
  void pauseSelected();
  void resumeSelected();
  void runSelectedNow();
  void deleteSelected();
  void openSelectedResult();
  void openSelectedPdf();

signals:
  void openResultRequested(const QString &kind, const QJsonObject &params, const QJsonObject &result);
  void pdfSaved(const QString &path);
  void refreshed(); // the schedule list and the selected history arrived

private:
  // Sends a call; `then` gets its reply (errors shown in the status line).
  void call(const std::function<quint64(ClusterClient &)> &send,
            std::function<void(const ClusterReply &)> then);
  // Opens the editor until the server accepts it (422 shown in the editor).
  class ScheduleEditor *edit(const QJsonObject &schedule);
  void fillSchedules(const QJsonArray &schedules);
  void fillRuns(const QJsonArray &runs);
  void loadRuns();
  void updateButtons();
  void retranslate();

  ClusterClient *m_client;
  QTableWidget *m_schedules, *m_runs;
  QPushButton *m_new, *m_edit, *m_pause, *m_resume, *m_runNow, *m_delete, *m_refresh, *m_openResult,
      *m_openPdf;
  QLabel *m_status;
  QTimer *m_timer;
  QHash<quint64, std::function<void(const ClusterReply &)>> m_pending;
  QJsonArray m_scheduleList, m_runList;
  QString m_downloadDir;
  bool m_openExternally = true;
};

} // namespace epidesk
