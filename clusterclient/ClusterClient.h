#pragma once
#include "JobStatus.h"
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace epidesk {

// What one cluster API call returned. httpStatus 0 = no answer (network
// error, cluster away): keep polling later with backoffMs().
struct ClusterReply {
  enum Operation { Submit, Poll, Cancel, List, Health, Metrics, Artifact, Schedule };
  Operation operation = Submit;
  int httpStatus = 0;
  QString jobId;  // Submit (202), Poll, Cancel
  QString status; // a server jobStatusId: queued | running | succeeded | failed | cancelled
  double progress = 0;
  bool hasResult = false;
  QJsonObject result;                         // Submit (200) and Poll when succeeded
  QList<QPair<QString, QString>> fieldErrors; // Submit (422): (field, message)
  QString error;                              // message for every other failure
  QString detail;                             // the reason alone (network error or server's text)
  QJsonObject body;                           // the whole JSON answer
  QByteArray text;                            // Metrics: Prometheus text; Artifact: the file's bytes
  QByteArray contentType;                     // Artifact: e.g. application/pdf

  bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
  bool isFinal() const { return isFinalJobStatus(status); }
};

// The desktop's client of epidesk-server: asynchronous calls answered by
// replied(requestId, reply). The token goes into the Authorization header
// only; it is never logged or put into error texts.
class ClusterClient : public QObject {
  Q_OBJECT
public:
  explicit ClusterClient(const QUrl &baseUrl, QObject *parent = nullptr);
  ~ClusterClient() override;

  void setToken(const QString &token) { m_token = token.toUtf8(); }
  void setTimeoutMs(int ms) { m_timeoutMs = ms; }
  QUrl baseUrl() const { return m_base; }

  quint64 submit(const QString &kind, const QJsonObject &params);
  // A "dashboard" job for a .epidash document (its JSON): the PDF is drawn on
  // a worker against the cluster's data. The document's source and window
  // layout are not sent (a cluster never opens a path of ours); the answer
  // is 202 with a job id, or 200 cached with the result and a job id, either
  // way fetch the PDF with artifact(jobId, "report.pdf") once it succeeded.
  quint64 submitDashboard(const QJsonObject &document);
  // The document as a cluster gets it: without its data source, window
  // layout and saved results (the worker computes against its own data).
  static QJsonObject dashboardForCluster(const QJsonObject &document);
  // GET /v1/jobs/{id}/artifacts/{name}: reply.text holds the bytes (409 while
  // the job has not succeeded).
  quint64 artifact(const QString &jobId, const QString &name);
  quint64 poll(const QString &jobId);
  quint64 cancel(const QString &jobId);
  quint64 listJobs(const QString &status = QString(), int limit = 100);
  quint64 health();
  quint64 metrics();

  // Schedules (/v1/schedules): reply.body holds the answer (a schedule, a
  // list, a run or a page of runs); 422 fills fieldErrors as for jobs.
  quint64 listSchedules();
  quint64 schedule(const QString &id);
  quint64 createSchedule(const QJsonObject &body);
  quint64 updateSchedule(const QString &id, const QJsonObject &patch);
  quint64 deleteSchedule(const QString &id);
  // action: pause | resume | run-now
  quint64 scheduleAction(const QString &id, const QString &action, const QJsonObject &body = {});
  quint64 scheduleRuns(const QString &id, int limit = 50, const QString &cursor = QString());

  // Polling delay after `attempt` consecutive unfinished/failed polls:
  // exponential from baseMs, capped at maxMs, with +-20 % jitter so many
  // desktops do not poll in lock-step.
  static int backoffMs(int attempt, int baseMs = 500, int maxMs = 30000);

signals:
  void replied(quint64 requestId, const epidesk::ClusterReply &reply);

private:
  quint64 send(ClusterReply::Operation op, const QByteArray &method, const QString &path,
               const QByteArray &body = QByteArray());
  void finished(QNetworkReply *reply, quint64 id, ClusterReply::Operation op);

  QUrl m_base;
  QByteArray m_token;
  int m_timeoutMs = 15000;
  quint64 m_next = 0;
  QNetworkAccessManager *m_nam;
};

} // namespace epidesk

Q_DECLARE_METATYPE(epidesk::ClusterReply)
