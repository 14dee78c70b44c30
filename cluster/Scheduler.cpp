#include "Scheduler.h"
#include "ClusterDb.h"
#include "CronSchedule.h"
#include "DbFields.h"
#include "ScheduleFiring.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

namespace epidesk {

namespace {
class SchedulerText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::Scheduler)
};
using db::instant;
using db::qstr;
using db::str;

const char *const kLeaderLock =
    "SELECT pg_try_advisory_lock(hashtextextended('epidesk_cluster.scheduler', 0))";

ScheduleTarget target(const QString &id, const pqxx::row &r) {
  return {id, qstr(r[0]), QJsonDocument::fromJson(qstr(r[1]).toUtf8()).object(), r[2].as<bool>()};
}

// Starts a fresh run unless another run of the schedule is going or waiting.
void startOrSkip(pqxx::transaction_base &tx, const ScheduleTarget &t, qint64 run, const QString &version,
                 int maxAttempts) {
  const QString busy = ScheduleFiring::busyJob(tx, t.id, run);
  if (!busy.isEmpty())
    return ScheduleFiring::finish(
        tx, run, QStringLiteral("skipped"),
        SchedulerText::tr("the previous run (job %1) was still going at the due time").arg(busy));
  if (ScheduleFiring::hasOlderPending(tx, t.id, run))
    return ScheduleFiring::finish(tx, run, QStringLiteral("skipped"),
                                  SchedulerText::tr("caught-up runs were still waiting at the due time"));
  ScheduleFiring::start(tx, t, run, version, maxAttempts);
}

// catch_up all: the oldest waiting run starts once nothing else is going.
void startOldestPending(pqxx::transaction_base &tx, const ScheduleTarget &t, const QString &version,
                        int maxAttempts) {
  const pqxx::result oldest = tx.exec_params(
      "SELECT id FROM epidesk_cluster.schedule_runs WHERE schedule_id = $1::uuid AND status = 'pending'"
      " ORDER BY id LIMIT 1",
      str(t.id));
  if (!oldest.empty() && ScheduleFiring::busyJob(tx, t.id, oldest[0][0].as<qint64>()).isEmpty())
    ScheduleFiring::start(tx, t, oldest[0][0].as<qint64>(), version, maxAttempts);
}
} // namespace

Scheduler::Scheduler(QString uri, std::function<QString()> dataVersion, Options options)
    : m_uri(std::move(uri)), m_dataVersion(std::move(dataVersion)), m_options(options) {}

Scheduler::~Scheduler() {
  m_stop = true;
  if (m_thread && m_thread->wait(3000))
    delete m_thread;
}

void Scheduler::start() {
  m_thread = QThread::create([this] { run(); });
  m_thread->setObjectName(QStringLiteral("scheduler"));
  m_thread->start();
}

void Scheduler::run() {
  ClusterDb db(m_uri, QStringLiteral("epidesk-server-scheduler"));
  db.setStatementTimeoutMs(30000);
  while (!m_stop) {
    QElapsedTimer t;
    t.start();
    try {
      if (!m_leader) // the session holds the lock until it ends
        m_leader = db.autocommit([](auto &tx) { return tx.exec1(kLeaderLock)[0].template as<bool>(); });
      if (m_leader)
        tick(db, m_dataVersion(), m_options);
    } catch (const pqxx::broken_connection &) {
      m_leader = false; // the lock went with the session
      db.reset();
    } catch (const std::exception &e) {
      qWarning("scheduler: %s", e.what());
      if (!db.connected())
        m_leader = false;
    }
    while (!m_stop && t.elapsed() < m_options.tickMs)
      QThread::msleep(std::min<qint64>(50, std::max<qint64>(1, m_options.tickMs - t.elapsed())));
  }
}

int Scheduler::tick(ClusterDb &db, const QString &dataVersion, const Options &options) {
  db.transact([](pqxx::work &tx) { ScheduleFiring::syncRuns(tx); });
  const pqxx::result due = db.autocommit([](auto &tx) {
    return tx.exec("SELECT id::text FROM epidesk_cluster.schedules WHERE NOT paused"
                   " AND next_run_at <= clock_timestamp() ORDER BY next_run_at LIMIT 500");
  });
  int handled = 0;
  for (const pqxx::row &r : due)
    handled += fireDue(db, qstr(r[0]), dataVersion, options);
  // Caught-up runs waiting their turn, for schedules with nothing going on.
  const pqxx::result waiting = db.autocommit([](auto &tx) {
    return tx.exec("SELECT DISTINCT p.schedule_id::text FROM epidesk_cluster.schedule_runs p"
                   " JOIN epidesk_cluster.schedules s ON s.id = p.schedule_id AND NOT s.paused"
                   " WHERE p.status = 'pending' AND NOT EXISTS (SELECT 1 FROM epidesk_cluster.schedule_runs o"
                   "   JOIN epidesk_cluster.jobs j ON j.id = o.job_id WHERE o.schedule_id = p.schedule_id"
                   "   AND o.status IN ('queued', 'running') AND j.status IN ('queued', 'running'))"
                   " LIMIT 500");
  });
  for (const pqxx::row &r : waiting)
    startPending(db, qstr(r[0]), dataVersion, options);
  return handled;
}

int Scheduler::fireDue(ClusterDb &db, const QString &id, const QString &version, const Options &options) {
  return db.transact([&](pqxx::work &tx) {
    // Locked, and checked again: another server may have handled it meanwhile.
    const pqxx::result r = tx.exec_params(
        "SELECT owner, request::text, force, cron, timezone, catch_up, extract(epoch FROM "
        "next_run_at)::float8,"
        " extract(epoch FROM clock_timestamp())::float8 FROM epidesk_cluster.schedules"
        " WHERE id = $1::uuid AND NOT paused AND next_run_at <= clock_timestamp() FOR UPDATE SKIP LOCKED",
        str(id));
    if (r.empty())
      return 0;
    const ScheduleTarget t = target(id, r[0]);
    CronSchedule::ParseError error;
    const std::optional<CronSchedule> cron = CronSchedule::parse(qstr(r[0][3]), qstr(r[0][4]), &error);
    if (!cron) { // e.g. the time zone left the system's tz database
      tx.exec_params("UPDATE epidesk_cluster.schedules SET paused = true, pause_reason = $2,"
                     " updated_at = clock_timestamp() WHERE id = $1::uuid",
                     str(id), str(error.field + QStringLiteral(": ") + error.message));
      return 0;
    }
    const QDateTime first = instant(r[0][6]), now = instant(r[0][7]);
    std::vector<QDateTime> dues{first};
    for (const QDateTime &d : cron->dueBetween(first, now, 1000))
      dues.push_back(d);
    const QDateTime missedBefore = now.addSecs(-options.graceSeconds);
    std::vector<QDateTime> missed, current;
    for (const QDateTime &d : dues)
      (d < missedBefore ? missed : current).push_back(d);

    const QString policy = qstr(r[0][5]);
    const QString missedReason =
        SchedulerText::tr("no server was running at the due time (catch_up %1)").arg(policy);
    int handled = 0;
    const int queueable = options.catchUpLimit;
    for (size_t i = 0; i < missed.size(); ++i) {
      const bool newest = i + 1 == missed.size();
      QString status = QStringLiteral("missed");
      if (policy == QLatin1String("all") && int(i) >= int(missed.size()) - queueable)
        status = QStringLiteral("pending");
      else if (policy == QLatin1String("latest") && newest && current.empty())
        status = QStringLiteral("pending");
      const std::optional<qint64> run =
          ScheduleFiring::record(tx, id, missed[i], QStringLiteral("catch_up"), status,
                                 status == QLatin1String("missed") ? missedReason : QString());
      if (!run)
        continue;
      ++handled;
      if (status == QLatin1String("pending") && policy == QLatin1String("latest"))
        startOrSkip(tx, t, *run, version, options.maxAttempts);
    }
    if (policy == QLatin1String("all") && !missed.empty())
      startOldestPending(tx, t, version, options.maxAttempts);
    for (const QDateTime &d : current) {
      const std::optional<qint64> run =
          ScheduleFiring::record(tx, id, d, QStringLiteral("cron"), QStringLiteral("pending"));
      if (!run)
        continue;
      ++handled;
      startOrSkip(tx, t, *run, version, options.maxAttempts);
    }
    tx.exec_params("UPDATE epidesk_cluster.schedules SET next_run_at = $2::timestamptz WHERE id = $1::uuid",
                   str(id), db::timestamp(cron->nextAfter(now)));
    return handled;
  });
}

void Scheduler::startPending(ClusterDb &db, const QString &id, const QString &version,
                             const Options &options) {
  db.transact([&](pqxx::work &tx) {
    const pqxx::result r = tx.exec_params("SELECT owner, request::text, force FROM epidesk_cluster.schedules"
                                          " WHERE id = $1::uuid AND NOT paused FOR UPDATE SKIP LOCKED",
                                          str(id));
    if (!r.empty())
      startOldestPending(tx, target(id, r[0]), version, options.maxAttempts);
  });
}

} // namespace epidesk
