#include "JobStore.h"
#include "ClusterDb.h"
#include "DbFields.h"
#include "JobStatus.h"
#include "ScheduleStore.h"
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace epidesk {

namespace {
using db::num;
using db::qstr;
using db::str;

const char *const kColumns =
    "id::text, owner, kind, request::text, cache_key, data_version, status, progress, attempts, max_attempts,"
    " worker, error, extract(epoch FROM created_at)::float8, extract(epoch FROM started_at)::float8,"
    " extract(epoch FROM finished_at)::float8";

// The same columns without the request (NULL in its place): job lists show
// summaries, never the submitted parameters (up to a MiB each).
const char *const kSummaryColumns =
    "id::text, owner, kind, NULL::text, cache_key, data_version, status, progress, attempts, max_attempts,"
    " worker, left(error, 1000), extract(epoch FROM created_at)::float8, extract(epoch FROM "
    "started_at)::float8,"
    " extract(epoch FROM finished_at)::float8";
constexpr int kSummaryColumnCount = 15;

JobRecord readJob(const pqxx::row &r) {
  JobRecord j;
  j.id = qstr(r[0]);
  j.owner = qstr(r[1]);
  j.kind = qstr(r[2]);
  if (!r[3].is_null())
    j.request = QJsonDocument::fromJson(qstr(r[3]).toUtf8()).object();
  j.cacheKey = qstr(r[4]);
  j.dataVersion = qstr(r[5]);
  j.status = qstr(r[6]);
  j.progress = num(r[7]);
  j.attempts = r[8].as<int>();
  j.maxAttempts = r[9].as<int>();
  j.worker = qstr(r[10]);
  j.error = qstr(r[11]);
  j.createdAt = num(r[12]);
  j.startedAt = num(r[13]);
  j.finishedAt = num(r[14]);
  return j;
}

using db::isoTime;
} // namespace

bool isUuid(const QString &text) {
  return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString JobCursor::toString() const {
  return QString::fromLatin1((createdAt + QLatin1Char('|') + id)
                                 .toUtf8()
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<JobCursor> JobCursor::parse(const QString &text) {
  if (text.isEmpty() || text.size() > 200)
    return std::nullopt;
  const auto decoded = QByteArray::fromBase64Encoding(
      text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded)
    return std::nullopt;
  const QStringList parts = QString::fromUtf8(*decoded).split(QLatin1Char('|'));
  // PostgreSQL's own timestamptz text, e.g. "2026-12-06 20:29:10.123456+00".
  static const QRegularExpression time(
      QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?[+-]\\d{2}(:\\d{2})?$"));
  if (parts.size() != 2 || !isUuid(parts[1]) || !time.match(parts[0]).hasMatch())
    return std::nullopt;
  return JobCursor{parts[0], parts[1]};
}

QByteArray JobRecord::toJson() const {
  QJsonObject timings{{"created_at", isoTime(createdAt)},
                      {"started_at", isoTime(startedAt)},
                      {"finished_at", isoTime(finishedAt)}};
  if (startedAt > 0)
    timings.insert("queued_seconds", startedAt - createdAt);
  if (finishedAt > 0 && startedAt > 0)
    timings.insert("run_seconds", finishedAt - startedAt);
  QJsonObject o{{"job_id", id},
                {"owner", owner},
                {"kind", kind},
                {"status", status},
                {"progress", progress},
                {"attempts", attempts},
                {"max_attempts", maxAttempts},
                {"timings", timings}};
  if (!request.isEmpty()) // summaries (job lists) leave it out
    o.insert("request", request);
  if (!worker.isEmpty())
    o.insert("worker", worker);
  if (!error.isEmpty())
    o.insert("error", error);
  QByteArray out = QJsonDocument(o).toJson(QJsonDocument::Compact);
  if (!resultJson.isEmpty()) { // splice: no re-parse, served byte for byte as stored
    out.chop(1);
    out += ",\"result\":" + resultJson + '}';
  }
  return out;
}

JobStore::Submission JobStore::submit(const QString &owner, const JobRequest &request,
                                      const QString &dataVersion, int maxAttempts) {
  // Autocommit, two single statements: the INSERT is committed (durable)
  // before we answer 202.
  return m_db.autocommit(
      [&](auto &tx) { return submitIn(tx, owner, request, dataVersion, maxAttempts, true); });
}

JobStore::Submission JobStore::submitIn(pqxx::transaction_base &tx, const QString &owner,
                                        const JobRequest &request, const QString &dataVersion,
                                        int maxAttempts, bool useCache) {
  const std::string key = request.cacheKey(dataVersion).toStdString();
  // The partial unique index jobs_active makes concurrent identical
  // submissions of one user share a job.
  Submission s;
  for (int round = 0; round < 3; ++round) {
    // One statement, one snapshot: a job finishing concurrently is seen
    // either as the result or as the running job, never as neither.
    const pqxx::result r = tx.exec_params(
        "SELECT (SELECT result::text FROM epidesk_cluster.results WHERE $3 AND cache_key = $1),"
        " (SELECT id::text || ' ' || status FROM epidesk_cluster.jobs"
        "   WHERE cache_key = $1 AND owner = $2 AND status IN ('queued', 'running') LIMIT 1)",
        key, str(owner), useCache);
    if (!r[0][0].is_null()) {
      s.outcome = Submission::Cached;
      s.status = jobStatusId(JobStatus::Succeeded);
      s.resultJson = QByteArray::fromStdString(r[0][0].as<std::string>());
      return s;
    }
    if (!r[0][1].is_null()) {
      const QStringList parts = qstr(r[0][1]).split(QLatin1Char(' '));
      s.outcome = Submission::Existing;
      s.jobId = parts.value(0);
      s.status = parts.value(1);
      return s;
    }
    const pqxx::result inserted = tx.exec_params(
        "INSERT INTO epidesk_cluster.jobs (owner, kind, request, cache_key, data_version, max_attempts)"
        " VALUES ($1, $2, $3::jsonb, $4, $5, $6)"
        " ON CONFLICT (owner, cache_key) WHERE status IN ('queued', 'running') DO NOTHING RETURNING "
        "id::text",
        str(owner), str(request.kind), request.canonicalJson().toStdString(), key, str(dataVersion),
        maxAttempts);
    if (!inserted.empty()) {
      s.outcome = Submission::Created;
      s.jobId = qstr(inserted[0][0]);
      s.status = jobStatusId(JobStatus::Queued);
      return s;
    }
    // An identical submission won the race: read again and share its job.
  }
  throw std::runtime_error("submission kept conflicting");
}

std::optional<JobRecord> JobStore::get(const QString &id, const QString &owner, bool withResult) {
  if (!isUuid(id))
    return std::nullopt;
  return m_db.autocommit([&](auto &tx) -> std::optional<JobRecord> {
    const pqxx::result r =
        tx.exec_params(std::string("SELECT ") + kColumns +
                           ", (SELECT result::text FROM epidesk_cluster.results res"
                           "    WHERE $3 AND j.status = 'succeeded' AND res.cache_key = j.cache_key)"
                           " FROM epidesk_cluster.jobs j WHERE id = $1::uuid AND ($2 = '' OR owner = $2)",
                       str(id), str(owner), withResult);
    if (r.empty())
      return std::nullopt;
    JobRecord j = readJob(r[0]);
    if (!r[0][15].is_null())
      j.resultJson = QByteArray::fromStdString(r[0][15].as<std::string>());
    return j;
  });
}

QString JobStore::recordCached(const QString &owner, const JobRequest &request, const QString &dataVersion,
                               int maxAttempts) {
  return m_db.autocommit(
      [&](auto &tx) { return recordCachedIn(tx, owner, request, dataVersion, maxAttempts); });
}

QString JobStore::recordCachedIn(pqxx::transaction_base &tx, const QString &owner, const JobRequest &request,
                                 const QString &dataVersion, int maxAttempts) {
  const std::string key = request.cacheKey(dataVersion).toStdString();
  // One statement: the newest such job of the caller's, or a new one.
  const pqxx::result r = tx.exec_params(
      "WITH existing AS (SELECT id FROM epidesk_cluster.jobs WHERE owner = $1 AND cache_key = $2"
      "   AND status = 'succeeded' ORDER BY created_at DESC LIMIT 1),"
      " recorded AS (INSERT INTO epidesk_cluster.jobs (owner, kind, request, cache_key, data_version,"
      "   max_attempts, status, progress, finished_at)"
      "   SELECT $1, $3, $4::jsonb, $2, $5, $6, 'succeeded', 100, clock_timestamp()"
      "   WHERE NOT EXISTS (SELECT 1 FROM existing) RETURNING id)"
      " SELECT id::text FROM existing UNION ALL SELECT id::text FROM recorded",
      str(owner), key, str(request.kind), request.canonicalJson().toStdString(), str(dataVersion),
      maxAttempts);
  return r.empty() ? QString() : qstr(r[0][0]);
}

JobStore::ArtifactLookup JobStore::artifact(const QString &id, const QString &owner, const QString &name) {
  ArtifactLookup out;
  if (!isUuid(id))
    return out;
  return m_db.autocommit([&](auto &tx) {
    const pqxx::result r =
        tx.exec_params("SELECT j.status, a.content_type, a.data FROM epidesk_cluster.jobs j"
                       " LEFT JOIN epidesk_cluster.artifacts a"
                       "   ON j.status = 'succeeded' AND a.cache_key = j.cache_key AND a.name = $3"
                       " WHERE j.id = $1::uuid AND ($2 = '' OR j.owner = $2)",
                       str(id), str(owner), str(name));
    if (r.empty())
      return out;
    out.jobVisible = true;
    out.status = qstr(r[0][0]);
    if (!r[0][2].is_null()) {
      const pqxx::binarystring data(r[0][2]);
      out.artifact =
          JobArtifact{name, QByteArray::fromStdString(r[0][1].as<std::string>()),
                      QByteArray(reinterpret_cast<const char *>(data.data()), qsizetype(data.size()))};
    }
    return out;
  });
}

JobPage JobStore::list(const QString &owner, const QString &status, int limit, const QString &cursor,
                       qsizetype maxBytes) {
  // Keyset pagination on (created_at, id), newest first: a page costs its
  // own size whatever the table holds, and never the requests themselves.
  const std::optional<JobCursor> after = JobCursor::parse(cursor);
  return m_db.autocommit([&](auto &tx) {
    const pqxx::result r =
        tx.exec_params(std::string("SELECT ") + kSummaryColumns +
                           ", created_at::text FROM epidesk_cluster.jobs WHERE ($1 = '' OR owner = $1)"
                           " AND ($2 = '' OR status = $2)"
                           " AND (NOT $4 OR (created_at, id) < ($5::timestamptz, $6::uuid))"
                           " ORDER BY created_at DESC, id DESC LIMIT $3",
                       str(owner), str(status), limit + 1, after.has_value(),
                       after ? str(after->createdAt) : std::string("epoch"),
                       after ? str(after->id) : std::string("00000000-0000-0000-0000-000000000000"));
    JobPage page;
    qsizetype bytes = 0;
    for (int i = 0; i < int(r.size()); ++i) {
      const JobRecord j = readJob(r[i]);
      const QByteArray json = j.toJson();
      if (i == limit || (!page.jobs.empty() && bytes + json.size() > maxBytes)) {
        const pqxx::row &last = r[i - 1];
        page.nextCursor = JobCursor{qstr(last[kSummaryColumnCount]), qstr(last[0])}.toString();
        break;
      }
      bytes += json.size();
      page.jobs.push_back(json);
    }
    return page;
  });
}

std::optional<QString> JobStore::cancel(const QString &id, const QString &owner) {
  if (!isUuid(id))
    return std::nullopt;
  return m_db.transact([&](pqxx::work &tx) -> std::optional<QString> {
    // The worker sees the status on its next heartbeat and stops.
    const pqxx::result r = tx.exec_params(
        "UPDATE epidesk_cluster.jobs SET status = CASE WHEN status IN ('queued', 'running') THEN 'cancelled'"
        " ELSE status END, finished_at = CASE WHEN status IN ('queued', 'running') THEN clock_timestamp()"
        " ELSE finished_at END, updated_at = clock_timestamp()"
        " WHERE id = $1::uuid AND ($2 = '' OR owner = $2) RETURNING status",
        str(id), str(owner));
    if (r.empty())
      return std::nullopt;
    // Delivered at commit; the worker holding the job stops within a second.
    tx.exec_params("SELECT pg_notify('epidesk_job_cancelled', $1)", str(id));
    return qstr(r[0][0]);
  });
}

std::optional<QByteArray> JobStore::cachedResult(const QString &cacheKey) {
  return m_db.autocommit([&](auto &tx) -> std::optional<QByteArray> {
    const pqxx::result r = tx.exec_params(
        "SELECT result::text FROM epidesk_cluster.results WHERE cache_key = $1", str(cacheKey));
    if (r.empty())
      return std::nullopt;
    return QByteArray::fromStdString(r[0][0].as<std::string>());
  });
}

JobStats JobStore::stats(double workerTimeoutSeconds) {
  static const double kBuckets[] = {0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 1800};
  return m_db.transact([&](pqxx::work &tx) {
    JobStats s;
    for (const auto &row : tx.exec("SELECT status, count(*) FROM epidesk_cluster.jobs GROUP BY status")) {
      const QString status = qstr(row[0]);
      const qint64 n = row[1].as<qint64>();
      switch (jobStatusFromId(status).value_or(JobStatus::Rejected)) {
      case JobStatus::Queued:
        s.queued = n;
        break;
      case JobStatus::Running:
        s.running = n;
        break;
      case JobStatus::Succeeded:
        s.succeeded = n;
        break;
      case JobStatus::Failed:
        s.failed = n;
        break;
      case JobStatus::Cancelled:
        s.cancelled = n;
        break;
      case JobStatus::Submitting:
      case JobStatus::Rejected: // never stored
        break;
      }
    }
    s.workersAlive = tx.exec_params("SELECT count(*) FROM epidesk_cluster.workers"
                                    " WHERE last_seen > clock_timestamp() - make_interval(secs => $1)",
                                    workerTimeoutSeconds)[0][0]
                         .as<qint64>();
    std::string sql = "SELECT count(*), coalesce(sum(d), 0)";
    for (double b : kBuckets)
      sql += ", count(*) FILTER (WHERE d <= " + std::to_string(b) + ")";
    sql += " FROM (SELECT extract(epoch FROM finished_at - started_at)::float8 AS d FROM epidesk_cluster.jobs"
           " WHERE status = 'succeeded' AND started_at IS NOT NULL) t";
    const pqxx::row d = tx.exec1(sql);
    s.durationCount = d[0].as<qint64>();
    s.durationSum = d[1].as<double>();
    for (size_t i = 0; i < sizeof(kBuckets) / sizeof(kBuckets[0]); ++i)
      s.durationBuckets.emplace_back(kBuckets[i], d[int(i) + 2].as<qint64>());
    s.results = tx.exec("SELECT count(*) FROM epidesk_cluster.results")[0][0].as<qint64>();
    s.schedules = ScheduleStore::statsIn(tx);
    return s;
  });
}

bool JobStore::ping() {
  try {
    m_db.autocommit([](auto &tx) { tx.exec("SELECT 1"); });
    return true;
  } catch (const std::exception &) {
    return false;
  }
}

} // namespace epidesk
