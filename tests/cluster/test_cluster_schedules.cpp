// Schedules through the real API (epidesk-server, epidesk-worker,
// epidesk-render, PostgreSQL). The server here runs with --no-scheduler and
// the test drives the leader's tick itself (Scheduler::tick, the code the
// leader runs every second), after moving a schedule's next_run_at into the
// past: due times, missed runs and catch-up are then exact, not a matter of
// waiting for the clock. The live loop with two replicas and real minutes is
// test_cluster_schedules_live.
#include "ClusterDb.h"
#include "ClusterTestSupport.h"
#include "JobRequest.h"
#include "PdfText.h"
#include "Scheduler.h"
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

using namespace cltest;

namespace {
// Schedules the test makes due itself: no real due time comes during the test.
const char kRare[] = "0 0 1 1 *";
QJsonObject trendsParams(const QString &ingredient) {
  return {{"ingredient_contains", ingredient}, {"level", "uf"}, {"period", "year"}};
}
QJsonObject field(const Response &r, const QString &name) {
  for (const QJsonValue &e : r.json().value("errors").toArray())
    if (e.toObject().value("field").toString() == name)
      return e.toObject();
  return {};
}
} // namespace

class TestClusterSchedules : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store, m_db, m_alice, m_bob, m_admin, m_version;
  Child m_server, m_worker;
  epidesk::Scheduler::Options m_options;

  quint16 port() const { return m_server.port; }
  Response create(const QString &token, const QJsonObject &body) {
    return http(port(), "POST", "/v1/schedules", token, json(body));
  }
  QString createOk(const QJsonObject &body) {
    const Response r = create(m_alice, body);
    if (r.status != 201)
      qWarning("create: %d %s", r.status, r.body.constData());
    return r.json().value("schedule_id").toString();
  }
  QJsonArray runs(const QString &id, const QString &token = QString()) {
    return http(port(), "GET", "/v1/schedules/" + id.toUtf8() + "/runs", token.isEmpty() ? m_alice : token)
        .json()
        .value("runs")
        .toArray();
  }
  // Makes the schedule due at `at` (SQL), as if that time had come.
  void dueAt(const QString &id, const std::string &at) {
    scalar(m_db, "UPDATE epidesk_cluster.schedules SET next_run_at = " + at + " WHERE id = '" +
                     id.toStdString() + "'");
  }
  int tick() {
    epidesk::ClusterDb db(m_db);
    QString error;
    if (!db.open(&error))
      qFatal("%s", qPrintable(error));
    return epidesk::Scheduler::tick(db, m_version, m_options);
  }
  // Ticks until the newest run is final (the worker finished its job).
  QJsonObject settle(const QString &id, int timeoutMs = 90000) {
    QElapsedTimer t;
    t.start();
    QJsonObject last;
    while (t.elapsed() < timeoutMs) {
      tick();
      const QJsonArray list = runs(id);
      last = list.isEmpty() ? QJsonObject() : list.first().toObject();
      const QString s = last.value("status").toString();
      bool open = false;
      for (const QJsonValue &r : list)
        open = open ||
               QStringList{"pending", "queued", "running"}.contains(r.toObject().value("status").toString());
      if (!s.isEmpty() && !open)
        return last;
      QTest::qWait(100);
    }
    return last;
  }
  QStringList statuses(const QString &id) {
    QStringList out;
    for (const QJsonValue &r : runs(id))
      out.prepend(r.toObject().value("status").toString()); // oldest first
    return out;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = epidesk::test::createDemoStore(m_dir.path(), 7, &error);
    QVERIFY2(!m_store.isEmpty(), qPrintable(error));
    m_db = freshDatabase("epidesk_cluster_schedules");
    m_alice = createToken(m_db, "alice", "analyst");
    m_bob = createToken(m_db, "bob", "analyst");
    m_admin = createToken(m_db, "root", "admin");
    startServer(m_server, m_db, m_store, 0, {"--no-scheduler", "--max-attempts", "1"});
    QVERIFY(QDir(m_dir.path()).mkpath("cwd"));
    QVERIFY(QDir::setCurrent(m_dir.filePath("cwd")));
    startWorker(m_worker, m_db, m_store, "w1", 5, 1, {"--render-program", QStringLiteral(EPIDESK_RENDER)});
    m_version = http(port(), "GET", "/v1/health").json().value("data_version").toString();
    QVERIFY(!m_version.isEmpty());
    m_options.maxAttempts = 1;
    epidesk::JobRequest::setTestKindsEnabled(true); // this process's ticks submit "sleep" jobs too
    m_options.graceSeconds = 120;
  }

  void invalidSchedulesAre422NamingTheField() {
    const QJsonObject ok{{"kind", "trends"},
                         {"params", trendsParams("azitromicina")},
                         {"cron", "0 7 * * 1"},
                         {"timezone", "America/Sao_Paulo"}};
    auto with = [&](const QString &key, const QJsonValue &value) {
      QJsonObject b = ok;
      b.insert(key, value);
      return b;
    };
    struct Case {
      QJsonObject body;
      QString field;
      QString mentions;
    };
    QJsonObject badParams = trendsParams("x");
    badParams.insert("level", "planet");
    const QList<Case> cases{{with("cron", "61 * * * *"), "cron", "minute"},
                            {with("cron", "* * *"), "cron", "5 fields"},
                            {with("cron", "0 0 30 2 *"), "cron", "never"},
                            {with("timezone", "Mars/Olympus"), "timezone", "Mars/Olympus"},
                            {with("params", badParams), "params.level", ""},
                            {with("kind", "teleport"), "kind", ""},
                            {with("catch_up", "sometimes"), "catch_up", ""},
                            {with("max_failures", 0), "max_failures", ""},
                            {with("timeZone", "UTC"), "timeZone", "unknown field"}};
    for (const Case &c : cases) {
      const Response r = create(m_alice, c.body);
      QVERIFY2(r.status == 422, r.body.constData());
      const QJsonObject e = field(r, c.field);
      QVERIFY2(!e.isEmpty(), qPrintable(c.field + ": " + r.body));
      QVERIFY2(e.value("message").toString().contains(c.mentions), r.body.constData());
    }
    QCOMPARE(create(m_alice, QJsonObject{}).status, 422);
    QCOMPARE(http(port(), "POST", "/v1/schedules", m_alice, "{not json").status, 400);
    QCOMPARE(http(port(), "POST", "/v1/schedules", QString(), json(ok)).status, 401);
    QCOMPARE(http(port(), "PUT", "/v1/schedules", m_alice, json(ok)).status, 405);
    // Described in the OpenAPI document the server serves.
    const QJsonObject paths = http(port(), "GET", "/openapi.json").json().value("paths").toObject();
    for (const char *p :
         {"/v1/schedules", "/v1/schedules/{id}", "/v1/schedules/{id}/runs", "/v1/schedules/{id}/pause",
          "/v1/schedules/{id}/resume", "/v1/schedules/{id}/run-now"})
      QVERIFY2(paths.contains(p), p);
  }

  void createShowPatchAndIsolation() {
    const Response r = create(m_alice, {{"kind", "trends"},
                                        {"params", trendsParams("amoxicilina")},
                                        {"cron", "0 7 * * 1"},
                                        {"timezone", "America/Sao_Paulo"},
                                        {"name", "Weekly amoxicillin"}});
    QVERIFY2(r.status == 201, r.body.constData());
    const QJsonObject s = r.json();
    const QString id = s.value("schedule_id").toString();
    QVERIFY(r.head.contains("Location: /v1/schedules/" + id.toUtf8()));
    // Next Monday 07:00 in São Paulo (UTC-3) is 10:00 UTC on a Monday.
    const QDateTime next = QDateTime::fromString(s.value("next_run_at").toString(), Qt::ISODateWithMs);
    QVERIFY(next > QDateTime::currentDateTimeUtc());
    QCOMPARE(next.toUTC().time(), QTime(10, 0));
    QCOMPARE(next.toUTC().date().dayOfWeek(), 1);
    QCOMPARE(s.value("catch_up").toString(), QString("latest"));
    QCOMPARE(s.value("max_failures").toInt(), 5);
    QCOMPARE(s.value("params").toObject().value("ingredient_contains").toString(), QString("amoxicilina"));

    // PATCH: a new time counts from now; bad values are 422 like at creation.
    Response p = http(port(), "PATCH", "/v1/schedules/" + id.toUtf8(), m_alice,
                      json({{"cron", "30 6 * * *"}, {"timezone", "Europe/Warsaw"}}));
    QVERIFY2(p.status == 200, p.body.constData());
    QCOMPARE(p.json().value("cron").toString(), QString("30 6 * * *"));
    QCOMPARE(p.json().value("name").toString(), QString("Weekly amoxicillin"));
    QCOMPARE(http(port(), "PATCH", "/v1/schedules/" + id.toUtf8(), m_alice, json({{"cron", "* * * * * *"}}))
                 .status,
             422);
    QCOMPARE(
        http(port(), "PATCH", "/v1/schedules/" + id.toUtf8(), m_alice, json({{"kind", "forecast"}})).status,
        422);

    // Another user's schedule does not exist for bob; the admin sees it.
    const QByteArray path = "/v1/schedules/" + id.toUtf8();
    QCOMPARE(http(port(), "GET", path, m_bob).status, 404);
    QCOMPARE(http(port(), "PATCH", path, m_bob, json({{"name", "mine"}})).status, 404);
    QCOMPARE(http(port(), "DELETE", path, m_bob).status, 404);
    QCOMPARE(http(port(), "POST", path + "/pause", m_bob, "").status, 404);
    QCOMPARE(http(port(), "POST", path + "/run-now", m_bob, "").status, 404);
    QCOMPARE(http(port(), "GET", path + "/runs", m_bob).status, 404);
    QCOMPARE(http(port(), "GET", "/v1/schedules", m_bob).json().value("schedules").toArray().size(), 0);
    QCOMPARE(http(port(), "GET", path, m_admin).status, 200);
    QCOMPARE(http(port(), "GET", "/v1/schedules/not-a-uuid", m_alice).status, 404);
    const QJsonArray mine = http(port(), "GET", "/v1/schedules", m_alice).json().value("schedules").toArray();
    QCOMPARE(mine.size(), 1);
    QVERIFY(!mine[0].toObject().contains("params")); // lists are summaries

    QCOMPARE(http(port(), "DELETE", path, m_alice).status, 200);
    QCOMPARE(http(port(), "GET", path, m_alice).status, 404);
  }

  // A due time makes one run and one job, whose result is the trends result;
  // the same due time handled again (another server) makes nothing more;
  // an unchanged data version is recorded as unchanged, unless force.
  void aDueTimeRunsOnceAndUnchangedDataIsNotRecomputed() {
    const QString id = createOk(
        {{"kind", "trends"}, {"params", trendsParams("azitromicina")}, {"cron", kRare}, {"timezone", "UTC"}});
    QVERIFY(!id.isEmpty());
    dueAt(id, "date_trunc('minute', clock_timestamp())");
    const QJsonObject first = settle(id);
    QCOMPARE(first.value("status").toString(), QString("succeeded"));
    QCOMPARE(first.value("trigger").toString(), QString("cron"));
    QCOMPARE(first.value("data_version").toString(), m_version);
    const QString job = first.value("job_id").toString();
    const QJsonObject result = waitFor(port(), m_alice, job, isFinal).value("result").toObject();
    QVERIFY2(!result.value("series").toObject().isEmpty(), json(result).constData());
    // The due time again: the UNIQUE (schedule, due) row keeps it at one.
    dueAt(id, "'" + first.value("due_at").toString().toStdString() + "'");
    tick();
    QCOMPARE(runs(id).size(), 1);
    // The next due time, same data: unchanged, linking the same job.
    dueAt(id, "date_trunc('minute', clock_timestamp()) + interval '1 second'");
    QTest::qWait(1100);
    const QJsonObject second = settle(id);
    QCOMPARE(second.value("status").toString(), QString("unchanged"));
    QCOMPARE(second.value("job_id").toString(), job);
    QVERIFY(second.value("reason").toString().contains(m_version));
    // force: computed again, a new job.
    QCOMPARE(http(port(), "PATCH", "/v1/schedules/" + id.toUtf8(), m_alice, json({{"force", true}})).status,
             200);
    dueAt(id, "clock_timestamp()");
    const QJsonObject third = settle(id);
    QCOMPARE(third.value("status").toString(), QString("succeeded"));
    QVERIFY(third.value("job_id").toString() != job);
    QCOMPARE(scalar(m_db, "SELECT count(*) FROM epidesk_cluster.schedule_runs WHERE schedule_id = '" +
                              id.toStdString() + "'"),
             QString("3"));
  }

  // Several schedulers at once (as if two servers both thought they led):
  // the database alone keeps each due time to one run and one job.
  void concurrentTicksFireEachDueTimeOnce() {
    QStringList ids;
    for (int i = 0; i < 6; ++i)
      ids << createOk({{"kind", "sleep"},
                       {"params", QJsonObject{{"ms", 50}, {"tag", QString("race%1").arg(i)}}},
                       {"cron", kRare},
                       {"timezone", "UTC"},
                       {"force", true}});
    for (int round = 0; round < 4; ++round) {
      for (const QString &id : ids)
        dueAt(id, "clock_timestamp() - interval '1 second'");
      QList<QThread *> threads;
      for (int t = 0; t < 4; ++t)
        threads << QThread::create([this] {
          epidesk::ClusterDb db(m_db);
          QString error;
          if (db.open(&error))
            epidesk::Scheduler::tick(db, m_version, m_options);
        });
      for (QThread *t : threads)
        t->start();
      for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
      }
      QTest::qWait(1100); // the next round is a new due time
    }
    for (const QString &id : ids) {
      const std::string sid = id.toStdString();
      QCOMPARE(scalar(m_db,
                      "SELECT count(*) FROM epidesk_cluster.schedule_runs WHERE schedule_id = '" + sid + "'"),
               QString("4"));
      QCOMPARE(
          scalar(m_db,
                 "SELECT count(DISTINCT due_at) FROM epidesk_cluster.schedule_runs WHERE schedule_id = '" +
                     sid + "'"),
          QString("4"));
      // A job per run that started one, never two runs on one job.
      QCOMPARE(scalar(m_db, "SELECT count(job_id) - count(DISTINCT job_id) FROM epidesk_cluster.schedule_runs"
                            " WHERE schedule_id = '" +
                                sid + "'"),
               QString("0"));
    }
  }

  // Due times missed while no server ran, per catch_up policy: four days of
  // a daily schedule at an hour twelve hours away from now (so no due time
  // is near the present).
  void catchUpPolicies() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int hour = (now.time().hour() + 12) % 24;
    QDateTime latest(now.date(), QTime(hour, 0), Qt::UTC);
    if (latest > now)
      latest = latest.addDays(-1);
    const QDateTime first = latest.addDays(-3);
    const QString cron = QStringLiteral("0 %1 * * *").arg(hour);
    QMap<QString, QString> ids;
    for (const QString &policy : {"none", "latest", "all"}) {
      QJsonObject params{{"ms", 300}, {"tag", "catch-up-" + policy}};
      ids[policy] = createOk({{"kind", "sleep"},
                              {"params", params},
                              {"cron", cron},
                              {"timezone", "UTC"},
                              {"catch_up", policy},
                              {"force", policy == "all"}});
      dueAt(ids[policy], "'" + first.toString(Qt::ISODate).toStdString() + "'");
    }
    for (const QString &policy : {"none", "latest", "all"})
      settle(ids[policy]);
    QCOMPARE(statuses(ids["none"]), QStringList({"missed", "missed", "missed", "missed"}));
    QCOMPARE(statuses(ids["latest"]), QStringList({"missed", "missed", "missed", "succeeded"}));
    QCOMPARE(statuses(ids["all"]), QStringList({"succeeded", "succeeded", "succeeded", "succeeded"}));
    // all: one after another, never overlapping.
    const QJsonArray all = runs(ids["all"]);
    for (int i = 0; i + 1 < all.size(); ++i) {
      const QDateTime laterStart =
          QDateTime::fromString(all[i].toObject().value("started_at").toString(), Qt::ISODateWithMs);
      const QDateTime earlierEnd =
          QDateTime::fromString(all[i + 1].toObject().value("finished_at").toString(), Qt::ISODateWithMs);
      QVERIFY2(laterStart >= earlierEnd, qPrintable(json(all[i].toObject())));
      QCOMPARE(all[i].toObject().value("trigger").toString(), QString("catch_up"));
    }
    // The due times themselves, a day apart.
    for (int i = 0; i < 4; ++i)
      QCOMPARE(QDateTime::fromString(all[i].toObject().value("due_at").toString(), Qt::ISODateWithMs),
               latest.addDays(-i));
    // Each schedule's next run is its next future noon.
    const QJsonObject s = http(port(), "GET", "/v1/schedules/" + ids["none"].toUtf8(), m_alice).json();
    const QDateTime next = QDateTime::fromString(s.value("next_run_at").toString(), Qt::ISODateWithMs);
    QVERIFY(next > QDateTime::currentDateTimeUtc());
    QVERIFY(next <= QDateTime::currentDateTimeUtc().addDays(1));
  }

  // A run still going when the next is due: that one is skipped, and
  // run-now says 409 meanwhile.
  void aRunStillGoingMakesTheNextSkipped() {
    const QString id = createOk({{"kind", "sleep"},
                                 {"params", QJsonObject{{"ms", 6000}, {"tag", "slow"}}},
                                 {"cron", kRare},
                                 {"timezone", "UTC"},
                                 {"force", true}});
    const Response now = http(port(), "POST", "/v1/schedules/" + id.toUtf8() + "/run-now", m_alice, "");
    QVERIFY2(now.status == 202, now.body.constData());
    QCOMPARE(now.json().value("trigger").toString(), QString("manual"));
    const QString job = now.json().value("job_id").toString();
    waitFor(port(), m_alice, job,
            [](const QJsonObject &j) { return j.value("status").toString() == "running"; });
    dueAt(id, "clock_timestamp() - interval '1 second'");
    tick();
    const QJsonObject skipped = runs(id).first().toObject();
    QCOMPARE(skipped.value("status").toString(), QString("skipped"));
    QVERIFY2(skipped.value("reason").toString().contains(job), qPrintable(json(skipped)));
    const Response busy = http(port(), "POST", "/v1/schedules/" + id.toUtf8() + "/run-now", m_alice, "");
    QCOMPARE(busy.status, 409);
    QCOMPARE(settle(id).value("status").toString(), QString("skipped")); // newest; the slow one finished
    QCOMPARE(statuses(id), QStringList({"succeeded", "skipped"}));
  }

  // Failed runs in a row pause the schedule, with the reason; paused, a due
  // time makes no run; resumed, it continues from now.
  void repeatedFailuresPauseTheSchedule() {
    const QString id = createOk({{"kind", "crash"},
                                 {"params", QJsonObject{{"tag", "always"}}},
                                 {"cron", kRare},
                                 {"timezone", "UTC"},
                                 {"max_failures", 2}});
    for (int i = 0; i < 2; ++i) {
      const Response r = http(port(), "POST", "/v1/schedules/" + id.toUtf8() + "/run-now", m_alice, "");
      QVERIFY2(r.status == 202, r.body.constData());
      QCOMPARE(settle(id).value("status").toString(), QString("failed"));
    }
    QJsonObject s = http(port(), "GET", "/v1/schedules/" + id.toUtf8(), m_alice).json();
    QCOMPARE(s.value("paused").toBool(), true);
    QCOMPARE(s.value("consecutive_failures").toInt(), 2);
    QVERIFY2(s.value("pause_reason").toString().contains("2 failed runs in a row"), qPrintable(json(s)));
    QVERIFY(s.value("next_run_at").isNull());
    dueAt(id, "clock_timestamp() - interval '1 second'");
    tick();
    QCOMPARE(runs(id).size(), 2);
    const Response resumed = http(port(), "POST", "/v1/schedules/" + id.toUtf8() + "/resume", m_alice, "");
    QCOMPARE(resumed.json().value("paused").toBool(), false);
    QCOMPARE(resumed.json().value("consecutive_failures").toInt(), 0);
    QVERIFY(QDateTime::fromString(resumed.json().value("next_run_at").toString(), Qt::ISODateWithMs) >
            QDateTime::currentDateTimeUtc());
    QCOMPARE(http(port(), "POST", "/v1/schedules/" + id.toUtf8() + "/pause", m_alice, "")
                 .json()
                 .value("paused")
                 .toBool(),
             true);
  }

  // A weekly dashboard schedule: its run renders the document on a worker
  // and the PDF is downloadable from the run's artifact link.
  void aWeeklyDashboardScheduleMakesADownloadablePdf() {
    EPIDESK_REQUIRE_PDFTOTEXT();
    const QString docPath = m_dir.filePath("weekly.epidash");
    const epidesk::test::CliRun made = epidesk::test::runCli(
        {"dashboard", "new", "--store", m_store, "--ingredient-contains", "azitromicina", "--panels",
         "map,chart", "--title", "Weekly azithromycin", "--out", docPath});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QFile f(docPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(f.readAll()).object();
    document.remove("source");
    const QString id = createOk({{"kind", "dashboard"},
                                 {"params", QJsonObject{{"document", document}}},
                                 {"cron", "0 7 * * 1"},
                                 {"timezone", "America/Sao_Paulo"},
                                 {"name", "Weekly azithromycin PDF"}});
    QVERIFY(!id.isEmpty());
    dueAt(id, "clock_timestamp() - interval '1 second'");
    const QJsonObject run = settle(id, 180000);
    QVERIFY2(run.value("status").toString() == "succeeded", qPrintable(json(run)));
    const QJsonArray artifacts = run.value("artifacts").toArray();
    QCOMPARE(artifacts.size(), 1);
    const QString url = artifacts[0].toObject().value("url").toString();
    const Response pdf = http(port(), "GET", url.toUtf8(), m_alice);
    QCOMPARE(pdf.status, 200);
    QVERIFY(pdf.body.startsWith("%PDF"));
    const QString saved = m_dir.filePath("weekly.pdf");
    QFile out(saved);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(pdf.body) == pdf.body.size());
    out.close();
    QVERIFY(epidesk::test::pdfText(saved).contains("Weekly azithromycin"));
    QCOMPARE(http(port(), "GET", url.toUtf8(), m_bob).status, 404);
  }

  // epidesk-cli schedule: the same fields, JSON out, 422 as "field: message".
  void theCliManagesSchedules() {
    QProcessEnvironment env = epidesk::test::cliEnvironment();
    env.insert("EPIDESK_CLUSTER_TOKEN", m_bob);
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port());
    auto cli = [&](const QStringList &args) {
      return epidesk::test::runProgram(QStringLiteral(EPIDESK_CLI),
                                       QStringList{"schedule"} + args + QStringList{"--server", url}, env,
                                       60000);
    };
    const epidesk::test::CliRun bad = cli({"create", "--kind", "trends", "--params", "{\"level\":\"uf\"}",
                                           "--cron", "61 * * * *", "--timezone", "UTC"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("cron: minute"), bad.err.constData());
    const epidesk::test::CliRun made =
        cli({"create", "--kind", "trends", "--params",
             "{\"ingredient_contains\":\"azitromicina\",\"level\":\"uf\"}", "--cron", "0 7 * * 1",
             "--timezone", "America/Sao_Paulo", "--name", "Bob's weekly", "--catch-up", "none"});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QJsonObject s = QJsonDocument::fromJson(made.out).object();
    const QString id = s.value("schedule_id").toString();
    QCOMPARE(s.value("catch_up").toString(), QString("none"));
    QCOMPARE(s.value("owner").toString(), QString("bob"));
    const QJsonArray list = QJsonDocument::fromJson(cli({"list"}).out).object().value("schedules").toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(cli({"show", id}).out).object().value("name").toString(),
             QString("Bob's weekly"));
    QCOMPARE(QJsonDocument::fromJson(cli({"pause", id}).out).object().value("paused").toBool(), true);
    QCOMPARE(QJsonDocument::fromJson(cli({"resume", id}).out).object().value("paused").toBool(), false);
    QCOMPARE(QJsonDocument::fromJson(cli({"update", id, "--cron", "0 8 * * 1"}).out)
                 .object()
                 .value("cron")
                 .toString(),
             QString("0 8 * * 1"));
    const epidesk::test::CliRun now = cli({"run-now", id});
    QVERIFY2(now.exitCode == 0, now.err.constData());
    QCOMPARE(QJsonDocument::fromJson(now.out).object().value("trigger").toString(), QString("manual"));
    QCOMPARE(QJsonDocument::fromJson(cli({"runs", id}).out).object().value("runs").toArray().size(), 1);
    QCOMPARE(cli({"show", "00000000-0000-0000-0000-000000000000"}).exitCode, 1);
    QCOMPARE(cli({"delete", id}).exitCode, 0);
    QCOMPARE(cli({"show", id}).exitCode, 1);
  }

  void metricsCountSchedulesAndRuns() {
    const QByteArray m = http(port(), "GET", "/metrics").body;
    auto value = [&m](const QByteArray &name) {
      for (const QByteArray &line : m.split('\n'))
        if (line.startsWith(name + ' '))
          return line.mid(name.size() + 1).toDouble();
      return -1.0;
    };
    QCOMPARE(value("epidesk_schedules{state=\"paused\"}"), 1.0);
    // The runs by status, as the tables hold them (concurrent ticks above
    // skipped some of their own due times while the worker was busy).
    for (const char *status : {"succeeded", "failed", "skipped", "unchanged", "missed"})
      QCOMPARE(
          value("epidesk_schedule_runs_total{status=\"" + QByteArray(status) + "\"}"),
          scalar(m_db, std::string("SELECT count(*) FROM epidesk_cluster.schedule_runs WHERE status = '") +
                           status + "'")
              .toDouble());
    QCOMPARE(value("epidesk_schedule_runs_total{status=\"missed\"}"), 7.0);
    QCOMPARE(value("epidesk_schedule_runs_total{status=\"failed\"}"), 2.0);
    QVERIFY(value("epidesk_scheduler_lag_seconds_count") >= 1);
    QCOMPARE(value("epidesk_scheduler_leader"), 0.0); // --no-scheduler
  }
};

QTEST_GUILESS_MAIN(TestClusterSchedules)
#include "test_cluster_schedules.moc"
