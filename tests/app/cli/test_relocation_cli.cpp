// epidesk-cli demo relocation + relocate on the generated Poland scenario, as a user runs them.
#include "CliRun.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using Run = epidesk::test::CliRun;
inline Run cli(const QStringList &args) {
  return epidesk::test::runCli(args);
}
} // namespace

class TestRelocationCli : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_scenario;

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_scenario = m_dir.filePath("poland");
    const Run gen = cli({"demo", "relocation", m_scenario, "--seed", "3"});
    QVERIFY2(gen.exitCode == 0, gen.err.constData());
    const QJsonObject manifest = gen.json();
    QCOMPARE(manifest.value("districts").toInt(), 380);
    QCOMPARE(manifest.value("facilities").toInt(), 60);
    QCOMPARE(manifest.value("groups").toInt(), 12);
    QCOMPARE(manifest.value("months").toInt(), 6);
    for (const char *f :
         {"scenario.json", "districts.csv", "groups.csv", "facilities.csv", "demand.csv", "capacity.csv"})
      QVERIFY2(QFileInfo::exists(QDir(m_scenario).filePath(f)), f);
    // Deterministic from the seed.
    const Run again = cli({"demo", "relocation", m_dir.filePath("again"), "--seed", "3"});
    QCOMPARE(again.exitCode, 0);
    for (const char *f : {"demand.csv", "capacity.csv", "facilities.csv"}) {
      QFile a(QDir(m_scenario).filePath(f)), b(QDir(m_dir.filePath("again")).filePath(f));
      QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
      QVERIFY2(a.readAll() == b.readAll(), f);
    }
  }

  void relocateJsonContract() {
    const Run r = cli({"relocate", "--scenario", m_scenario, "--time-limit", "60", "--gap", "0.02",
                       "--write-mps", m_dir.filePath("poland.mps")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = r.json();
    const QString status = j.value("status").toString();
    QVERIFY2(QStringList({"optimal", "feasible", "infeasible"}).contains(status), qPrintable(status));
    QVERIFY(j.value("objective").isDouble());
    QVERIFY(j.value("bound").isDouble());
    QVERIFY(j.value("gap").toDouble() >= 0);
    QVERIFY(j.value("seconds").toDouble() > 0);
    const QJsonArray flows = j.value("flows").toArray();
    QVERIFY(flows.size() > 380);
    const QJsonObject f = flows.first().toObject();
    for (const char *key : {"from_district", "facility", "group", "month", "patients"})
      QVERIFY2(f.contains(QLatin1String(key)), key);
    QVERIFY(j.value("unmet").isArray());
    const QJsonObject use = j.value("facility_use").toArray().first().toObject();
    for (const char *key : {"facility", "month", "group", "used", "capacity"})
      QVERIFY2(use.contains(QLatin1String(key)), key);
    // Patients leave the wave's districts for other facilities.
    int relocated = 0;
    for (const QJsonValue &v : flows) {
      const QJsonObject o = v.toObject();
      relocated += o.value("from_district").toString().left(2) != o.value("facility").toString().left(2);
    }
    QVERIFY(relocated > 0);
    QVERIFY(QFileInfo(m_dir.filePath("poland.mps")).size() > 1000000);
  }

  void relocateCsv() {
    const Run r = cli({"relocate", "--scenario", m_scenario, "--time-limit", "30", "--gap", "0.05",
                       "--format", "csv", "--csv-table", "facility_use"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("facility,month,group,used,capacity\n"));
    QVERIFY(r.out.count('\n') > 60 * 12 * 6 / 2);
  }

  void invalidScenarioFailsBeforeSolving() {
    const Run r = cli({"relocate", "--scenario", QStringLiteral(EPIDESK_TEST_DATA_DIR "/invalid_refs")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("capacity.csv:4: capacity: \"abc\" is not a number"), r.err.constData());
  }

  void usageErrors() {
    QCOMPARE(cli({"relocate"}).exitCode, 2);
    const Run w = cli({"relocate", "--scenario", m_scenario, "--weights", "risk=-2"});
    QCOMPARE(w.exitCode, 2);
    QVERIFY(w.err.contains("risk"));
    QCOMPARE(cli({"relocate", "--scenario", m_scenario, "--gap", "1.5"}).exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(TestRelocationCli)
#include "test_relocation_cli.moc"
