// epidesk-cli demo create DIR (issue 11): the whole demo in one idempotent
// command - ANVISA files and store, the Polish COVID-19 district series in
// the same store, a relocation scenario beside it - and the three checks of
// the issue on the result (27 states, a 14-day forecast of powiat 0201, a
// solved relocation plan).
#include "CliRun.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

using epidesk::test::CliRun;
using epidesk::test::runCli;

namespace {
const QStringList kSteps = {"anvisa_files", "store", "covid_pl", "relocation"};

QStringList strings(const QJsonValue &array) {
  QStringList out;
  for (const QJsonValue &v : array.toArray())
    out << v.toString();
  return out;
}
} // namespace

class TestDemoCreate : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_demo;
  QJsonObject m_fresh;

private slots:
  void initTestCase() { QVERIFY(m_dir.isValid()); }

  void freshFolderGetsEveryPart() {
    m_demo = m_dir.filePath("demo");
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runCli({"demo", "create", m_demo});
    qInfo("fresh demo create: %.1f s", clock.elapsed() / 1000.0);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty()); // progress only on a terminal
    m_fresh = run.json();
    QCOMPARE(strings(m_fresh.value("created")), kSteps);
    QVERIFY(strings(m_fresh.value("reused")).isEmpty());
    const QDir dir(m_demo);
    QCOMPARE(m_fresh.value("store").toString(), dir.filePath("demo.gpkg"));
    QCOMPARE(m_fresh.value("scenario").toString(), dir.filePath("relocation"));
    QVERIFY(QFileInfo::exists(dir.filePath("demo.gpkg")));
    QVERIFY(QFileInfo::exists(dir.filePath("demo.gpkg.quarantine.csv")));
    QVERIFY(QFileInfo::exists(dir.filePath("relocation/scenario.json")));
    QCOMPARE(dir.entryList({"EDA_Industrializados_*.csv"}).size(), 0);
    QCOMPARE(QDir(dir.filePath("files")).entryList({"EDA_Industrializados_*.csv"}).size(), 96);
    QVERIFY(dir.entryList({".*partial*"}, QDir::AllEntries | QDir::Hidden).isEmpty());
    const QJsonObject steps = m_fresh.value("steps").toObject();
    QCOMPARE(steps.value("store").toObject().value("files").toInt(), 96);
    QVERIFY(steps.value("covid_pl").toObject().value("rows_loaded").toInteger() > 200000);
    QCOMPARE(steps.value("relocation").toObject().value("districts").toInt(), 380);
  }

  void secondRunOnlyChecks() {
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runCli({"demo", "create", m_demo});
    const double seconds = clock.elapsed() / 1000.0;
    qInfo("demo create on a ready folder: %.2f s", seconds);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(seconds < 5);
    QVERIFY(strings(run.json().value("created")).isEmpty());
    QCOMPARE(strings(run.json().value("reused")), kSteps);
    QCOMPARE(run.json().value("steps"), m_fresh.value("steps"));
  }

  void missingPartIsRedoneAlone() {
    QVERIFY(QDir(QDir(m_demo).filePath("relocation")).removeRecursively());
    const CliRun run = runCli({"demo", "create", m_demo});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(strings(run.json().value("created")), QStringList{"relocation"});
    QVERIFY(QFileInfo::exists(QDir(m_demo).filePath("relocation/scenario.json")));
  }

  void trendsGiveEveryState() {
    const CliRun run = runCli({"trends", "--store", QDir(m_demo).filePath("demo.gpkg"),
                               "--ingredient-contains", "azitromicina", "--level", "uf"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("series").toObject().size(), 27);
  }

  void forecastOfAPowiat() {
    const CliRun run = runCli({"forecast", "--store", QDir(m_demo).filePath("demo.gpkg"), "--model", "nn",
                               "--horizon", "14", "--series", "0201"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("forecasts").toObject().value("0201").toArray().size(), 14);
  }

  void relocationSolves() {
    const CliRun run = runCli({"relocate", "--scenario", QDir(m_demo).filePath("relocation")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.json().value("flows").toArray().isEmpty());
  }

  // The three example dashboards beside the store, each drawn headless.
  void exampleDashboardsRender() {
    const QStringList ids{"azithromycin-brazil", "covid19-poland", "relocation-after-a-wave"};
    for (const QString &id : ids) {
      const QString doc = QDir(m_demo).filePath(id + ".epidash");
      QVERIFY2(QFileInfo::exists(doc), qPrintable(doc));
      const QString png = m_dir.filePath("png-" + id);
      const CliRun run = runCli({"dashboard", "render", doc, "--png-dir", png});
      QVERIFY2(run.exitCode == 0, qPrintable(id + ": " + QString::fromUtf8(run.err)));
      const QJsonArray panels = run.json()["panels"].toArray();
      QVERIFY(panels.size() >= 2);
      QCOMPARE(run.json()["data_changed"].toBool(true), false);
      // Saved against the demo store's data version, so later imports show the banner.
      QVERIFY(run.json()["saved_data_version"].toString().startsWith("v1-"));
      QCOMPARE(run.json()["saved_data_version"].toString(), run.json()["data_version"].toString());
      QCOMPARE(int(QDir(png).entryList({"*.png"}, QDir::Files).size()), int(panels.size()));
      // The relocation example ships its plan (solved for this very scenario):
      // it opens without a solve; a stale plan would make this 0.
      QCOMPARE(run.json()["saved_results_used"].toInt(), id == "relocation-after-a-wave" ? 1 : 0);
    }
  }

  void usageErrors() {
    QCOMPARE(runCli({"demo", "create"}).exitCode, 2);
    QCOMPARE(runCli({"demo", "create", m_dir.filePath("x"), "--scale", "0"}).exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(TestDemoCreate)
#include "test_demo_create.moc"
