#pragma once
#include "ClusterClient.h"
#include "PrometheusText.h"
#include <QDateTime>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QTableWidget;
class QTimer;

namespace epidesk {

// Live view of the compute cluster: status, workers, queue, failures and
// run times from /v1/health and /metrics, a chart of queue depth and running
// jobs over this monitoring session, and the recent jobs the token may see
// (GET /v1/jobs?limit=50: all users' for an admin token, the owner's own for
// an analyst). Polls every intervalSeconds() while visible, pauses while
// hidden, and keeps retrying while the cluster is away.
//
// setCluster(url, token) gives the monitor its own ClusterClient, so its
// polls never queue behind (or time out) job submissions elsewhere; call it
// again when the settings change. All network work is ClusterClient's.
class ClusterMonitor : public QWidget {
  Q_OBJECT
public:
  enum class Status { NotConfigured, Connecting, Ok, DatabaseUnavailable, NotReachable };
  Q_ENUM(Status)

  explicit ClusterMonitor(QWidget *parent = nullptr);
  ~ClusterMonitor() override;

  // Empty url: no cluster configured. Resets the session (chart, deltas).
  void setCluster(const QUrl &url, const QString &token);
  QUrl clusterUrl() const { return m_url; }
  void setIntervalSeconds(int seconds);
  int intervalSeconds() const { return m_intervalSeconds; }

  Status status() const { return m_status; }
  QString statusText() const;
  // Why the cluster is not reachable (the network error), else empty.
  QString statusReason() const { return m_reason; }
  // The last complete /metrics answer (valid once hasSnapshot()).
  bool hasSnapshot() const { return m_hasSnapshot; }
  const ClusterSnapshot &snapshot() const { return m_snapshot; }
  // Changes since the first snapshot of this session.
  qint64 failuresSinceOpened() const;
  qint64 succeededSinceOpened() const;
  int recentJobCount() const;
  int completedRounds() const { return m_rounds; }
  bool isPolling() const;

public slots:
  // One round now (health, metrics, jobs); ignored while one is in flight.
  void refresh();

signals:
  // After every round, whatever its outcome.
  void refreshed();

protected:
  void showEvent(QShowEvent *event) override;
  void hideEvent(QHideEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  struct Round {
    quint64 health = 0, metrics = 0, jobs = 0;
    ClusterReply healthReply, metricsReply, jobsReply;
    int pending = 0;
  };
  void onReply(quint64 id, const ClusterReply &reply);
  void finishRound();
  void showJobs(const ClusterReply &reply);
  void addChartPoint();
  void updateTiles();
  void retranslate();

  QUrl m_url;
  QString m_token;
  QPointer<ClusterClient> m_client;
  QTimer *m_timer;
  int m_intervalSeconds = 5;
  bool m_inFlight = false;
  Round m_round;
  int m_rounds = 0;

  Status m_status = Status::NotConfigured;
  QString m_reason; // why not reachable / unavailable
  ClusterSnapshot m_snapshot;
  bool m_hasSnapshot = false;
  qint64 m_baseFailed = 0, m_baseSucceeded = 0;
  QDateTime m_lastUpdate;
  QString m_jobsNote;

  QList<QLabel *> m_tileTitles;
  QLabel *m_statusValue, *m_workersValue, *m_queueValue, *m_runningValue, *m_failuresValue, *m_durationValue;
  QLabel *m_statusReason; // under the status tile: why not reachable
  QLabel *m_updated;
  QLabel *m_chartTitle;
  QCustomPlot *m_chart;
  QLabel *m_jobsTitle;
  QLabel *m_jobsScope;
  QTableWidget *m_jobs;
};

} // namespace epidesk
