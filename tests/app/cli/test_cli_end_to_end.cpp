// Runs epidesk-cli as a user would: generate demo files, import them into a
// fresh embedded store, query trends, write a report, and check the contracts
// of the JSON output and of the error paths.
#include "CliRun.h"
#include "PdfText.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using Run = epidesk::test::CliRun;
inline Run cli(const QStringList &args) {
  return epidesk::test::runCli(args);
}
} // namespace

class TestCliEndToEnd : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_store;
  QStringList m_files;
  QJsonObject m_manifest;
  QJsonObject m_import;

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    // A small scale keeps the test quick; the generator is calibrated at every scale.
    const Run gen = cli({"demo", "generate", m_dir.filePath("files"), "--seed", "7", "--scale", "0.002"});
    QVERIFY2(gen.exitCode == 0, gen.err.constData());
    m_manifest = gen.json();
    for (const QFileInfo &fi :
         QDir(m_dir.filePath("files")).entryInfoList({"EDA_Industrializados_*.csv"}, QDir::Files, QDir::Name))
      m_files << fi.absoluteFilePath();
    QCOMPARE(m_files.size(), 96); // 2014-2021, one file a month
    m_store = m_dir.filePath("store.gpkg");
    const Run imp = cli(QStringList{"import", "anvisa", "--store", m_store} + m_files);
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    m_import = imp.json();
  }

  void importSummaryAddsUp() {
    QCOMPARE(m_import.value("files").toInt(), 96);
    const qint64 read = m_import.value("rows_read").toInteger();
    const qint64 loaded = m_import.value("rows_loaded").toInteger();
    const qint64 quarantined = m_import.value("rows_quarantined").toInteger();
    QVERIFY(read > 10000);
    QCOMPARE(read, loaded + quarantined);
    QVERIFY(quarantined > 0); // the generator plants dirty rows on purpose
    QVERIFY(m_import.value("unmatched_municipalities").isArray());
    QVERIFY(m_import.contains("warnings"));
    QVERIFY(m_import.value("seconds").toDouble() >= 0);
    QVERIFY(QFileInfo::exists(m_store + ".quarantine.csv"));
    const QJsonObject first = m_import.value("per_file").toArray().first().toObject();
    QCOMPARE(first.value("encoding").toString(), QString("windows-1252"));
  }

  void trendsJsonContract() {
    const Run r = cli({"trends", "--store", m_store, "--ingredient-contains", "azitromicina", "--level", "uf",
                       "--period", "year"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = r.json();
    QCOMPARE(j.value("measure").toString(), QString("prescriptions"));
    const QJsonObject series = j.value("series").toObject();
    QCOMPARE(series.size(), 27);
    const QJsonArray mg = series.value("MG").toArray();
    QCOMPARE(mg.size(), 8);
    QCOMPARE(mg.first().toObject().value("period").toString(), QString("2014"));
    const QJsonObject tests = j.value("trend_tests").toObject();
    for (const char *uf : {"MT", "RJ", "RN", "RO"}) {
      // Calibrated monotone states: tau = 1; scipy.stats.kendalltau(range(8), increasing) gives p = 2/8!
      // = 4.96e-05.
      const QJsonObject t = tests.value(uf).toObject();
      QCOMPARE(t.value("tau").toDouble(), 1.0);
      QCOMPARE(t.value("method").toString(), QString("exact"));
      QVERIFY(qAbs(t.value("p_value").toDouble() - 2.0 / 40320.0) < 1e-12);
      QVERIFY(t.value("sen_slope").toDouble() > 0);
      for (const char *key : {"n", "tau", "s", "var_s", "z", "p_value", "method", "sen_slope"})
        QVERIFY2(t.contains(key), key);
    }
  }

  void countryLevelMatchesUfSum() {
    const QStringList common{"trends",       "--store",  m_store, "--ingredient-contains",
                             "AZITROMICINA", "--period", "year"};
    const Run country = cli(common + QStringList{"--level", "country"});
    const Run uf = cli(common + QStringList{"--level", "uf"});
    QCOMPARE(country.exitCode, 0);
    const QJsonArray br = country.json().value("series").toObject().value("BR").toArray();
    QCOMPARE(br.size(), 8);
    double ufSum2020 = 0;
    const QJsonObject ufSeries = uf.json().value("series").toObject();
    for (const QString &code : ufSeries.keys())
      ufSum2020 += ufSeries.value(code).toArray().at(6).toObject().value("value").toDouble();
    QCOMPARE(br.at(6).toObject().value("value").toDouble(), ufSum2020);
    // +32.1 % from 2014 to 2020 (published figure the generator is calibrated to).
    const double v2014 = br.at(0).toObject().value("value").toDouble();
    const double v2020 = br.at(6).toObject().value("value").toDouble();
    QVERIFY2(qAbs(v2020 / v2014 - 1.321) < 0.03, qPrintable(QString::number(v2020 / v2014)));
  }

  void reimportIsIdempotent() {
    const QStringList q{"trends", "--store", m_store, "--ingredient-contains", "azitro", "--level", "region"};
    const Run before = cli(q);
    const Run again = cli({"import", "anvisa", "--store", m_store, m_files.first(), m_files.last()});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const Run after = cli(q);
    QCOMPARE(after.out, before.out);
  }

  void csvFormat() {
    const Run r = cli({"trends", "--store", m_store, "--ingredient-contains", "azitromicina", "--level",
                       "region", "--format", "csv"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("code,name,period,value\n"));
    QVERIFY(r.out.contains("Sudeste"));
  }

  void invalidRequestNamesTheField() {
    const Run r = cli({"trends", "--store", m_store, "--level", "galaxy"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("level"), r.err.constData());
  }

  void unknownHeaderFailsAndLoadsNothing() {
    const QString bad = m_dir.filePath("EDA_Industrializados_209901.csv");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("FOO;BAR\n1;2\n");
    f.close();
    const Run r = cli({"import", "anvisa", "--store", m_store, bad});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("EDA_Industrializados_209901.csv"), r.err.constData());
    const Run missing = cli({"import", "anvisa", "--store", m_store, m_dir.filePath("nope.csv")});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains("nope.csv"), missing.err.constData());
  }

  void specialFilesNeedTheFlag() {
    const Run refused = cli({"import", "anvisa", "--store", m_store, "/dev/null"});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("/dev/null") && refused.err.contains("not a regular file"),
             refused.err.constData());
    const Run allowed = cli({"import", "anvisa", "--store", m_store, "--allow-special-files", "/dev/null"});
    QCOMPARE(allowed.exitCode, 1);
    QVERIFY2(allowed.err.contains("no header row"), allowed.err.constData());
  }

  void reportPdf() {
    const QString pdf = m_dir.filePath("report.pdf");
    const Run r = cli({"report", "--store", m_store, "--ingredient-contains", "azitromicina", "--level", "uf",
                       "--pdf", pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    EPIDESK_REQUIRE_PDFTOTEXT();
    const QString text = epidesk::test::pdfText(pdf);
    QVERIFY2(text.contains("EpiDesk"), qPrintable(text.left(500)));
    QVERIFY(text.contains("Minas Gerais") || text.contains("MG"));
  }
};

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "test_cli_end_to_end.moc"
