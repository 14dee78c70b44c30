#include "JobQueue.h"
#include "ClusterDb.h"
#include "DbFields.h"
#include <QJsonDocument>

namespace epidesk {

namespace {
using db::qstr;
using db::str;
// True when the holder of job row j showed no life for `seconds` (a parameter).
std::string holderSilent(const char *seconds) {
  return std::string(" NOT EXISTS (SELECT 1 FROM epidesk_cluster.workers w WHERE w.id = j.worker"
                     " AND w.last_seen >= clock_timestamp() - make_interval(secs => ") +
         seconds + "))";
}
} // namespace

void JobQueue::registerWorker(const QString &host, qint64 pid, const QString &dataVersion) {
  m_db.autocommit([&](auto &tx) {
    tx.exec_params("INSERT INTO epidesk_cluster.workers (id, host, pid, data_version) VALUES ($1, $2, $3, $4)"
                   " ON CONFLICT (id) DO UPDATE SET host = $2, pid = $3, data_version = $4,"
                   " started_at = clock_timestamp(), last_seen = clock_timestamp()",
                   str(m_worker), str(host), pid, str(dataVersion));
  });
}

void JobQueue::workerHeartbeat(const QString &currentJob) {
  m_db.autocommit([&](auto &tx) {
    tx.exec_params("UPDATE epidesk_cluster.workers SET last_seen = clock_timestamp(),"
                   " current_job = NULLIF($2, '')::uuid WHERE id = $1",
                   str(m_worker), str(currentJob));
  });
}

void JobQueue::unregisterWorker() {
  m_db.autocommit(
      [&](auto &tx) { tx.exec_params("DELETE FROM epidesk_cluster.workers WHERE id = $1", str(m_worker)); });
}

int JobQueue::failExhausted(int maxAttempts, int leaseSeconds) {
  return m_db.autocommit([&](auto &tx) {
    const pqxx::result r = tx.exec_params(
        std::string(
            "UPDATE epidesk_cluster.jobs j SET status = 'failed', finished_at = clock_timestamp(),"
            " updated_at = clock_timestamp(),"
            " error = format('lease expired %s times (worker %s stopped responding)', attempts, worker)"
            " WHERE status = 'running' AND lease_until < clock_timestamp()"
            " AND attempts >= least(max_attempts, $1) AND") +
            holderSilent("$2") + " RETURNING id",
        maxAttempts, double(leaseSeconds));
    return int(r.size());
  });
}

std::optional<ClaimedJob> JobQueue::claim(const QString &dataVersion, int leaseSeconds, int maxAttempts,
                                          bool takeOver) {
  // Two narrow statements instead of one with an OR, so each walks its own
  // partial index (jobs_running by lease, jobs_queued by age) and stops at
  // the first free row, whatever the table statistics say.
  static const std::string candidates[] = {
      "j.status = 'running' AND j.lease_until < clock_timestamp() AND j.attempts < least(j.max_attempts, $4)"
      " AND" +
          holderSilent("$3") + " ORDER BY j.lease_until",
      "j.status = 'queued' AND $4::integer > 0 ORDER BY j.created_at", // $4: same parameters
  };
  for (int c = takeOver ? 0 : 1; c < 2; ++c) {
    const std::string &where = candidates[c];
    auto claimed = m_db.autocommit([&](auto &tx) -> std::optional<ClaimedJob> {
      const size_t order = where.find(" ORDER BY ");
      const pqxx::result r = tx.exec_params(
          "UPDATE epidesk_cluster.jobs SET status = 'running', attempts = attempts + 1, worker = $1,"
          " lease_until = clock_timestamp() + make_interval(secs => $3), started_at = clock_timestamp(),"
          " progress = 0, updated_at = clock_timestamp()"
          " WHERE id = (SELECT j.id FROM epidesk_cluster.jobs j WHERE " +
              where.substr(0, order) +
              " AND j.data_version = $2"
              // Not while another worker computes the same request: the
              // queued copy is then answered from its result.
              " AND NOT EXISTS (SELECT 1 FROM epidesk_cluster.jobs o WHERE o.cache_key = j.cache_key"
              "   AND o.id <> j.id AND o.status = 'running' AND o.lease_until >= clock_timestamp())" +
              where.substr(order) +
              " FOR UPDATE SKIP LOCKED LIMIT 1)"
              " RETURNING id::text, kind, request::text, cache_key, data_version, attempts,"
              " least(max_attempts, $4)",
          str(m_worker), str(dataVersion), double(leaseSeconds), maxAttempts);
      if (r.empty())
        return std::nullopt;
      ClaimedJob j;
      j.id = qstr(r[0][0]);
      j.kind = qstr(r[0][1]);
      j.request = QJsonDocument::fromJson(qstr(r[0][2]).toUtf8()).object();
      j.cacheKey = qstr(r[0][3]);
      j.dataVersion = qstr(r[0][4]);
      j.attempt = r[0][5].as<int>();
      j.maxAttempts = r[0][6].as<int>();
      return j;
    });
    if (claimed)
      return claimed;
  }
  return std::nullopt;
}

QString JobQueue::renew(const ClaimedJob &job, int leaseSeconds, double progress) {
  return m_db.autocommit([&](auto &tx) {
    // The worker's row too: its last_seen tells others the holder is alive.
    const pqxx::result r = tx.exec_params(
        "WITH mine AS (UPDATE epidesk_cluster.jobs SET lease_until = CASE WHEN status = 'running'"
        " THEN clock_timestamp() + make_interval(secs => $4) ELSE lease_until END,"
        " progress = CASE WHEN status = 'running' THEN $5 ELSE progress END, updated_at = clock_timestamp()"
        " WHERE id = $1::uuid AND worker = $2 AND attempts = $3 RETURNING status),"
        " seen AS (UPDATE epidesk_cluster.workers SET last_seen = clock_timestamp(), current_job = $1::uuid"
        " WHERE id = $2)"
        " SELECT status FROM mine",
        str(job.id), str(m_worker), job.attempt, double(leaseSeconds), progress);
    return r.empty() ? QString() : qstr(r[0][0]);
  });
}

bool JobQueue::complete(const ClaimedJob &job, const QByteArray &resultJson, const JobArtifacts &artifacts) {
  // One statement, so it is atomic in autocommit mode and one round trip;
  // with artifacts, one transaction: the result is never seen without them.
  auto finish = [&](auto &tx) {
    const pqxx::result r = tx.exec_params(
        "WITH mine AS ("
        "  UPDATE epidesk_cluster.jobs SET status = 'succeeded', progress = 100, finished_at = "
        "clock_timestamp(),"
        "   updated_at = clock_timestamp(), error = NULL"
        "   WHERE id = $1::uuid AND worker = $2 AND attempts = $3 AND status = 'running' RETURNING id),"
        " stored AS ("
        "  INSERT INTO epidesk_cluster.results (cache_key, data_version, kind, result, job_id)"
        "   SELECT $4, $5, $6, $7::json, id FROM mine ON CONFLICT (cache_key) DO NOTHING),"
        // Identical requests queued by other users are answered by this result.
        " others AS ("
        "  UPDATE epidesk_cluster.jobs SET status = 'succeeded', progress = 100, finished_at = "
        "clock_timestamp(),"
        "   updated_at = clock_timestamp() WHERE cache_key = $4 AND status = 'queued' AND EXISTS (SELECT 1 "
        "FROM mine)),"
        " counted AS ("
        "  UPDATE epidesk_cluster.workers SET jobs_done = jobs_done + 1, current_job = NULL"
        "   WHERE id = $2 AND EXISTS (SELECT 1 FROM mine))"
        " SELECT count(*) FROM mine",
        str(job.id), str(m_worker), job.attempt, str(job.cacheKey), str(job.dataVersion), str(job.kind),
        resultJson.toStdString());
    // 0: cancelled or taken over meanwhile; the other holder decides.
    return r[0][0].as<int>() == 1;
  };
  if (artifacts.empty())
    return m_db.autocommit(finish);
  return m_db.transact([&](pqxx::work &tx) {
    if (!finish(tx))
      return false;
    // Beside the result, by cache key: every job answered by it (also other
    // users' identical ones) serves the same files.
    for (const JobArtifact &a : artifacts)
      tx.exec_params("INSERT INTO epidesk_cluster.artifacts (cache_key, name, content_type, data)"
                     " VALUES ($1, $2, $3, $4) ON CONFLICT (cache_key, name) DO NOTHING",
                     str(job.cacheKey), str(a.name), a.contentType.toStdString(),
                     pqxx::binarystring(a.data.constData(), size_t(a.data.size())));
    return true;
  });
}

bool JobQueue::fail(const ClaimedJob &job, const QString &error) {
  return m_db.autocommit([&](auto &tx) {
    const pqxx::result r = tx.exec_params(
        "UPDATE epidesk_cluster.jobs SET status = 'failed', finished_at = clock_timestamp(),"
        " updated_at = clock_timestamp(), error = $4"
        " WHERE id = $1::uuid AND worker = $2 AND attempts = $3 AND status = 'running' RETURNING id",
        str(job.id), str(m_worker), job.attempt, str(error));
    return !r.empty();
  });
}

bool JobQueue::release(const ClaimedJob &job, const QString &error) {
  return m_db.autocommit([&](auto &tx) {
    const pqxx::result r = tx.exec_params(
        "UPDATE epidesk_cluster.jobs SET status = 'queued', lease_until = NULL, progress = 0,"
        " updated_at = clock_timestamp(), error = $4"
        " WHERE id = $1::uuid AND worker = $2 AND attempts = $3 AND status = 'running' RETURNING id",
        str(job.id), str(m_worker), job.attempt, str(error));
    return !r.empty();
  });
}

} // namespace epidesk
