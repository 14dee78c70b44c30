#pragma once
#include "ClusterClient.h"
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <functional>

namespace epidesk {

class Feedback;

// How one cluster job ended, as RemoteJobRun saw it.
struct RemoteJobOutcome {
  enum class Status { Succeeded, Rejected, Failed, Canceled, Unreachable };
  Status status = Status::Unreachable;
  QString jobId;
  QJsonObject result; // Succeeded: the job's result (200 cached or after polling)
  QString error;      // every other status: what went wrong ("field: message" for a 422)
  bool ok() const { return status == Status::Succeeded; }
};

// One cluster job run to its end on the calling thread, which may be a worker
// thread without an event loop of its own (the HTTP runs in local event
// loops): submit, poll with back-off, and cancel the job on the cluster when
// feedback is canceled. The one path of every blocking cluster run: the CLI's
// "dashboard render --server" and the dashboard panels whose document names
// a cluster. The token goes to ClusterClient only, never into errors.
class RemoteJobRun {
public:
  RemoteJobRun(const QUrl &cluster, const QString &token, int requestTimeoutMs = 60000);

  // Gives up after this many polls in a row without an answer (cluster away).
  void setMaxUnanswered(int polls) { m_maxUnanswered = polls; }

  RemoteJobOutcome run(const QString &kind, const QJsonObject &params, Feedback *feedback = nullptr);
  // A "dashboard" job (ClusterClient::submitDashboard).
  RemoteJobOutcome runDashboard(const QJsonObject &document, Feedback *feedback = nullptr);
  // GET an artifact of a succeeded job: reply.text holds its bytes.
  ClusterReply artifact(const QString &jobId, const QString &name);
  // Any other call, e.g. [](ClusterClient &c) { return c.listSchedules(); },
  // waited for like the job calls.
  ClusterReply call(const std::function<quint64(ClusterClient &)> &send) { return await(send(m_client)); }

private:
  RemoteJobOutcome follow(ClusterReply submitted, Feedback *feedback);
  // The reply to requestId; a "no answer" reply (httpStatus 0) when feedback
  // is canceled or no reply came within the request timeout and a margin:
  // a computation waiting here always ends.
  ClusterReply await(quint64 requestId, Feedback *feedback = nullptr);
  // Waits ms, in slices, returning false as soon as feedback is canceled.
  bool pause(int ms, Feedback *feedback);

  ClusterClient m_client;
  int m_requestTimeoutMs;
  int m_maxUnanswered = 10;
};

} // namespace epidesk
