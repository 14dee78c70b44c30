#include "ClusterClient.h"
#include "RetryBackoff.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace epidesk {

ClusterClient::ClusterClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_base(baseUrl), m_nam(new QNetworkAccessManager(this)) {
  qRegisterMetaType<epidesk::ClusterReply>();
}

ClusterClient::~ClusterClient() = default;

int ClusterClient::backoffMs(int attempt, int baseMs, int maxMs) {
  return RetryBackoff(baseMs, maxMs, 0.2).delayMs(attempt);
}

quint64 ClusterClient::submit(const QString &kind, const QJsonObject &params) {
  const QByteArray body =
      QJsonDocument(QJsonObject{{"kind", kind}, {"params", params}}).toJson(QJsonDocument::Compact);
  return send(ClusterReply::Submit, "POST", QStringLiteral("/v1/jobs"), body);
}
QJsonObject ClusterClient::dashboardForCluster(const QJsonObject &document) {
  QJsonObject sent = document;
  sent.remove(QStringLiteral("source"));
  sent.remove(QStringLiteral("window"));
  sent.remove(QStringLiteral("saved_results"));
  return sent;
}
quint64 ClusterClient::submitDashboard(const QJsonObject &document) {
  return submit(QStringLiteral("dashboard"), QJsonObject{{"document", dashboardForCluster(document)}});
}
quint64 ClusterClient::artifact(const QString &jobId, const QString &name) {
  return send(ClusterReply::Artifact, "GET",
              QStringLiteral("/v1/jobs/%1/artifacts/%2")
                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(jobId)),
                       QString::fromLatin1(QUrl::toPercentEncoding(name))));
}
quint64 ClusterClient::poll(const QString &jobId) {
  return send(ClusterReply::Poll, "GET", QStringLiteral("/v1/jobs/") + QUrl::toPercentEncoding(jobId));
}
quint64 ClusterClient::cancel(const QString &jobId) {
  return send(ClusterReply::Cancel, "DELETE", QStringLiteral("/v1/jobs/") + QUrl::toPercentEncoding(jobId));
}
quint64 ClusterClient::listJobs(const QString &status, int limit) {
  QUrlQuery q;
  if (!status.isEmpty())
    q.addQueryItem(QStringLiteral("status"), status);
  q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
  return send(ClusterReply::List, "GET", QStringLiteral("/v1/jobs?") + q.toString(QUrl::FullyEncoded));
}
quint64 ClusterClient::health() {
  return send(ClusterReply::Health, "GET", QStringLiteral("/v1/health"));
}
quint64 ClusterClient::metrics() {
  return send(ClusterReply::Metrics, "GET", QStringLiteral("/metrics"));
}

namespace {
QString schedulePath(const QString &id, const QString &action = QString()) {
  QString path = QStringLiteral("/v1/schedules/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
  if (!action.isEmpty())
    path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(action));
  return path;
}
QByteArray compact(const QJsonObject &o) {
  return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

quint64 ClusterClient::listSchedules() {
  return send(ClusterReply::Schedule, "GET", QStringLiteral("/v1/schedules"));
}
quint64 ClusterClient::schedule(const QString &id) {
  return send(ClusterReply::Schedule, "GET", schedulePath(id));
}
quint64 ClusterClient::createSchedule(const QJsonObject &body) {
  return send(ClusterReply::Schedule, "POST", QStringLiteral("/v1/schedules"), compact(body));
}
quint64 ClusterClient::updateSchedule(const QString &id, const QJsonObject &patch) {
  return send(ClusterReply::Schedule, "PATCH", schedulePath(id), compact(patch));
}
quint64 ClusterClient::deleteSchedule(const QString &id) {
  return send(ClusterReply::Schedule, "DELETE", schedulePath(id));
}
quint64 ClusterClient::scheduleAction(const QString &id, const QString &action, const QJsonObject &body) {
  return send(ClusterReply::Schedule, "POST", schedulePath(id, action), compact(body));
}
quint64 ClusterClient::scheduleRuns(const QString &id, int limit, const QString &cursor) {
  QUrlQuery q;
  q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
  if (!cursor.isEmpty())
    q.addQueryItem(QStringLiteral("cursor"), cursor);
  return send(ClusterReply::Schedule, "GET", schedulePath(id, QStringLiteral("runs")) + QLatin1Char('?') +
                                                 q.toString(QUrl::FullyEncoded));
}

quint64 ClusterClient::send(ClusterReply::Operation op, const QByteArray &method, const QString &path,
                            const QByteArray &body) {
  const quint64 id = ++m_next;
  QString base = m_base.toString(QUrl::StripTrailingSlash);
  QNetworkRequest request(QUrl(base + path));
  request.setTransferTimeout(m_timeoutMs);
  request.setRawHeader("Accept", "application/json");
  if (!m_token.isEmpty())
    request.setRawHeader("Authorization", "Bearer " + m_token);
  if (!body.isEmpty())
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
  QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
  connect(reply, &QNetworkReply::finished, this, [this, reply, id, op] { finished(reply, id, op); });
  return id;
}

void ClusterClient::finished(QNetworkReply *reply, quint64 id, ClusterReply::Operation op) {
  reply->deleteLater();
  ClusterReply r;
  r.operation = op;
  r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  const QByteArray data = reply->readAll();
  const bool file = op == ClusterReply::Artifact && r.httpStatus == 200;
  if (op == ClusterReply::Metrics || file) {
    r.text = data;
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
  } else {
    r.body = QJsonDocument::fromJson(data).object();
    r.jobId = r.body.value("job_id").toString();
    r.status = r.body.value("status").toString();
    r.progress = r.body.value("progress").toDouble();
    if (r.body.value("result").isObject()) {
      r.hasResult = true;
      r.result = r.body.value("result").toObject();
    }
    for (const QJsonValue &e : r.body.value("errors").toArray())
      r.fieldErrors.append(
          {e.toObject().value("field").toString(), e.toObject().value("message").toString()});
  }
  if (r.httpStatus == 0)
    r.detail = reply->errorString();
  else if (!r.ok())
    r.detail = r.body.value("error").toString();
  if (r.httpStatus == 0) // no HTTP answer: the message names the problem, not the request
    r.error = QCoreApplication::translate("epidesk::ClusterClient", "cluster not reachable: %1")
                  .arg(reply->errorString());
  else if (!r.ok())
    r.error = r.body.value("error").toString(
        QCoreApplication::translate("epidesk::ClusterClient", "cluster answered HTTP %1").arg(r.httpStatus));
  emit replied(id, r);
}

} // namespace epidesk
