// The cluster end to end: epidesk-server and epidesk-worker as real processes
// on loopback with a real PostgreSQL; a small embedded store made with
// epidesk-cli. Covers the 422/200/202 contract, identical results locally
// and remotely, cancellation, tokens and per-user isolation, hostile input,
// and kill -9 of workers and of the server.
#include "CliRun.h"
#include "ClusterClient.h"
#include "ClusterTestSupport.h"
#include "DataSourceRegistry.h"
#include "JobRunner.h"
#include "TrendTypes.h"
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cltest;

namespace {
QByteArray runCli(const QStringList &args) {
  const epidesk::test::CliRun run =
      epidesk::test::runProgram(QStringLiteral(EPIDESK_CLI), args, environment());
  if (run.exitCode != 0)
    qFatal("epidesk-cli failed: %s\n%s", qPrintable(args.join(' ')), run.err.constData());
  return run.out;
}

// 120 days of a weekly cycle with a trend in four powiats (same shape as
// the real TSV of data/pl), deterministic.
QByteArray covidSample() {
  QByteArray out = "\"new_cases\"\t\"deaths\"\t\"teryt\"\t\"date\"\n";
  const char *districts[] = {"t0201", "t0202", "t0261", "t1465"};
  for (int d = 0; d < 120; ++d) {
    const QByteArray day = QDate(2023, 9, 1).addDays(d).toString("yyyyMMdd").toLatin1();
    for (int i = 0; i < 4; ++i) {
      const int cases = 10 * (i + 1) + (d * (i + 2)) / 20 + ((d + i) % 7) * 3 + (d * 37 + i * 11) % 5;
      out += QByteArray::number(cases) + '\t' + QByteArray::number((d + i) % 9 == 0 ? 1 : 0) + "\t\"" +
             districts[i] + "\"\t\"" + day + "\"\n";
    }
  }
  return out;
}

const QJsonObject kTrends{{"ingredient_contains", "azitromicina"}, {"level", "uf"}, {"period", "year"}};
} // namespace

class TestClusterApi : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store, m_db, m_alice, m_bob, m_admin;
  Child m_server, m_worker;
  int m_workerSerial = 0;

  quint16 port() const { return m_server.port; }
  QString nextWorkerId() { return QStringLiteral("w%1").arg(++m_workerSerial); }
  QJsonObject submit(const QJsonObject &body, int expected, const QString &token) {
    const Response r = http(port(), "POST", "/v1/jobs", token, json(body));
    if (r.status != expected)
      qWarning("POST %s -> %d %s", json(body).constData(), r.status, r.body.constData());
    [&] { QCOMPARE(r.status, expected); }();
    return r.json();
  }
  static QJsonObject sleepJob(int ms, const QString &tag) {
    return {{"kind", "sleep"}, {"params", QJsonObject{{"ms", ms}, {"tag", tag}}}};
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = epidesk::test::createDemoStore(m_dir.path(), 5, &error);
    QVERIFY2(!m_store.isEmpty(), qPrintable(error));
    // Daily district series in the same store, for source "districts".
    const QString tsv = m_dir.filePath("covid_sample.tsv");
    QFile f(tsv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(covidSample());
    f.close();
    runCli({"import", "covid-pl", "--store", m_store, tsv});

    m_db = freshDatabase("epidesk_cluster_api");
    m_alice = createToken(m_db, "alice", "analyst");
    m_bob = createToken(m_db, "bob", "analyst");
    m_admin = createToken(m_db, "root", "admin");
    QVERIFY(scalar(m_db, "SELECT count(*) FROM epidesk_cluster.tokens WHERE token_hash LIKE 'epd_%'") == "0");
    startServer(m_server, m_db, m_store);
    startWorker(m_worker, m_db, m_store, nextWorkerId(), 2);
  }

  void healthOpenApiAndMetrics() {
    const Response h = http(port(), "GET", "/v1/health");
    QCOMPARE(h.status, 200);
    QCOMPARE(h.json().value("database").toString(), QString("ok"));
    const Response doc = http(port(), "GET", "/openapi.json");
    QCOMPARE(doc.status, 200);
    const QJsonObject api = doc.json();
    QVERIFY(api.value("openapi").toString().startsWith("3."));
    const QJsonObject paths = api.value("paths").toObject();
    for (const char *p : {"/v1/jobs", "/v1/jobs/{id}", "/v1/health", "/metrics", "/openapi.json"})
      QVERIFY2(paths.contains(p), p);
  }

  void invalidRequestsGet422WithFieldErrors() {
    QJsonObject r = submit({{"kind", "trends"}, {"params", QJsonObject{{"level", "galaxy"}, {"from", "x"}}}},
                           422, m_alice);
    QStringList fields;
    for (const QJsonValue &e : r.value("errors").toArray()) {
      fields << e.toObject().value("field").toString();
      QVERIFY(!e.toObject().value("message").toString().isEmpty());
    }
    QVERIFY2(fields.contains("params.level") && fields.contains("params.from"), qPrintable(fields.join(',')));
    r = submit({{"kind", 5}, {"params", "x"}}, 422, m_alice); // wrong types
    QCOMPARE(r.value("errors").toArray().size(), 2);
    submit({{"kind", "nope"}, {"params", QJsonObject()}}, 422, m_alice);
    submit({{"kind", "forecast"}, {"params", QJsonObject{{"horizon", -1}}}}, 422, m_alice);
    QCOMPARE(http(port(), "POST", "/v1/jobs", m_alice, "[1,2]").status, 422); // not an object
  }

  void hostileInputGets4xxNeverACrash() {
    QCOMPARE(http(port(), "POST", "/v1/jobs", m_alice, "{\"kind\":").status, 400); // malformed JSON
    QCOMPARE(http(port(), "POST", "/v1/jobs", m_alice, "").status, 400);
    QCOMPARE(http(port(), "POST", "/v1/jobs", m_alice, "\xff\xfe{}").status, 400);
    // 2 MiB body: refused from the header, before it is read.
    const QByteArray huge(2 * 1024 * 1024, 'x');
    QCOMPARE(http(port(), "POST", "/v1/jobs", m_alice, huge).status, 413);
    QCOMPARE(rawRequest(port(), "POST /v1/jobs HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n").status, 413);
    QCOMPARE(rawRequest(port(), "POST /v1/jobs HTTP/1.1\r\nContent-Length: -5\r\n\r\n").status, 400);
    QCOMPARE(rawRequest(port(), "POST /v1/jobs HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").status, 411);
    QCOMPARE(rawRequest(port(), "GARBAGE\r\n\r\n").status, 400);
    QCOMPARE(rawRequest(port(), "GET /" + QByteArray(40000, 'a') + " HTTP/1.1\r\n\r\n").status, 431);
    // Auth and routing.
    QCOMPARE(http(port(), "GET", "/v1/jobs").status, 401);
    QCOMPARE(http(port(), "GET", "/v1/jobs", "epd_not-a-token").status, 401);
    QCOMPARE(http(port(), "GET", "/v1/jobs/not-a-uuid", m_alice).status, 404);
    QCOMPARE(http(port(), "GET", "/v1/jobs/'%3B%20DROP%20TABLE", m_alice).status, 404);
    QCOMPARE(http(port(), "PUT", "/v1/jobs", m_alice, "{}").status, 405);
    QCOMPARE(http(port(), "GET", "/nowhere").status, 404);
    QCOMPARE(http(port(), "GET", "/v1/jobs?limit=abc", m_alice).status, 422);
    // Still serving.
    QCOMPARE(m_server.p->state(), QProcess::Running);
    QCOMPARE(http(port(), "GET", "/v1/health").status, 200);
  }

  void identicalRequestsShareOneJob() {
    const QJsonObject a = submit(sleepJob(1500, "dup"), 202, m_alice);
    const QString id = a.value("job_id").toString();
    QVERIFY(!id.isEmpty());
    // Same request, keys in another order, while the first is queued/running.
    const QJsonObject b =
        submit({{"params", QJsonObject{{"tag", "dup"}, {"ms", 1500}}}, {"kind", "sleep"}}, 202, m_alice);
    QCOMPARE(b.value("job_id").toString(), id);
    const QJsonObject done = waitFor(port(), m_alice, id, isFinal);
    QCOMPARE(done.value("status").toString(), QString("succeeded"));
    QVERIFY(done.value("timings").toObject().value("run_seconds").toDouble() >= 1.4);
    // Now the stored result comes back at once with 200.
    const QJsonObject c = submit(sleepJob(1500, "dup"), 200, m_alice);
    QCOMPARE(c.value("result").toObject(), done.value("result").toObject());
    // Cached results are shared between users.
    submit(sleepJob(1500, "dup"), 200, m_bob);
  }

  void trendsOnClusterEqualLocal() {
    const QJsonObject request{{"kind", "trends"}, {"params", kTrends}};
    const QJsonObject accepted = submit(request, 202, m_alice);
    const QJsonObject job = waitFor(port(), m_alice, accepted.value("job_id").toString(), isFinal);
    QCOMPARE(job.value("status").toString(), QString("succeeded"));
    QCOMPARE(job.value("progress").toDouble(), 100.0);

    QString error;
    auto source = epidesk::openDataSource(m_store, &error);
    QVERIFY2(source, qPrintable(error));
    const auto trend = epidesk::TrendRequest::fromJson(kTrends);
    QVERIFY(trend);
    const QJsonObject local = epidesk::runTrends(*source, *trend).toJson();
    QCOMPARE(json(job.value("result").toObject()), json(local));
    QCOMPARE(job.value("result").toObject().value("series").toObject().size(), 27);
    // Same request with defaults spelled out: cached, identical.
    QJsonObject spelled = kTrends;
    spelled.insert("measure", "prescriptions");
    spelled.insert("per_1000", false);
    const QJsonObject cached = submit({{"kind", "trends"}, {"params", spelled}}, 200, m_bob);
    QCOMPARE(json(cached.value("result").toObject()), json(local));
  }

  void forecastOnClusterEqualsLocal() {
    const QJsonObject params{
        {"series",
         QJsonObject{{"ingredient_contains", "azitromicina"}, {"level", "region"}, {"period", "month"}}},
        {"model", "snaive"},
        {"horizon", 3}};
    const QString id =
        submit({{"kind", "forecast"}, {"params", params}}, 202, m_alice).value("job_id").toString();
    const QJsonObject job = waitFor(port(), m_alice, id, isFinal);
    QVERIFY2(job.value("status").toString() == "succeeded",
             job.value("error").toString().toUtf8().constData());
    QString error;
    auto source = epidesk::openDataSource(m_store, &error);
    QVERIFY2(source, qPrintable(error));
    QList<epidesk::FieldError> errors;
    const auto request =
        epidesk::JobRequest::fromJson(QJsonObject{{"kind", "forecast"}, {"params", params}}, &errors);
    QVERIFY(request);
    const QJsonObject local = epidesk::JobRunner::runForecast(request->params, *source, nullptr);
    QCOMPARE(json(job.value("result").toObject()), json(local));
    QCOMPARE(job.value("result").toObject().value("forecasts").toObject().size(), 5); // the five regions
  }

  // The forecast job runs ForecastService like `epidesk-cli forecast`: the
  // same JSON, byte for byte, for both sources, with "auto" and backtests.
  void forecastJobEqualsCliOutput_data() {
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QStringList>("cliArgs");
    QTest::newRow("districts")
        << QJsonObject{{"source", "districts"}, {"indicator", "cases"}, {"selector", "0201,0202,PL"},
                       {"model", "auto"},       {"horizon", 7},         {"backtest_origins", 2}}
        << QStringList{"--series", "0201,0202,PL", "--indicator", "cases",      "--model",
                       "auto",     "--horizon",    "7",           "--backtest", "2"};
    // Issue 11: a 7-day mean replayed from a past day, and weekly totals.
    QTest::newRow("districts mean7 as of")
        << QJsonObject{{"source", "districts"},
                       {"indicator", "cases_mean7"},
                       {"selector", "0201,0202,PL"},
                       {"model", "auto"},
                       {"horizon", 7},
                       {"backtest_origins", 2},
                       {"as_of", "2023-11-30"}}
        << QStringList{"--series", "0201,0202,PL", "--indicator", "cases_mean7", "--model",
                       "auto",     "--horizon",    "7",           "--backtest",  "2",
                       "--as-of",  "2023-11-30"};
    QTest::newRow("districts weekly")
        << QJsonObject{{"source", "districts"},
                       {"indicator", "cases_weekly"},
                       {"selector", "0201,0202,PL"},
                       {"model", "auto"},
                       {"horizon", 3},
                       {"backtest_origins", 2},
                       {"as_of", "2023-11-26"}}
        << QStringList{"--series", "0201,0202,PL", "--indicator", "cases_weekly", "--model",
                       "auto",     "--horizon",    "3",           "--backtest",   "2",
                       "--as-of",  "2023-11-26"};
    QTest::newRow("trends") << QJsonObject{{"source", "trends"},
                                           {"series", QJsonObject{{"ingredient_contains", "azitromicina"},
                                                                  {"level", "uf"},
                                                                  {"period", "month"}}},
                                           {"selector", "MG,SP,RJ"},
                                           {"model", "auto"},
                                           {"horizon", 3},
                                           {"backtest_origins", 2}}
                            << QStringList{"--prescriptions",
                                           "--ingredient-contains",
                                           "azitromicina",
                                           "--geo-level",
                                           "uf",
                                           "--period",
                                           "month",
                                           "--series",
                                           "MG,SP,RJ",
                                           "--model",
                                           "auto",
                                           "--horizon",
                                           "3",
                                           "--backtest",
                                           "2"};
  }

  void forecastJobEqualsCliOutput() {
    QFETCH(QJsonObject, params);
    QFETCH(QStringList, cliArgs);
    const QString id =
        submit({{"kind", "forecast"}, {"params", params}}, 202, m_alice).value("job_id").toString();
    const QJsonObject job = waitFor(port(), m_alice, id, isFinal, 300000);
    QVERIFY2(job.value("status").toString() == "succeeded", json(job).constData());
    const QJsonObject remote = job.value("result").toObject();
    const QJsonObject local =
        QJsonDocument::fromJson(runCli(QStringList{"forecast", "--store", m_store} + cliArgs)).object();
    QCOMPARE(json(remote), json(local));
    // Not vacuous: three series forecast, each with a chosen model and a backtest.
    const QJsonObject forecasts = remote.value("forecasts").toObject();
    QCOMPARE(forecasts.size(), 3);
    for (auto it = forecasts.begin(); it != forecasts.end(); ++it) {
      QVERIFY(!remote.value("fit")
                   .toObject()
                   .value(it.key())
                   .toObject()
                   .value("selected_model")
                   .toString()
                   .isEmpty());
      QVERIFY(remote.value("backtest").toObject().value(it.key()).toObject().contains("mase"));
    }
    QCOMPARE(remote.value("model").toString(), QString("auto"));
    if (params.contains("as_of")) { // the held-out actuals of every forecast period
      QCOMPARE(remote.value("as_of").toString(), params.value("as_of").toString());
      const QJsonObject actuals = remote.value("actuals").toObject();
      QCOMPARE(actuals.size(), 3);
      for (auto it = actuals.begin(); it != actuals.end(); ++it)
        QCOMPARE(it.value().toArray().size(), params.value("horizon").toInt());
      QCOMPARE(remote.value("indicator").toString(), params.value("indicator").toString());
    }
  }

  void forecastJobFieldErrorsAndWholeRunFailure() {
    QJsonObject r = submit(
        {{"kind", "forecast"}, {"params", QJsonObject{{"source", "districts"}, {"indicator", "births"}}}},
        422, m_alice);
    QCOMPARE(r.value("errors").toArray().first().toObject().value("field").toString(),
             QString("params.indicator"));
    r = submit(
        {{"kind", "forecast"},
         {"params",
          QJsonObject{{"source", "districts"}, {"indicator", "cases_mean7"}, {"as_of", "2023-13-01"}}}},
        422, m_alice);
    QCOMPARE(r.value("errors").toArray().first().toObject().value("field").toString(),
             QString("params.as_of"));
    r = submit({{"kind", "forecast"}, {"params", QJsonObject{{"source", "mars"}}}}, 422, m_alice);
    QCOMPARE(r.value("errors").toArray().first().toObject().value("field").toString(),
             QString("params.source"));
    // Nothing sold: the panel is empty, so the whole run (the job) fails with its message.
    const QString id =
        submit({{"kind", "forecast"},
                {"params", QJsonObject{{"series", QJsonObject{{"ingredient_contains", "no-such-drug"}}},
                                       {"model", "snaive"},
                                       {"horizon", 2}}}},
               202, m_alice)
            .value("job_id")
            .toString();
    const QJsonObject job = waitFor(port(), m_alice, id, isFinal);
    QCOMPARE(job.value("status").toString(), QString("failed"));
    QVERIFY2(job.value("error").toString().contains("no sales"), qPrintable(job.value("error").toString()));
  }

  void cancelQueuedAndRunning() {
    const QString running =
        submit(sleepJob(60000, "cancel-running"), 202, m_alice).value("job_id").toString();
    QJsonObject job = waitFor(port(), m_alice, running,
                              [](const QJsonObject &j) { return j.value("status").toString() == "running"; });
    QCOMPARE(job.value("status").toString(), QString("running"));
    const QString queued = submit(sleepJob(60000, "cancel-queued"), 202, m_alice).value("job_id").toString();
    Response r = http(port(), "DELETE", "/v1/jobs/" + queued.toUtf8(), m_alice);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("status").toString(), QString("cancelled"));
    r = http(port(), "DELETE", "/v1/jobs/" + running.toUtf8(), m_alice);
    QCOMPARE(r.json().value("status").toString(), QString("cancelled"));
    // The worker notices on its next heartbeat and is free again.
    const QString next = submit(sleepJob(0, "after-cancel"), 202, m_alice).value("job_id").toString();
    QCOMPARE(waitFor(port(), m_alice, next, isFinal, 20000).value("status").toString(), QString("succeeded"));
    QCOMPARE(waitFor(port(), m_alice, running, isFinal).value("status").toString(), QString("cancelled"));
    QCOMPARE(scalar(m_db, "SELECT count(*) FROM epidesk_cluster.results r JOIN epidesk_cluster.jobs j"
                          " ON j.cache_key = r.cache_key WHERE j.id = '" +
                              running.toStdString() + "'"),
             QString("0"));
  }

  void usersSeeOnlyTheirJobs() {
    const QString id = submit(sleepJob(0, "alice-only"), 202, m_alice).value("job_id").toString();
    QCOMPARE(waitFor(port(), m_alice, id, isFinal).value("status").toString(), QString("succeeded"));
    QCOMPARE(http(port(), "GET", "/v1/jobs/" + id.toUtf8(), m_bob).status, 404);
    QCOMPARE(http(port(), "DELETE", "/v1/jobs/" + id.toUtf8(), m_bob).status, 404);
    QCOMPARE(http(port(), "GET", "/v1/jobs/" + id.toUtf8(), m_admin).status, 200);
    auto ids = [&](const QString &token) {
      QStringList out;
      for (const QJsonValue &j :
           http(port(), "GET", "/v1/jobs?limit=1000", token).json().value("jobs").toArray())
        out << j.toObject().value("job_id").toString();
      return out;
    };
    QVERIFY(ids(m_alice).contains(id));
    QVERIFY(!ids(m_bob).contains(id));
    QVERIFY(ids(m_admin).contains(id));
    for (const QJsonValue &j : http(port(), "GET", "/v1/jobs", m_bob).json().value("jobs").toArray())
      QCOMPARE(j.toObject().value("owner").toString(), QString("bob"));
  }

  void killedWorkersJobCompletesOnce() {
    const QString firstWorker = QStringLiteral("w%1").arg(m_workerSerial);
    const QString id = submit(sleepJob(3000, "kill-worker"), 202, m_alice).value("job_id").toString();
    QJsonObject job = waitFor(port(), m_alice, id, [](const QJsonObject &j) {
      return j.value("status").toString() == "running" && j.value("progress").toDouble() > 0;
    });
    QCOMPARE(job.value("worker").toString(), firstWorker);
    m_worker.stop(); // SIGKILL mid-job: no cleanup, the lease just stops being renewed
    const QString second = nextWorkerId();
    startWorker(m_worker, m_db, m_store, second, 2);
    job = waitFor(port(), m_alice, id, isFinal, 30000);
    QCOMPARE(job.value("status").toString(), QString("succeeded"));
    QCOMPARE(job.value("attempts").toInt(), 2);
    QCOMPARE(job.value("worker").toString(), second);
    QCOMPARE(job.value("result").toObject().value("slept_ms").toInt(), 3000);
    QCOMPARE(scalar(m_db,
                    "SELECT count(*) FROM epidesk_cluster.results WHERE job_id = '" + id.toStdString() + "'"),
             QString("1"));
  }

  void leaseExpiringTooOftenFailsTheJob() {
    // Every attempt dies: after max attempts the job fails with the reason.
    m_worker.stop();
    const QString id = submit(sleepJob(60000, "always-killed"), 202, m_alice).value("job_id").toString();
    for (int attempt = 1; attempt <= 2; ++attempt) {
      Child doomed;
      startWorker(doomed, m_db, m_store, nextWorkerId(), 1, 2);
      const QJsonObject job = waitFor(port(), m_alice, id, [&](const QJsonObject &j) {
        return j.value("status").toString() == "running" && j.value("attempts").toInt() == attempt;
      });
      QCOMPARE(job.value("attempts").toInt(), attempt);
      doomed.stop();
    }
    startWorker(m_worker, m_db, m_store, nextWorkerId(), 2, 2);
    const QJsonObject job = waitFor(port(), m_alice, id, isFinal, 30000);
    QCOMPARE(job.value("status").toString(), QString("failed"));
    QVERIFY2(job.value("error").toString().contains("lease expired"),
             qPrintable(job.value("error").toString()));
  }

  void killedServerLosesNoAcceptedJob() {
    m_worker.stop();
    QStringList ids;
    for (int i = 0; i < 5; ++i)
      ids << submit(sleepJob(0, QStringLiteral("server-kill-%1").arg(i)), 202, m_alice)
                 .value("job_id")
                 .toString();
    m_server.stop(); // SIGKILL right after the 202s
    startServer(m_server, m_db, m_store);
    for (const QString &id : ids)
      QCOMPARE(http(port(), "GET", "/v1/jobs/" + id.toUtf8(), m_alice).json().value("status").toString(),
               QString("queued"));
    startWorker(m_worker, m_db, m_store, nextWorkerId(), 2);
    for (const QString &id : ids)
      QCOMPARE(waitFor(port(), m_alice, id, isFinal, 30000).value("status").toString(), QString("succeeded"));
  }

  void metricsReportQueueAndWorkers() {
    const Response m = http(port(), "GET", "/metrics");
    QCOMPARE(m.status, 200);
    QVERIFY(m.head.contains("text/plain"));
    for (const char *name : {"epidesk_jobs_queued ", "epidesk_jobs_running ", "epidesk_jobs_failed_total ",
                             "epidesk_workers_alive ", "epidesk_job_duration_seconds_bucket{le=\"+Inf\"}",
                             "epidesk_job_duration_seconds_count ", "epidesk_http_requests_total{"})
      QVERIFY2(m.body.contains(name), name);
    // The forecast with no sales and the job whose lease expired too often.
    QVERIFY2(m.body.contains("epidesk_jobs_failed_total 2\n"), m.body.constData());
    QVERIFY(!m.body.contains("epidesk_workers_alive 0\n"));
  }

  void clusterClientTalksToTheServer() {
    epidesk::ClusterClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port())));
    client.setToken(m_alice);
    QSignalSpy spy(&client, &epidesk::ClusterClient::replied);
    auto call = [&](quint64 id) {
      const int before = spy.size();
      [&] { QTRY_VERIFY_WITH_TIMEOUT(spy.size() > before, 20000); }();
      const auto args = spy.last();
      [&] { QCOMPARE(args.at(0).toULongLong(), id); }();
      return args.at(1).value<epidesk::ClusterReply>();
    };
    epidesk::ClusterReply r = call(client.health());
    QCOMPARE(r.httpStatus, 200);
    r = call(client.submit("trends", kTrends));
    QCOMPARE(r.httpStatus, 200); // computed in trendsOnClusterEqualLocal
    QVERIFY(r.hasResult);
    QCOMPARE(r.result.value("series").toObject().size(), 27);
    r = call(client.submit("trends", QJsonObject{{"level", "galaxy"}}));
    QCOMPARE(r.httpStatus, 422);
    QCOMPARE(r.fieldErrors.value(0).first, QString("params.level"));
    r = call(client.submit("sleep", QJsonObject{{"ms", 0}, {"tag", "client"}}));
    QCOMPARE(r.httpStatus, 202);
    const QString id = r.jobId;
    for (int attempt = 0; !r.isFinal() && attempt < 50; ++attempt) {
      QTest::qWait(std::min(epidesk::ClusterClient::backoffMs(attempt, 50, 400), 400));
      r = call(client.poll(id));
    }
    QCOMPARE(r.status, QString("succeeded"));
    QVERIFY(r.hasResult);
    r = call(client.listJobs());
    QVERIFY(r.body.value("jobs").toArray().size() > 5);
    r = call(client.metrics());
    QVERIFY(r.text.contains("epidesk_jobs_queued"));
    client.setToken(m_bob);
    r = call(client.poll(id));
    QCOMPARE(r.httpStatus, 404);
    // Cluster away: status 0 and a message without the token.
    epidesk::ClusterClient away(QUrl("http://127.0.0.1:1"));
    away.setToken(m_alice);
    QSignalSpy awaySpy(&away, &epidesk::ClusterClient::replied);
    away.health();
    QTRY_VERIFY_WITH_TIMEOUT(awaySpy.size() == 1, 20000);
    const auto down = awaySpy.first().at(1).value<epidesk::ClusterReply>();
    QCOMPARE(down.httpStatus, 0);
    QVERIFY(!down.error.isEmpty() && !down.error.contains(m_alice));
    QVERIFY(epidesk::ClusterClient::backoffMs(20) <= 30000);
  }

  void cleanupTestCase() {
    m_worker.stop();
    m_server.stop();
  }
};

QTEST_GUILESS_MAIN(TestClusterApi)
#include "test_cluster_api.moc"
