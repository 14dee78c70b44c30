// The forecast tab on the PostgreSQL warehouse (fixture warehouse_pg): the
// district series (WarehouseDistrictSeries::open) and the Brazilian
// series (the warehouse DataSource) load as they do from an embedded store.
#include "DemoGenerator.h"
#include "forecast/DistrictMapView.h"
#include "forecast/ForecastPanel.h"
#include "ForecastTestData.h"
#include "ImportService.h"
#include "PgLocation.h"
#include "PgTestDatabase.h"
#include "SharedData.h"
#include "WarehouseCatalogue.h"
#include "warehouse/WarehouseSettings.h"
#include "WarehouseSink.h"
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

class TestForecastWarehouse : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_db;

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QFile uriFile(QStringLiteral(WAREHOUSE_URI_FILE));
    if (!uriFile.open(QIODevice::ReadOnly))
      QSKIP("needs the warehouse_pg PostgreSQL fixture (run through ctest)");
    m_db = test::freshDatabase(QString::fromUtf8(uriFile.readAll().trimmed()), QStringLiteral("fc_gui"));

    // 40 days of every powiat, and two small years of demo prescriptions.
    QFile all(sharedDataDir() + QStringLiteral("/data/pl/covid_cases_powiat_daily.tsv"));
    QVERIFY(all.open(QIODevice::ReadOnly));
    const QString tsv = m_dir.filePath(QStringLiteral("covid_head.tsv"));
    QFile head(tsv);
    QVERIFY(head.open(QIODevice::WriteOnly));
    for (int i = 0; i < 1 + 380 * 40 && !all.atEnd(); ++i)
      head.write(all.readLine());
    head.close();
    QString demoError;
    const QStringList files = testing::tinyDemoFiles(m_dir.path(), &demoError);
    QVERIFY2(!files.isEmpty(), qPrintable(demoError));

    QString error;
    auto sink = WarehouseSink::open(PgLocation::parse(m_db, &error), sharedDataDir(), &error);
    QVERIFY2(sink, qPrintable(error));
    QVERIFY(importFiles(QStringLiteral("covid-pl"), *sink, {tsv}).rowsLoaded > 0);
    QVERIFY(importFiles(QStringLiteral("anvisa"), *sink, files).rowsLoaded > 0);
  }

  void districtsAndUfsFromTheWarehouse() {
    QString error;
    std::shared_ptr<const DataSource> source = openWarehouse(m_db, QString(), &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(isWarehouseLocation(source->location()));

    ForecastPanelWidget w;
    QSignalSpy loaded(&w, &ForecastPanelWidget::dataLoaded);
    w.setDataSource(source);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
    QVERIFY2(w.panel().series.size() >= 300, qPrintable(QString::number(w.panel().series.size())));
    QCOMPARE(w.panel().series.front().frequency, Frequency::Daily);
    QVERIFY(w.districtNames().contains(QStringLiteral("PL")));
    QCOMPARE(w.mapView()->features()->size(), 380);

    w.setDataKind(ForecastPanelWidget::DataKind::Uf);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 60000);
    QCOMPARE(int(w.panel().series.size()), 27);
    QCOMPARE(w.mapView()->features()->size(), 27);
    QCOMPARE(w.districtNames().value(QStringLiteral("SP")), QStringLiteral("São Paulo"));
  }
};

QTEST_MAIN(TestForecastWarehouse)
#include "test_forecast_warehouse.moc"
