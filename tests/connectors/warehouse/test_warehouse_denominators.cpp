// Per-1,000 rates on the PostgreSQL warehouse (CTest fixture warehouse_pg)
// against the independent computation of tests/common/DenominatorCheck.h:
// the same rule as the embedded store (TrendAnalysis over the population of
// every IBGE municipality), the same numbers to 1e-9.
#include "DenominatorCheck.h"
#include "WarehouseTestSupport.h"
#include <QTemporaryDir>

using namespace whtest;
using epidesk::test::IbgePopulation;

class TestWarehouseDenominators : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  IbgePopulation m_population;
  QString m_db;

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CACHE_HOME", m_dir.filePath("cache").toUtf8());
    QVERIFY(m_population.load(qEnvironmentVariable("EPIDESK_SHARED_DIR", EPIDESK_SHARED_DIR)));
    const QString file = epidesk::test::writeStateLevelSales(m_dir.path(), m_population.siglaOfUf.values());
    QVERIFY(!file.isEmpty());
    m_db = freshDatabase("wh_denominators");
    const Run run = cli({"import", "anvisa", "--db", m_db, file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
  }

  void populationHoldsEveryMunicipality() {
    QCOMPARE(scalar(m_db, "SELECT count(DISTINCT municipality_code) FROM population"), qint64(5570));
    // Mojuí dos Campos (PA) has no polygon but its estimates; "..." before 2013 is 0.
    QCOMPARE(
        scalar(m_db, "SELECT population FROM population WHERE municipality_code = 1504752 AND year = 2014"),
        qint64(15341));
    QCOMPARE(
        scalar(m_db, "SELECT population FROM population WHERE municipality_code = 1504752 AND year = 2005"),
        qint64(0));
    QCOMPARE(scalar(m_db, "SELECT count(*) FROM municipality WHERE code = 1504752"), qint64(0));
  }

  void ratesMatchIndependentPopulation() {
    QCOMPARE(epidesk::test::compareRates({"--db", m_db}, m_population), (27 + 5 + 1) * 8);
  }
};

QTEST_GUILESS_MAIN(TestWarehouseDenominators)
#include "test_warehouse_denominators.moc"
