#include "RemoteJobRun.h"
#include "Feedback.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStringList>
#include <QTimer>
#include <algorithm>

namespace epidesk {

namespace {

QString tr(const char *text) {
  return QCoreApplication::translate("epidesk::RemoteJobRun", text);
}

QString replyError(const ClusterReply &r) {
  if (!r.fieldErrors.isEmpty()) {
    QStringList parts;
    for (const auto &[field, message] : r.fieldErrors)
      parts << QStringLiteral("%1: %2").arg(field, message);
    return parts.join(QStringLiteral("; "));
  }
  return r.error;
}

bool canceled(const Feedback *feedback) {
  return feedback && feedback->isCanceled();
}

} // namespace

RemoteJobRun::RemoteJobRun(const QUrl &cluster, const QString &token, int requestTimeoutMs)
    : m_client(cluster), m_requestTimeoutMs(requestTimeoutMs) {
  m_client.setToken(token);
  m_client.setTimeoutMs(requestTimeoutMs);
}

RemoteJobOutcome RemoteJobRun::run(const QString &kind, const QJsonObject &params, Feedback *feedback) {
  return follow(await(m_client.submit(kind, params), feedback), feedback);
}

RemoteJobOutcome RemoteJobRun::runDashboard(const QJsonObject &document, Feedback *feedback) {
  return follow(await(m_client.submitDashboard(document), feedback), feedback);
}

ClusterReply RemoteJobRun::artifact(const QString &jobId, const QString &name) {
  return await(m_client.artifact(jobId, name));
}

RemoteJobOutcome RemoteJobRun::follow(ClusterReply r, Feedback *feedback) {
  RemoteJobOutcome out;
  out.jobId = r.jobId;
  if (canceled(feedback)) {
    if (!out.jobId.isEmpty())
      await(m_client.cancel(out.jobId));
    out.status = RemoteJobOutcome::Status::Canceled;
    out.error = tr("canceled");
    return out;
  }
  if (r.httpStatus == 422) {
    out.status = RemoteJobOutcome::Status::Rejected;
    out.error = replyError(r);
    return out;
  }
  if (!r.ok()) {
    out.status = r.httpStatus == 0 ? RemoteJobOutcome::Status::Unreachable : RemoteJobOutcome::Status::Failed;
    out.error = replyError(r);
    return out;
  }
  for (int attempt = 0, unanswered = 0; !r.hasResult || r.status != QLatin1String("succeeded"); ++attempt) {
    if (r.isFinal() && r.status != QLatin1String("succeeded")) {
      out.status = r.status == QLatin1String("cancelled") ? RemoteJobOutcome::Status::Canceled
                                                          : RemoteJobOutcome::Status::Failed;
      out.error = tr("cluster job %1 %2: %3").arg(out.jobId, r.status, r.body.value("error").toString());
      return out;
    }
    if (feedback && r.progress > 0)
      feedback->setProgress(std::clamp(r.progress, 0.0, 100.0));
    if (!pause(ClusterClient::backoffMs(attempt, 200, 5000), feedback)) {
      if (!out.jobId.isEmpty())
        await(m_client.cancel(out.jobId)); // best effort: the worker stops at its next check
      out.status = RemoteJobOutcome::Status::Canceled;
      out.error = tr("canceled");
      return out;
    }
    const ClusterReply polled = await(m_client.poll(out.jobId), feedback);
    unanswered = polled.httpStatus == 0 ? unanswered + 1 : 0;
    if (polled.httpStatus != 0 && !polled.ok()) {
      out.status = RemoteJobOutcome::Status::Failed;
      out.error = replyError(polled);
      return out;
    }
    if (unanswered >= m_maxUnanswered) {
      out.status = RemoteJobOutcome::Status::Unreachable;
      out.error = replyError(polled);
      return out;
    }
    if (polled.httpStatus != 0)
      r = polled;
  }
  out.status = RemoteJobOutcome::Status::Succeeded;
  out.result = r.result;
  return out;
}

ClusterReply RemoteJobRun::await(quint64 requestId, Feedback *feedback) {
  ClusterReply out;
  out.error = tr("no answer from the cluster");
  QEventLoop loop;
  const auto c = QObject::connect(&m_client, &ClusterClient::replied, &loop,
                                  [&](quint64 answered, const ClusterReply &reply) {
                                    if (answered != requestId)
                                      return;
                                    out = reply;
                                    loop.quit();
                                  });
  QTimer watch; // cancel and deadline checks; the client's own timeout should come first
  QElapsedTimer waited;
  waited.start();
  QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
    if (canceled(feedback) || waited.elapsed() > m_requestTimeoutMs + 10000)
      loop.quit();
  });
  watch.start(50);
  loop.exec();
  QObject::disconnect(c);
  return out;
}

bool RemoteJobRun::pause(int ms, Feedback *feedback) {
  constexpr int kSliceMs = 50; // how soon a cancel is seen
  for (int waited = 0; waited < ms; waited += kSliceMs) {
    if (canceled(feedback))
      return false;
    QEventLoop loop;
    QTimer::singleShot(std::min(kSliceMs, ms - waited), &loop, &QEventLoop::quit);
    loop.exec();
  }
  return !canceled(feedback);
}

} // namespace epidesk
