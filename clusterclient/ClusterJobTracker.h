#pragma once
#include "JobStatus.h"
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

class QTimer;

namespace epidesk {

class ClusterClient;
struct ClusterReply;

// One computation the desktop submitted to the cluster, as the desktop last
// saw it. Survives app restarts (jobs.json); never holds the token.
struct TrackedJob {
  QString key;         // local id (uuid), stable across restarts
  QString jobId;       // cluster id; empty for a 200 cached answer or before the 202 arrives
  QString kind, label; // label: user-visible description given at submit
  QJsonObject params;
  QString status; // a jobStatusId: submitting, then the cluster's queued..cancelled, or rejected
  double progress = 0;
  QString error; // failed / rejected / submit error text (422 field errors joined "field: message")
  bool cached = false;
  QUrl cluster;                                 // where it was submitted
  QDateTime submittedAt, startedAt, finishedAt; // UTC

  qint64 durationMs() const; // finished-started (or now-started while running), -1 unknown
  bool isFinal() const;
  bool is(JobStatus s) const { return status == jobStatusId(s); }
  QJsonObject toJson() const;
  static TrackedJob fromJson(const QJsonObject &json);
};

// Tracks cluster jobs for the desktop: submits, polls each unfinished job with
// back-off, survives a cluster that goes away (keeps jobs, retries) and app
// restarts (state in stateDir/jobs.json, results in stateDir/results/<key>.json).
class ClusterJobTracker : public QObject {
  Q_OBJECT
public:
  // Loads earlier jobs; unfinished ones are polled again once setCluster()
  // names the cluster they were submitted to.
  explicit ClusterJobTracker(const QString &stateDir, QObject *parent = nullptr);
  ~ClusterJobTracker() override;

  void setCluster(const QUrl &url, const QString &token); // empty url: no cluster (submit fails clearly)
  bool hasCluster() const;
  QUrl cluster() const { return m_cluster; }

  QString submit(const QString &kind, const QJsonObject &params, const QString &label); // returns key
  void cancel(const QString &key);
  void remove(const QString &key); // forget a final job and its stored result
  QList<TrackedJob> jobs() const;  // newest first
  std::optional<TrackedJob> job(const QString &key) const;
  std::optional<QJsonObject> result(const QString &key) const; // succeeded jobs
  bool isClusterReachable() const { return m_reachable; }
  QString unreachableReason() const { return m_reason; }
  void setPollIntervals(int baseMs, int maxMs); // tests use small values

  QString stateFile() const;
  QString resultFile(const QString &key) const;

signals:
  void jobAdded(const QString &key);
  void jobChanged(const QString &key);
  void jobFinished(const QString &key); // succeeded, failed, cancelled or rejected
  void jobRemoved(const QString &key);
  void reachabilityChanged(bool reachable, const QString &reason);

private:
  enum class Op { Submit, Poll, Cancel };
  struct Runtime { // per-job state that is not saved
    QTimer *timer = nullptr;
    int attempt = 0;
    bool inFlight = false;
    bool cancelPending = false;
  };

  void load();
  void save();     // now, atomically
  void saveSoon(); // throttled: progress ticks
  bool storeResult(const QString &key, const QJsonObject &result);

  TrackedJob *find(const QString &key);
  bool isOnCurrentCluster(const TrackedJob &job) const;
  void resumeAll();
  int schedule(const QString &key, bool soon); // returns the delay in ms
  void nextStep(const QString &key);
  void send(const QString &key, Op op);
  void onReplied(quint64 requestId, const ClusterReply &reply);
  void onSubmitReply(TrackedJob &job, const ClusterReply &reply);
  void onPollReply(TrackedJob &job, const ClusterReply &reply);
  void onCancelReply(TrackedJob &job, const ClusterReply &reply);
  void applyJobBody(TrackedJob &job, const ClusterReply &reply);
  void finish(TrackedJob &job, const QString &status, const QString &error = QString());
  void changed(TrackedJob &job, bool important);
  bool noteAnswer(const QString &key, const ClusterReply &reply); // false: no usable answer, retry
  void setReachable(bool reachable, const QString &reason);

  QString m_dir;
  QList<TrackedJob> m_jobs; // oldest first
  QHash<QString, Runtime> m_runtime;
  mutable QHash<QString, QJsonObject> m_results;
  QHash<quint64, QPair<QString, Op>> m_requests;
  ClusterClient *m_client = nullptr;
  QUrl m_cluster;
  int m_baseMs = 500, m_maxMs = 30000;
  bool m_reachable = true;
  QString m_reason;
  QTimer *m_saveTimer;
};

} // namespace epidesk
