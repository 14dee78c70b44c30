#pragma once
#include "JobArtifact.h"
#include "JobRequest.h"
#include "ScheduleStats.h"
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace pqxx {
class transaction_base;
}

namespace epidesk {

class ClusterDb;

// One row of epidesk_cluster.jobs as the API shows it.
struct JobRecord {
  QString id;
  QString owner;
  QString kind;
  QJsonObject request; // canonical {"kind","params"}
  QString cacheKey;
  QString dataVersion;
  QString status; // queued | running | succeeded | failed | cancelled
  double progress = 0;
  int attempts = 0;
  int maxAttempts = 0;
  QString worker;
  QString error;
  double createdAt = 0, startedAt = 0, finishedAt = 0; // epoch seconds, 0 = not yet
  QByteArray resultJson;                               // raw stored result text when succeeded and asked for

  // API view; the result (when present) is spliced in verbatim.
  QByteArray toJson() const;
};

// Where a job list continues: the last job's creation time (PostgreSQL's
// text) and id, opaque to clients (base64url).
struct JobCursor {
  QString createdAt;
  QString id;
  QString toString() const;
  static std::optional<JobCursor> parse(const QString &text); // nullopt: not a cursor
};

struct JobPage {
  std::vector<QByteArray> jobs; // summaries, as JSON
  QString nextCursor;           // empty: no more
};

// Counters and gauges read from the database for /metrics, so every server
// replica reports the same numbers.
struct JobStats {
  qint64 queued = 0, running = 0, succeeded = 0, failed = 0, cancelled = 0;
  qint64 workersAlive = 0;
  std::vector<std::pair<double, qint64>> durationBuckets; // (le seconds, cumulative count), succeeded jobs
  double durationSum = 0;
  qint64 durationCount = 0;
  qint64 results = 0;
  ScheduleStats schedules;
};

// The server's side of the job tables: submission with de-duplication and
// the result cache, reads, cancellation. Every call commits before it
// returns, so a 202 is only sent for a job that is durably stored.
class JobStore {
public:
  explicit JobStore(ClusterDb &db) : m_db(db) {}

  struct Submission {
    enum Outcome { Cached, Existing, Created } outcome = Created;
    QString jobId;         // Existing / Created
    QString status;        // the job's status
    QByteArray resultJson; // Cached
  };
  Submission submit(const QString &owner, const JobRequest &request, const QString &dataVersion,
                    int maxAttempts);
  // The same inside the caller's transaction (a schedule's run and its job
  // commit together); useCache false: a new job even when a result is stored.
  static Submission submitIn(pqxx::transaction_base &tx, const QString &owner, const JobRequest &request,
                             const QString &dataVersion, int maxAttempts, bool useCache);
  // owner empty = any (admin). nullopt when missing or not visible.
  std::optional<JobRecord> get(const QString &id, const QString &owner, bool withResult);
  // For an answer from the result cache of a kind with artifacts: the
  // caller's succeeded job for the request, recorded now (succeeded, never
  // run) when there is none, so its files can be fetched by job id like
  // those of a computed one.
  QString recordCached(const QString &owner, const JobRequest &request, const QString &dataVersion,
                       int maxAttempts);
  static QString recordCachedIn(pqxx::transaction_base &tx, const QString &owner, const JobRequest &request,
                                const QString &dataVersion, int maxAttempts);
  struct ArtifactLookup {
    bool jobVisible = false;
    QString status;                      // the job's
    std::optional<JobArtifact> artifact; // when the job succeeded and has one of that name
  };
  // A file of a job the caller may see (owner empty = any).
  ArtifactLookup artifact(const QString &id, const QString &owner, const QString &name);
  // Newest first, at most limit summaries (no request, no result) and about
  // maxBytes of JSON; nextCursor continues after the page's last job.
  JobPage list(const QString &owner, const QString &status, int limit, const QString &cursor,
               qsizetype maxBytes);
  // Cancels a queued or running job; returns its status afterwards (nullopt = not visible).
  std::optional<QString> cancel(const QString &id, const QString &owner);
  std::optional<QByteArray> cachedResult(const QString &cacheKey);
  JobStats stats(double workerTimeoutSeconds);
  bool ping();

private:
  ClusterDb &m_db;
};

bool isUuid(const QString &text);

} // namespace epidesk
