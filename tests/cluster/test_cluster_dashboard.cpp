// The "dashboard" job kind with real epidesk-server / epidesk-worker /
// epidesk-render processes and PostgreSQL: a document with trend panels is
// rendered on the worker against the worker's demo store, its PDF downloaded
// from the artifact endpoint (per-user, like the job); bad documents and
// documents naming a path on the server get 422 naming the field; an equal
// submission is answered from the cache, with a job id to fetch the PDF.
#include "ClusterClient.h"
#include "ClusterTestSupport.h"
#include "JobRequest.h"
#include "PdfText.h"
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cltest;

namespace {
const char kTitle[] = "Azithromycin on the cluster";

QByteArray readAll(const QString &path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString headerValue(const QByteArray &head, const QByteArray &name) {
  for (const QByteArray &line : head.split('\n'))
    if (line.toLower().startsWith(name.toLower() + ':'))
      return QString::fromLatin1(line.mid(name.size() + 1).trimmed());
  return {};
}

QJsonObject dashboardJob(const QJsonObject &document) {
  return {{"kind", "dashboard"}, {"params", QJsonObject{{"document", document}}}};
}

// Processes running program (by /proc/PID/exe).
int processesOf(const QString &program) {
  int n = 0;
  const QString target = QFileInfo(program).canonicalFilePath();
  for (const QString &entry : QDir("/proc").entryList(QDir::Dirs)) {
    bool ok = false;
    entry.toLongLong(&ok);
    if (ok && QFileInfo("/proc/" + entry + "/exe").canonicalFilePath() == target)
      ++n;
  }
  return n;
}
} // namespace

class TestClusterDashboard : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store, m_db, m_alice, m_bob, m_docPath;
  QJsonObject m_document; // as `epidesk-cli dashboard new` wrote it (source.store set)
  Child m_server, m_worker;
  QString m_jobId; // alice's rendered job
  QByteArray m_pdf;

  quint16 port() const { return m_server.port; }
  // The document as a client sends it: no data source of its own.
  QJsonObject detached() const {
    QJsonObject d = m_document;
    d.remove("source");
    return d;
  }
  // The document's panels repeated to n, its maps at municipality level
  // when heavy (5,570 districts each).
  QJsonObject withPanels(int n, const QString &title, bool heavy) const {
    QJsonObject doc = detached();
    const QJsonArray three = doc.value("panels").toArray();
    QJsonArray panels;
    for (int i = 0; i < n; ++i) {
      QJsonObject p = three[i % 3].toObject();
      p.insert("id", QStringLiteral("panel-%1").arg(i));
      if (heavy && p.value("kind").toString() == "trend_map") {
        QJsonObject params = p.value("params").toObject();
        QJsonObject request = params.value("request").toObject();
        request.insert("level", "municipality");
        params.insert("request", request);
        p.insert("params", params);
      }
      panels.append(p);
    }
    doc.insert("panels", panels);
    doc.insert("title", title);
    return doc;
  }
  Response post(const QString &token, const QJsonObject &body) {
    return http(port(), "POST", "/v1/jobs", token, json(body));
  }
  Response artifact(const QString &token, const QString &jobId, const QByteArray &name = "report.pdf") {
    return http(port(), "GET", "/v1/jobs/" + jobId.toUtf8() + "/artifacts/" + name, token);
  }
  // The one field error of a 422 answer.
  static QPair<QString, QString> fieldError(const Response &r) {
    const QJsonArray errors = r.json().value("errors").toArray();
    if (errors.size() != 1)
      qWarning("expected one error: %s", r.body.constData());
    const QJsonObject e = errors.first().toObject();
    return {e.value("field").toString(), e.value("message").toString()};
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = epidesk::test::createDemoStore(m_dir.path(), 5, &error);
    QVERIFY2(!m_store.isEmpty(), qPrintable(error));
    m_docPath = m_dir.filePath("azithromycin.epidash");
    const epidesk::test::CliRun made = epidesk::test::runCli(
        {"dashboard", "new", "--store", m_store, "--ingredient-contains", "azitromicina", "--per-1000",
         "--select", "MG,SP", "--panels", "map,chart,table", "--title", kTitle, "--out", m_docPath});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    m_document = QJsonDocument::fromJson(readAll(m_docPath)).object();
    QCOMPARE(m_document.value("source").toObject().value("store").toString(), QString("store.gpkg"));

    m_db = freshDatabase("epidesk_cluster_dashboard");
    m_alice = createToken(m_db, "alice", "analyst");
    m_bob = createToken(m_db, "bob", "analyst");
    startServer(m_server, m_db, m_store);
    // The worker renders with epidesk-render; it starts in a folder of its
    // own, where nothing may appear.
    QVERIFY(QDir(m_dir.path()).mkpath("cwd"));
    QVERIFY(QDir::setCurrent(m_dir.filePath("cwd")));
    startWorker(m_worker, m_db, m_store, "w1", 5, 3, {"--render-program", QStringLiteral(EPIDESK_RENDER)});
  }

  void openApiDescribesTheKindAndTheArtifact() {
    const QJsonObject api = http(port(), "GET", "/openapi.json").json();
    QVERIFY(api.value("paths").toObject().contains("/v1/jobs/{id}/artifacts/{name}"));
    const QJsonObject schemas = api.value("components").toObject().value("schemas").toObject();
    QVERIFY(schemas.contains("DashboardParams") && schemas.contains("DashboardResult"));
    const QJsonArray kinds = schemas.value("JobRequest")
                                 .toObject()
                                 .value("properties")
                                 .toObject()
                                 .value("kind")
                                 .toObject()
                                 .value("enum")
                                 .toArray();
    QVERIFY(kinds.contains(QJsonValue("dashboard")));
  }

  // The worker draws the document against its store and the PDF comes back
  // through the artifact endpoint.
  void aDashboardIsRenderedOnTheWorker() {
    EPIDESK_REQUIRE_PDFTOTEXT();
    const Response r = post(m_alice, dashboardJob(detached()));
    QVERIFY2(r.status == 202, r.body.constData());
    m_jobId = r.json().value("job_id").toString();
    QVERIFY(!m_jobId.isEmpty());
    const QJsonObject job = waitFor(port(), m_alice, m_jobId, isFinal, 120000);
    QVERIFY2(job.value("status").toString() == "succeeded", json(job).constData());
    // The request as stored: no data source, no window layout.
    const QJsonObject stored =
        job.value("request").toObject().value("params").toObject().value("document").toObject();
    QCOMPARE(stored.value("source").toObject().value("store").toString(), QString());
    QCOMPARE(stored.value("window").toObject().value("state").toString(), QString());
    const QJsonObject result = job.value("result").toObject();
    QCOMPARE(result.value("title").toString(), QString(kTitle));
    QCOMPARE(result.value("data_changed").toBool(true), false);
    QCOMPARE(result.value("data_version").toString(),
             m_document.value("data").toObject().value("version").toString());
    const QJsonArray panels = result.value("panels").toArray();
    QCOMPARE(panels.size(), 3);
    QCOMPARE(panels[0].toObject().value("kind").toString(), QString("trend_map"));
    QCOMPARE(panels[0].toObject().value("width").toInt(), 1000);
    const QJsonObject meta = result.value("artifacts").toObject().value("report.pdf").toObject();
    QCOMPARE(meta.value("content_type").toString(), QString("application/pdf"));

    const Response pdf = artifact(m_alice, m_jobId);
    QCOMPARE(pdf.status, 200);
    QCOMPARE(headerValue(pdf.head, "Content-Type"), QString("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF"));
    QCOMPARE(qint64(pdf.body.size()), meta.value("bytes").toInteger());
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(pdf.body, QCryptographicHash::Sha256).toHex()),
             meta.value("sha256").toString());
    m_pdf = pdf.body;
    const QString path = m_dir.filePath("cluster.pdf");
    QVERIFY(writeAll(path, pdf.body));
    const QString text = epidesk::test::pdfText(path);
    QVERIFY2(text.contains(kTitle), qPrintable(text.left(500)));
    QVERIFY(text.contains("MG, SP")); // the selection
    // The same page text as rendering the file locally.
    const QString local = m_dir.filePath("local.pdf");
    const epidesk::test::CliRun run =
        epidesk::test::runCli({"dashboard", "render", m_docPath, "--pdf", local});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(epidesk::test::pdfPages(path).size(), epidesk::test::pdfPages(local).size());
    // Nothing left behind: no renderer, no file in the worker's folder.
    QCOMPARE(processesOf(QStringLiteral(EPIDESK_RENDER)), 0);
    QCOMPARE(QDir(m_dir.filePath("cwd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
  }

  // An equal request is answered from the cache, with a job id of the
  // caller's to fetch the PDF from (another user gets a job of their own).
  void anEqualSubmissionIsCached() {
    QVERIFY(!m_jobId.isEmpty());
    QJsonObject reordered = detached(); // other key order, same window-less content
    reordered.insert("window", QJsonObject{{"state", "AAAA"}, {"geometry", ""}});
    const Response again = post(m_alice, dashboardJob(reordered));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value("cached").toBool(), true);
    QCOMPARE(again.json().value("job_id").toString(), m_jobId); // alice's own job
    QCOMPARE(again.json().value("result").toObject().value("title").toString(), QString(kTitle));

    const Response bob = post(m_bob, dashboardJob(detached()));
    QCOMPARE(bob.status, 200);
    const QString bobJob = bob.json().value("job_id").toString();
    QVERIFY(!bobJob.isEmpty() && bobJob != m_jobId);
    const QJsonObject recorded = http(port(), "GET", "/v1/jobs/" + bobJob.toUtf8(), m_bob).json();
    QCOMPARE(recorded.value("status").toString(), QString("succeeded"));
    QCOMPARE(recorded.value("owner").toString(), QString("bob"));
    const Response pdf = artifact(m_bob, bobJob);
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.body, m_pdf); // one stored PDF for identical requests on identical data
    // A third submission of bob's reuses his job.
    QCOMPARE(post(m_bob, dashboardJob(detached())).json().value("job_id").toString(), bobJob);
  }

  void anotherUsersArtifactIs404() {
    QVERIFY(!m_jobId.isEmpty());
    QCOMPARE(artifact(m_bob, m_jobId).status, 404);
    QCOMPARE(http(port(), "GET", "/v1/jobs/" + m_jobId.toUtf8(), m_bob).status, 404);
    QCOMPARE(artifact(QString(), m_jobId).status, 401);
    QCOMPARE(artifact(m_alice, m_jobId, "model.mps").status, 404);
    QCOMPARE(artifact(m_alice, m_jobId, "..").status, 404);
    QCOMPARE(artifact(m_alice, "not-a-uuid").status, 404);
    QCOMPARE(http(port(), "DELETE", "/v1/jobs/" + m_jobId.toUtf8() + "/artifacts/report.pdf", m_alice).status,
             405);
    // A job without files (and one not finished) has none to give.
    const Response sleep =
        post(m_alice, {{"kind", "sleep"}, {"params", QJsonObject{{"ms", 3000}, {"tag", "no-files"}}}});
    QCOMPARE(sleep.status, 202);
    const QString id = sleep.json().value("job_id").toString();
    QCOMPARE(artifact(m_alice, id).status, 409);
    QCOMPARE(waitFor(port(), m_alice, id, isFinal).value("status").toString(), QString("succeeded"));
    QCOMPARE(artifact(m_alice, id).status, 404);
  }

  void aBadDocumentGets422NamingTheField() {
    QJsonObject doc = detached();
    QJsonArray panels = doc.value("panels").toArray();
    QJsonObject first = panels[0].toObject();
    first.insert("kind", "pie_chart");
    panels[0] = first;
    doc.insert("panels", panels);
    Response r = post(m_alice, dashboardJob(doc));
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldError(r).first, QString("params.document.panels[0].kind"));
    QVERIFY(fieldError(r).second.contains("unknown panel kind"));

    // A trend panel's request, validated like a trends job's.
    doc = detached();
    panels = doc.value("panels").toArray();
    QJsonObject chart = panels[1].toObject();
    QJsonObject params = chart.value("params").toObject();
    QJsonObject request = params.value("request").toObject();
    request.insert("level", "galaxy");
    params.insert("request", request);
    chart.insert("params", params);
    panels[1] = chart;
    doc.insert("panels", panels);
    r = post(m_alice, dashboardJob(doc));
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldError(r).first, QString("params.document.panels[1].params.request.level"));

    r = post(m_alice, {{"kind", "dashboard"}, {"params", QJsonObject{{"document", "azi.epidash"}}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldError(r).first, QString("params.document"));
    doc = detached();
    doc.remove("format_version");
    QCOMPARE(fieldError(post(m_alice, dashboardJob(doc))).first, QString("params.document.format_version"));
    // Larger than a job may carry (but under the body limit).
    doc = detached();
    doc.insert("title", QString(epidesk::JobRequest::kMaxDashboardBytes, QLatin1Char('x')));
    r = post(m_alice, dashboardJob(doc));
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldError(r).first, QString("params.document"));
  }

  // No request names a path on the server.
  void aDocumentNamingAPathGets422() {
    Response r = post(m_alice, dashboardJob(m_document)); // source.store as written by dashboard new
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldError(r).first, QString("params.document.source.store"));
    QVERIFY(fieldError(r).second.contains("not accepted on the cluster"));
    QJsonObject doc = detached();
    doc.insert("source", QJsonObject{{"store", "/etc/passwd"}});
    QCOMPARE(fieldError(post(m_alice, dashboardJob(doc))).first, QString("params.document.source.store"));
    // A relocation panel naming a scenario file.
    QJsonArray panels = doc.value("panels").toArray();
    panels.append(QJsonObject{{"id", "relocation_map-1"},
                              {"kind", "relocation_map"},
                              {"params", QJsonObject{{"scenario", "../../secret/scenario.json"}}}});
    doc = detached();
    doc.insert("panels", panels);
    r = post(m_alice, dashboardJob(doc));
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldError(r).first, QString("params.document.panels[3].params.scenario"));
    // A warehouse URL is not opened: the job renders the worker's data.
    doc = detached();
    doc.insert("source", QJsonObject{{"warehouse", "postgresql://elsewhere.invalid/db"}});
    r = post(m_alice, dashboardJob(doc));
    QCOMPARE(r.status, 200); // the same request as the one already rendered
    QCOMPARE(r.json().value("job_id").toString(), m_jobId);
  }

  // A forecast panel is a forecast: held to the forecast limits.
  void forecastPanelsAreHeldToTheForecastLimits() {
    QJsonObject doc = detached();
    QJsonArray panels = doc.value("panels").toArray();
    panels.append(QJsonObject{
        {"id", "forecast_chart-1"},
        {"kind", "forecast_chart"},
        {"params", QJsonObject{{"forecast", QJsonObject{{"model", "bayes"},
                                                        {"horizon", 200},
                                                        {"options", QJsonObject{{"samples", 1000000}}},
                                                        {"source", "districts"},
                                                        {"indicator", "cases"}}}}}});
    doc.insert("panels", panels);
    const Response r = post(m_alice, dashboardJob(doc));
    QCOMPARE(r.status, 422);
    QVERIFY2(r.body.contains("params.document.panels[3].params.forecast.options.samples"),
             r.body.constData());
  }

  // The result says what changed between the document's saved data and the
  // worker's, and so does the PDF.
  void dataChangesAreReported() {
    EPIDESK_REQUIRE_PDFTOTEXT();
    QJsonObject doc = detached();
    QJsonObject data = doc.value("data").toObject();
    QJsonArray files = data.value("files").toArray();
    const QString dropped = files.first().toObject().value("file").toString();
    files.removeFirst();
    files.append(QJsonObject{{"file", "gone.csv"}, {"imported_at", "2020-01-01T00:00:00.000Z"}});
    data.insert("files", files);
    data.insert("version", "v1-stale");
    doc.insert("data", data);
    doc.insert("title", "Stale dashboard");
    const Response r = post(m_alice, dashboardJob(doc));
    QVERIFY2(r.status == 202, r.body.constData());
    const QString id = r.json().value("job_id").toString();
    const QJsonObject job = waitFor(port(), m_alice, id, isFinal, 120000);
    QVERIFY2(job.value("status").toString() == "succeeded", json(job).constData());
    const QJsonObject result = job.value("result").toObject();
    QCOMPARE(result.value("data_changed").toBool(), true);
    QCOMPARE(result.value("saved_data_version").toString(), QString("v1-stale"));
    const QJsonObject changes = result.value("changes").toObject();
    QCOMPARE(changes.value("added").toArray(), QJsonArray{dropped});
    QCOMPARE(changes.value("removed").toArray(), QJsonArray{"gone.csv"});
    const Response pdf = artifact(m_alice, id);
    QCOMPARE(pdf.status, 200);
    const QString path = m_dir.filePath("stale.pdf");
    QVERIFY(writeAll(path, pdf.body));
    const QString text = epidesk::test::pdfText(path);
    QVERIFY(text.contains("Stale dashboard"));
    QVERIFY2(text.contains("gone.csv"), qPrintable(text.left(800)));
  }

  void clusterClientSubmitsAndDownloads() {
    QVERIFY(!m_jobId.isEmpty());
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
    // The document as saved (store path and all): the client leaves the source out.
    epidesk::ClusterReply r = call(client.submitDashboard(m_document));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.jobId, m_jobId);
    QVERIFY(r.hasResult);
    r = call(client.artifact(r.jobId, "report.pdf"));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.contentType, QByteArray("application/pdf"));
    QCOMPARE(r.text, m_pdf);
    client.setToken(m_bob);
    r = call(client.artifact(m_jobId, "report.pdf"));
    QCOMPARE(r.httpStatus, 404);
    QVERIFY(r.text.isEmpty());
  }

  // epidesk-cli dashboard render FILE --server URL --pdf OUT: the same job.
  void theCliRendersOnTheCluster() {
    QVERIFY(!m_jobId.isEmpty());
    const QString out = m_dir.filePath("cli.pdf");
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port());
    QProcessEnvironment env = epidesk::test::cliEnvironment();
    env.insert("EPIDESK_CLUSTER_TOKEN", m_alice);
    const QStringList args{"dashboard", "render", m_docPath, "--server", url, "--pdf", out};
    epidesk::test::CliRun run = epidesk::test::runProgram(QStringLiteral(EPIDESK_CLI), args, env, 120000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("job_id").toString(), m_jobId); // answered from the cache
    QCOMPARE(run.json().value("data_changed").toBool(true), false);
    QCOMPARE(readAll(out), m_pdf);
    // A document not rendered yet: queued, polled, downloaded.
    QJsonObject doc = m_document;
    doc.insert("title", "Rendered for the CLI");
    const QString other = m_dir.filePath("other.epidash");
    QVERIFY(writeAll(other, QJsonDocument(doc).toJson()));
    run =
        epidesk::test::runProgram(QStringLiteral(EPIDESK_CLI),
                                  {"dashboard", "render", other, "--server", url, "--pdf", out}, env, 120000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().value("job_id").toString() != m_jobId);
    QVERIFY(readAll(out).startsWith("%PDF"));
    QVERIFY(epidesk::test::pdfText(out).contains("Rendered for the CLI"));
    // No token: refused, and nothing written.
    QVERIFY(QFile::remove(out));
    run =
        epidesk::test::runProgram(QStringLiteral(EPIDESK_CLI), args, epidesk::test::cliEnvironment(), 60000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("token"), run.err.constData());
    QVERIFY(!QFile::exists(out));
  }

  // A document naming the cluster (source.cluster): its panels compute
  // there ("trends" jobs: the request and its country line) and draw the same
  // pixels as in-process, the worker's store being this one; a wrong token
  // fails the render naming the cluster.
  void panelsOfADocumentNamingTheClusterComputeThere() {
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port());
    QJsonObject doc = m_document;
    QJsonObject source = doc.value("source").toObject();
    source.insert("cluster", url);
    doc.insert("source", source);
    const QString remote = m_dir.filePath("remote.epidash");
    QVERIFY(writeAll(remote, QJsonDocument(doc).toJson()));
    auto trendJobs = [&] {
      int n = 0;
      for (const QJsonValue &j : http(port(), "GET", "/v1/jobs?limit=1000", m_alice).json()["jobs"].toArray())
        n += j.toObject().value("kind").toString() == QLatin1String("trends");
      return n;
    };
    const int before = trendJobs();
    QProcessEnvironment env = epidesk::test::cliEnvironment();
    env.insert("EPIDESK_CLUSTER_TOKEN", m_alice);
    const QString remotePngs = m_dir.filePath("png-remote"), localPngs = m_dir.filePath("png-local");
    epidesk::test::CliRun run = epidesk::test::runProgram(
        QStringLiteral(EPIDESK_CLI), {"dashboard", "render", remote, "--png-dir", remotePngs}, env, 120000);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(trendJobs() - before, 2); // map, chart and table share one request
    run = epidesk::test::runCli({"dashboard", "render", m_docPath, "--png-dir", localPngs});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray panels = run.json().value("panels").toArray();
    QCOMPARE(panels.size(), 3);
    for (const QJsonValue &p : panels) {
      const QString name = p.toObject().value("id").toString() + ".png";
      const QByteArray here = readAll(QDir(localPngs).filePath(name));
      QVERIFY(!here.isEmpty());
      QVERIFY2(readAll(QDir(remotePngs).filePath(name)) == here, qPrintable(name));
    }
    env.insert("EPIDESK_CLUSTER_TOKEN", "not-a-token");
    run = epidesk::test::runProgram(QStringLiteral(EPIDESK_CLI), {"dashboard", "render", remote}, env, 60000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(url.toUtf8()) && run.err.contains("token"), run.err.constData());
  }

  // The renderer runs under the job's limits: a PDF above the artifact cap
  // (RLIMIT_FSIZE), the address-space limit (inherited), the wall-time limit
  // and cancellation; each costs the job, never the worker, and leaves no
  // renderer behind.
  void theRendererRunsUnderTheJobLimits() {
    m_worker.stop();
    Child limited;
    startWorker(limited, m_db, m_store, "w-limited", 5, 3,
                {"--render-program", QStringLiteral(EPIDESK_RENDER), "--job-artifact-mb", "1",
                 "--job-memory-mb", "600"});
    auto fails = [&](const QJsonObject &doc) {
      const Response r = post(m_alice, dashboardJob(doc));
      [&] { QVERIFY2(r.status == 202, r.body.constData()); }();
      return waitFor(port(), m_alice, r.json().value("job_id").toString(), isFinal, 120000);
    };
    // 12 panels: a PDF of about 1.2 MB.
    QJsonObject job = fails(withPanels(12, "Too large a PDF", false));
    QCOMPARE(job.value("status").toString(), QString("failed"));
    QVERIFY2(job.value("error").toString().contains("the dashboard's PDF exceeded the limit of 1 MiB"),
             qPrintable(job.value("error").toString()));
    QCOMPARE(job.value("attempts").toInt(), 1); // the job's verdict, not a crash to retry
    // 60 panels, 20 of them municipality maps: more than 600 MB of address space.
    job = fails(withPanels(60, "Too much memory", true));
    QCOMPARE(job.value("status").toString(), QString("failed"));
    QVERIFY2(job.value("error").toString().contains("the job memory limit is 600 MB"),
             qPrintable(job.value("error").toString()));
    QCOMPARE(processesOf(QStringLiteral(EPIDESK_RENDER)), 0);
    QCOMPARE(limited.p->state(), QProcess::Running);
    limited.stop();

    Child slow;
    startWorker(slow, m_db, m_store, "w-slow", 5, 3,
                {"--render-program", QStringLiteral(EPIDESK_RENDER), "--job-timeout", "1"});
    job = fails(withPanels(60, "Too slow", true));
    QCOMPARE(job.value("status").toString(), QString("failed"));
    QVERIFY2(job.value("error").toString().contains("exceeded the job time limit of 1 s"),
             qPrintable(job.value("error").toString()));
    QTRY_COMPARE_WITH_TIMEOUT(processesOf(QStringLiteral(EPIDESK_RENDER)), 0, 5000);
    slow.stop();

    Child worker;
    startWorker(worker, m_db, m_store, "w-cancel", 5, 3,
                {"--render-program", QStringLiteral(EPIDESK_RENDER)});
    const Response r = post(m_alice, dashboardJob(withPanels(60, "Cancelled", true)));
    QCOMPARE(r.status, 202);
    const QString id = r.json().value("job_id").toString();
    QTRY_VERIFY_WITH_TIMEOUT(processesOf(QStringLiteral(EPIDESK_RENDER)) == 1, 30000);
    QCOMPARE(http(port(), "DELETE", "/v1/jobs/" + id.toUtf8(), m_alice).json().value("status").toString(),
             QString("cancelled"));
    QTRY_COMPARE_WITH_TIMEOUT(processesOf(QStringLiteral(EPIDESK_RENDER)), 0, 3000);
    QCOMPARE(artifact(m_alice, id).status, 409);
    QCOMPARE(worker.p->state(), QProcess::Running);
    // ... and the worker goes on rendering.
    const Response next = post(m_alice, dashboardJob(withPanels(3, "After the limits", false)));
    QCOMPARE(next.status, 202);
    QCOMPARE(waitFor(port(), m_alice, next.json().value("job_id").toString(), isFinal, 120000)
                 .value("status")
                 .toString(),
             QString("succeeded"));
  }

  void cleanupTestCase() {
    m_worker.stop();
    m_server.stop();
  }
};

QTEST_GUILESS_MAIN(TestClusterDashboard)
#include "test_cluster_dashboard.moc"
