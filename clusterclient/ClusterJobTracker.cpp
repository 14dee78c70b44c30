#include "ClusterJobTracker.h"
#include "ClusterClient.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace epidesk {

namespace {
constexpr QLatin1String kSubmitting = jobStatusId(JobStatus::Submitting),
                        kQueued = jobStatusId(JobStatus::Queued), kRunning = jobStatusId(JobStatus::Running),
                        kSucceeded = jobStatusId(JobStatus::Succeeded),
                        kFailed = jobStatusId(JobStatus::Failed),
                        kCancelled = jobStatusId(JobStatus::Cancelled);
constexpr int kFormatVersion = 1;
constexpr int kProgressSaveMs = 2000; // progress ticks are saved at most this often

QJsonValue timeJson(const QDateTime &t) {
  return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}
QDateTime timeFromJson(const QJsonValue &v) {
  if (!v.isString())
    return {};
  QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
  if (!t.isValid())
    t = QDateTime::fromString(v.toString(), Qt::ISODate);
  return t.isValid() ? t.toUTC() : QDateTime();
}
// The cluster's address without anything secret in it.
QUrl publicUrl(const QUrl &url) {
  return url.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}
// "0.3", "12": short delays to a tenth of a second, rounded up so it never reads "0.0".
QString retrySeconds(int delayMs) {
  if (delayMs < 10000)
    return QLocale().toString(std::ceil(delayMs / 100.0) / 10.0, 'f', 1);
  return QLocale().toString(std::ceil(delayMs / 1000.0), 'f', 0);
}
bool writeAtomically(const QString &path, const QByteArray &data) {
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly))
    return false;
  f.write(data);
  return f.commit();
}
} // namespace

// ---- TrackedJob ----------------------------------------------------------

qint64 TrackedJob::durationMs() const {
  if (!startedAt.isValid())
    return -1;
  if (finishedAt.isValid())
    return startedAt.msecsTo(finishedAt);
  if (status == kRunning)
    return startedAt.msecsTo(QDateTime::currentDateTimeUtc());
  return -1;
}

bool TrackedJob::isFinal() const {
  return isFinalJobStatus(status);
}

QJsonObject TrackedJob::toJson() const {
  QJsonObject o{{"key", key},
                {"job_id", jobId},
                {"kind", kind},
                {"label", label},
                {"params", params},
                {"status", status},
                {"progress", progress},
                {"cached", cached},
                {"cluster", publicUrl(cluster).toString()},
                {"submitted_at", timeJson(submittedAt)},
                {"started_at", timeJson(startedAt)},
                {"finished_at", timeJson(finishedAt)}};
  if (!error.isEmpty())
    o.insert("error", error);
  return o;
}

TrackedJob TrackedJob::fromJson(const QJsonObject &json) {
  TrackedJob j;
  j.key = json.value("key").toString();
  j.jobId = json.value("job_id").toString();
  j.kind = json.value("kind").toString();
  j.label = json.value("label").toString();
  j.params = json.value("params").toObject();
  j.status = json.value("status").toString();
  j.progress = json.value("progress").toDouble();
  j.error = json.value("error").toString();
  j.cached = json.value("cached").toBool();
  j.cluster = QUrl(json.value("cluster").toString());
  j.submittedAt = timeFromJson(json.value("submitted_at"));
  j.startedAt = timeFromJson(json.value("started_at"));
  j.finishedAt = timeFromJson(json.value("finished_at"));
  return j;
}

// ---- ClusterJobTracker ---------------------------------------------------

ClusterJobTracker::ClusterJobTracker(const QString &stateDir, QObject *parent)
    : QObject(parent), m_dir(stateDir), m_saveTimer(new QTimer(this)) {
  m_saveTimer->setSingleShot(true);
  m_saveTimer->setInterval(kProgressSaveMs);
  connect(m_saveTimer, &QTimer::timeout, this, &ClusterJobTracker::save);
  load();
}

ClusterJobTracker::~ClusterJobTracker() {
  if (m_saveTimer->isActive())
    save();
}

QString ClusterJobTracker::stateFile() const {
  return QDir(m_dir).filePath(QStringLiteral("jobs.json"));
}

QString ClusterJobTracker::resultFile(const QString &key) const {
  return QDir(m_dir).filePath(QStringLiteral("results/") + key + QStringLiteral(".json"));
}

void ClusterJobTracker::load() {
  QFile f(stateFile());
  if (!f.open(QIODevice::ReadOnly))
    return; // first run
  const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
  if (doc.value("version").toInt() > kFormatVersion) {
    qWarning("%s: written by a newer EpiDesk, ignored", qPrintable(stateFile()));
    return;
  }
  const QJsonArray list = doc.value("jobs").toArray();
  for (auto it = list.constEnd(); it != list.constBegin();) { // stored newest first
    TrackedJob job = TrackedJob::fromJson((--it)->toObject());
    if (!job.key.isEmpty() && !find(job.key))
      m_jobs.append(job);
  }
}

void ClusterJobTracker::save() {
  m_saveTimer->stop();
  QJsonArray list;
  for (auto it = m_jobs.crbegin(); it != m_jobs.crend(); ++it)
    list.append(it->toJson());
  QDir().mkpath(m_dir);
  const QJsonObject doc{{"format", "epidesk-cluster-jobs"}, {"version", kFormatVersion}, {"jobs", list}};
  if (!writeAtomically(stateFile(), QJsonDocument(doc).toJson(QJsonDocument::Indented)))
    qWarning("cannot save the cluster jobs to %s", qPrintable(stateFile()));
}

void ClusterJobTracker::saveSoon() {
  if (!m_saveTimer->isActive())
    m_saveTimer->start();
}

bool ClusterJobTracker::storeResult(const QString &key, const QJsonObject &result) {
  m_results.insert(key, result);
  QDir().mkpath(QDir(m_dir).filePath(QStringLiteral("results")));
  if (writeAtomically(resultFile(key), QJsonDocument(result).toJson(QJsonDocument::Compact)))
    return true;
  qWarning("cannot store the result of cluster job %s in %s", qPrintable(key), qPrintable(resultFile(key)));
  return false;
}

TrackedJob *ClusterJobTracker::find(const QString &key) {
  for (TrackedJob &j : m_jobs)
    if (j.key == key)
      return &j;
  return nullptr;
}

QList<TrackedJob> ClusterJobTracker::jobs() const {
  return QList<TrackedJob>(m_jobs.crbegin(), m_jobs.crend());
}

std::optional<TrackedJob> ClusterJobTracker::job(const QString &key) const {
  for (const TrackedJob &j : m_jobs)
    if (j.key == key)
      return j;
  return std::nullopt;
}

std::optional<QJsonObject> ClusterJobTracker::result(const QString &key) const {
  const auto j = job(key);
  if (!j || j->status != kSucceeded)
    return std::nullopt;
  if (auto it = m_results.constFind(key); it != m_results.constEnd())
    return *it;
  QFile f(resultFile(key));
  if (!f.open(QIODevice::ReadOnly))
    return std::nullopt;
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
  if (!doc.isObject())
    return std::nullopt;
  m_results.insert(key, doc.object());
  return doc.object();
}

void ClusterJobTracker::setPollIntervals(int baseMs, int maxMs) {
  m_baseMs = std::max(1, baseMs);
  m_maxMs = std::max(m_baseMs, maxMs);
}

bool ClusterJobTracker::hasCluster() const {
  return m_client != nullptr;
}

bool ClusterJobTracker::isOnCurrentCluster(const TrackedJob &job) const {
  return m_client && publicUrl(job.cluster) == m_cluster;
}

void ClusterJobTracker::setCluster(const QUrl &url, const QString &token) {
  if (m_client) { // answers to the old client's requests are dropped
    m_client->disconnect(this);
    m_client->deleteLater();
    m_client = nullptr;
  }
  m_requests.clear();
  for (Runtime &r : m_runtime) {
    r.inFlight = false;
    r.attempt = 0;
  }
  m_cluster = url.isEmpty() ? QUrl() : publicUrl(url);
  setReachable(true, QString());
  if (m_cluster.isEmpty())
    return;
  m_client = new ClusterClient(url, this);
  m_client->setToken(token);
  connect(m_client, &ClusterClient::replied, this, &ClusterJobTracker::onReplied);
  resumeAll();
}

void ClusterJobTracker::resumeAll() {
  for (const TrackedJob &j : m_jobs)
    if ((!j.isFinal() || m_runtime.value(j.key).cancelPending) && isOnCurrentCluster(j))
      schedule(j.key, true);
}

QString ClusterJobTracker::submit(const QString &kind, const QJsonObject &params, const QString &label) {
  TrackedJob j;
  j.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
  j.kind = kind;
  j.label = label;
  j.params = params;
  j.status = kSubmitting;
  j.cluster = m_cluster;
  j.submittedAt = QDateTime::currentDateTimeUtc();
  m_jobs.append(j);
  emit jobAdded(j.key);
  if (!m_client)
    finish(m_jobs.last(), kFailed, tr("no cluster is configured: set its address in the cluster settings"));
  else {
    save();
    send(j.key, Op::Submit);
  }
  return j.key;
}

void ClusterJobTracker::cancel(const QString &key) {
  TrackedJob *j = find(key);
  if (!j || j->isFinal())
    return;
  Runtime &r = m_runtime[key];
  if (j->jobId.isEmpty()) { // not accepted yet: a late 202 is cancelled when it arrives
    finish(*j, kCancelled);
    return;
  }
  r.cancelPending = true;
  if (isOnCurrentCluster(*j) && !r.inFlight)
    send(key, Op::Cancel);
}

void ClusterJobTracker::remove(const QString &key) {
  const TrackedJob *j = find(key);
  if (!j || !j->isFinal())
    return;
  if (auto it = m_runtime.find(key); it != m_runtime.end()) {
    delete it->timer;
    m_runtime.erase(it);
  }
  m_results.remove(key);
  QFile::remove(resultFile(key));
  m_jobs.removeIf([&](const TrackedJob &t) { return t.key == key; });
  save();
  emit jobRemoved(key);
}

int ClusterJobTracker::schedule(const QString &key, bool soon) {
  Runtime &r = m_runtime[key];
  if (!r.timer) {
    r.timer = new QTimer(this);
    r.timer->setSingleShot(true);
    connect(r.timer, &QTimer::timeout, this, [this, key] { nextStep(key); });
  }
  const int delay = soon ? 0 : ClusterClient::backoffMs(r.attempt++, m_baseMs, m_maxMs);
  r.timer->start(delay);
  return delay;
}

void ClusterJobTracker::nextStep(const QString &key) {
  const TrackedJob *j = find(key);
  const Runtime r = m_runtime.value(key);
  if (!j || r.inFlight || !isOnCurrentCluster(*j))
    return;
  if (r.cancelPending && !j->jobId.isEmpty())
    send(key, Op::Cancel);
  else if (j->isFinal())
    return;
  else if (j->status == kSubmitting)
    send(key, Op::Submit);
  else if (!j->jobId.isEmpty())
    send(key, Op::Poll);
}

void ClusterJobTracker::send(const QString &key, Op op) {
  const TrackedJob *j = find(key);
  if (!j || !m_client)
    return;
  quint64 id = 0;
  switch (op) {
  case Op::Submit:
    id = m_client->submit(j->kind, j->params);
    break;
  case Op::Poll:
    id = m_client->poll(j->jobId);
    break;
  case Op::Cancel:
    id = m_client->cancel(j->jobId);
    break;
  }
  m_runtime[key].inFlight = true;
  m_requests.insert(id, {key, op});
}

void ClusterJobTracker::onReplied(quint64 requestId, const ClusterReply &reply) {
  const auto request = m_requests.take(requestId);
  TrackedJob *j = find(request.first);
  if (!j)
    return; // removed meanwhile
  m_runtime[j->key].inFlight = false;
  if (!noteAnswer(j->key, reply))
    return;
  switch (request.second) {
  case Op::Submit:
    onSubmitReply(*j, reply);
    break;
  case Op::Poll:
    onPollReply(*j, reply);
    break;
  case Op::Cancel:
    onCancelReply(*j, reply);
    break;
  }
}

bool ClusterJobTracker::noteAnswer(const QString &key, const ClusterReply &reply) {
  const QString where = m_cluster.toString();
  if (reply.httpStatus == 0 || reply.httpStatus >= 500) {
    const int delay = schedule(key, false);
    const QString why = reply.httpStatus == 0
                            ? reply.detail
                            : tr("HTTP %1 %2").arg(reply.httpStatus).arg(reply.detail).trimmed();
    setReachable(
        false, tr("cluster at %1 not reachable: %2; retrying in %3 s").arg(where, why, retrySeconds(delay)));
    return false;
  }
  if (reply.httpStatus == 401) {
    // Keep the jobs: the user can fix the token and setCluster() resumes them.
    const int delay = schedule(key, false);
    const QString why =
        tr("token rejected by the cluster at %1: check the token in the cluster settings; retrying in %2 s")
            .arg(where, retrySeconds(delay));
    setReachable(false, why);
    TrackedJob *j = find(key);
    if (j->error != tr("token rejected")) {
      j->error = tr("token rejected");
      changed(*j, true);
    }
    return false;
  }
  setReachable(true, QString());
  return true;
}

void ClusterJobTracker::onSubmitReply(TrackedJob &job, const ClusterReply &reply) {
  job.error.clear();
  if (reply.httpStatus == 202) {
    job.jobId = reply.jobId;
    if (job.status == kCancelled) { // cancelled before the cluster accepted it
      m_runtime[job.key].cancelPending = true;
      changed(job, true);
      send(job.key, Op::Cancel);
      return;
    }
    job.status = reply.status.isEmpty() ? QString(kQueued) : reply.status;
    m_runtime[job.key].attempt = 0;
    changed(job, true);
    schedule(job.key, false);
  } else if (reply.httpStatus == 200 && reply.hasResult) {
    if (job.status == kCancelled)
      return;
    job.cached = reply.body.value("cached").toBool();
    job.progress = 100;
    storeResult(job.key, reply.result);
    finish(job, kSucceeded);
  } else if (reply.httpStatus == 422) {
    QStringList errors;
    for (const auto &e : reply.fieldErrors)
      errors << (e.first.isEmpty() ? e.second : e.first + QStringLiteral(": ") + e.second);
    finish(job, jobStatusId(JobStatus::Rejected), errors.join(QStringLiteral("; ")));
  } else {
    finish(job, kFailed, reply.error);
  }
}

void ClusterJobTracker::applyJobBody(TrackedJob &job, const ClusterReply &reply) {
  const QJsonObject timings = reply.body.value("timings").toObject();
  if (const QDateTime t = timeFromJson(timings.value("started_at")); t.isValid())
    job.startedAt = t;
  if (const QDateTime t = timeFromJson(timings.value("finished_at")); t.isValid())
    job.finishedAt = t;
  if (reply.body.contains("progress"))
    job.progress = reply.progress;
  if (!reply.status.isEmpty())
    job.status = reply.status;
  job.error = reply.body.value("error").toString();
}

void ClusterJobTracker::onPollReply(TrackedJob &job, const ClusterReply &reply) {
  Runtime &r = m_runtime[job.key];
  if (reply.httpStatus == 404) {
    r.cancelPending = false;
    finish(job, kFailed, tr("the cluster no longer knows this job"));
    return;
  }
  if (!reply.ok()) {
    finish(job, kFailed, reply.error);
    return;
  }
  const QString oldStatus = job.status;
  const double oldProgress = job.progress;
  applyJobBody(job, reply);
  if (job.status == kSucceeded) {
    job.progress = 100;
    if (reply.hasResult)
      storeResult(job.key, reply.result);
  }
  if (job.isFinal()) {
    r.cancelPending = false;
    finish(job, job.status, job.error);
    return;
  }
  const bool statusChanged = job.status != oldStatus;
  if (statusChanged || job.progress != oldProgress) {
    r.attempt = 0; // something moves: keep watching closely
    changed(job, statusChanged);
  }
  schedule(job.key, r.cancelPending);
}

void ClusterJobTracker::onCancelReply(TrackedJob &job, const ClusterReply &reply) {
  Runtime &r = m_runtime[job.key];
  r.cancelPending = false;
  if (reply.httpStatus == 404) {
    if (!job.isFinal())
      finish(job, kFailed, tr("the cluster no longer knows this job"));
    return;
  }
  if (job.isFinal()) // cancelled locally before the 202: nothing more to show
    return;
  if (reply.ok() && reply.status == kCancelled) {
    finish(job, kCancelled);
    return;
  }
  // Already finished on the cluster (or refused): the next poll tells how.
  r.attempt = 0;
  schedule(job.key, true);
}

void ClusterJobTracker::finish(TrackedJob &job, const QString &status, const QString &error) {
  job.status = status;
  job.error = error;
  if (!job.finishedAt.isValid())
    job.finishedAt = QDateTime::currentDateTimeUtc();
  if (Runtime *r = &m_runtime[job.key]; r->timer && !r->cancelPending)
    r->timer->stop();
  changed(job, true);
  emit jobFinished(job.key);
  // Nothing left that retries: a stale "not reachable" banner would never clear.
  if (!m_reachable && std::none_of(m_jobs.cbegin(), m_jobs.cend(), [this](const TrackedJob &j) {
        return (!j.isFinal() || m_runtime.value(j.key).cancelPending) && isOnCurrentCluster(j);
      }))
    setReachable(true, QString());
}

void ClusterJobTracker::changed(TrackedJob &job, bool important) {
  if (important)
    save();
  else
    saveSoon();
  emit jobChanged(job.key);
}

void ClusterJobTracker::setReachable(bool reachable, const QString &reason) {
  if (reachable == m_reachable && reason == m_reason)
    return;
  m_reachable = reachable;
  m_reason = reason;
  emit reachabilityChanged(reachable, reason);
}

} // namespace epidesk
