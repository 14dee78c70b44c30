// Per-1,000 rates on the embedded store against an independent computation
// from the population CSV (tests/common/DenominatorCheck.h): state, region
// and country denominators sum every IBGE municipality, also those missing
// from the older boundary map, whose sales stay at state level.
#include "DenominatorCheck.h"
#include <QTemporaryDir>

using namespace epidesk::test;

class TestDenominators : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  IbgePopulation m_population;
  QStringList m_source;

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_population.load(qEnvironmentVariable("EPIDESK_SHARED_DIR", EPIDESK_SHARED_DIR)));
    const QString file = writeStateLevelSales(m_dir.path(), m_population.siglaOfUf.values());
    QVERIFY(!file.isEmpty());
    const QString store = m_dir.filePath("store.gpkg");
    const CliRun run = runCli({"import", "anvisa", "--store", store, file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_source = {"--store", store};
  }

  void countsAreTheRowsWritten() {
    const QJsonObject counts = seriesOf(m_source, "uf", false);
    QCOMPARE(counts.size(), 27);
    const QJsonArray pa = counts.value("PA").toArray();
    const int paIndex = m_population.siglaOfUf.values().indexOf("PA");
    for (int i = 0; i < pa.size(); ++i)
      QCOMPARE(pa[i].toObject().value("value").toDouble(), double(1 + (paIndex + kFirstYear + i) % 3 + 2));
  }

  void ratesMatchIndependentPopulation() {
    // 27 states + 5 regions + the country, 8 years each.
    QCOMPARE(compareRates(m_source, m_population), (27 + 5 + 1) * 8);
  }

  // PA's polygon-less municipality (Mojuí dos Campos, 2013) counts: the rate
  // differs from the old sum over polygons only.
  void polygonLessMunicipalitiesCount() {
    const QSet<int> polygons =
        polygonCodes(qEnvironmentVariable("EPIDESK_SHARED_DIR", EPIDESK_SHARED_DIR), 15);
    QVERIFY(polygons.size() > 100);
    QVERIFY(!polygons.contains(1504752));
    const QJsonArray counts = seriesOf(m_source, "uf", false).value("PA").toArray();
    const QJsonArray rates = seriesOf(m_source, "uf", true).value("PA").toArray();
    for (int i = 0; i < rates.size(); ++i) {
      const int year = kFirstYear + i;
      const double all = m_population.ofCode("uf", "PA", year);
      const double mapped =
          m_population.sum(year, [&](int uf, int code) { return uf == 15 && polygons.contains(code); });
      QVERIFY(all - mapped >= 15000); // Mojuí dos Campos alone: 15,341 (2014) .. 16,282 (2021)
      const double rate = rates[i].toObject().value("value").toDouble();
      const double oldRate = 1000.0 * counts[i].toObject().value("value").toDouble() / mapped;
      QVERIFY2(oldRate / rate - 1 > 1e-3, qPrintable(QString::number(oldRate / rate - 1)));
    }
  }
};

QTEST_GUILESS_MAIN(TestDenominators)
#include "test_denominators.moc"
