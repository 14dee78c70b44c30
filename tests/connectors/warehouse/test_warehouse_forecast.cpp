// The forecast path on the PostgreSQL warehouse (CTest fixture warehouse_pg):
// one covid-pl sample imported with `epidesk-cli import covid-pl --db` and
// with `--store` quarantines the same rows, and `epidesk-cli forecast` prints
// the same JSON from both (models nn and ets, 2 backtest origins).
//
// data/covid_pl_sample.tsv: the shared TSV cut to 2023-01-01 onwards and the
// powiats 0201, 0264, 1465, 2261, 3014 plus the rows without a district
// ("NA", kept at national level). The test appends two invalid rows to a copy.
#include "DistrictSeriesStore.h"
#include "PgLocation.h"
#include "WarehouseDistrictSeries.h"
#include "SharedData.h"
#include "WarehouseSink.h"
#include "WarehouseTestSupport.h"
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <optional>

using namespace whtest;
using namespace epidesk;

namespace {

const QStringList kDistricts = {"0201", "0264", "1465", "2261", "3014"};
// Appended to the sample: a negative count and an impossible date.
const char *kInvalidRows = "-3\t0\t\"t0201\"\t\"20240101\"\n"
                           "5\t0\t\"t0264\"\t\"20231345\"\n";

// Data lines of a quarantine CSV (without its header).
int quarantineLines(const QString &path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly))
    return -1;
  return int(f.readAll().trimmed().split('\n').size()) - 1;
}

} // namespace

class TestWarehouseForecast : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  // The sample in the warehouse and in a store, with both import summaries.
  struct Sample {
    QString db, store;
    Run dbImport, storeImport;
  };
  std::optional<Sample> m_sample;

  // Imported by whichever test needs it first (the tests only read it), so
  // every test runs alone or in any order.
  const Sample &sample() {
    if (!m_sample) {
      QFile in(QStringLiteral(EPIDESK_TEST_DATA_DIR "/covid_pl_sample.tsv"));
      const QString tsv = m_dir.filePath("covid_pl_sample.tsv");
      QFile copy(tsv);
      if (!in.open(QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly))
        qFatal("cannot copy %s", qPrintable(in.fileName()));
      copy.write(in.readAll() + kInvalidRows);
      copy.close();
      Sample s;
      s.db = freshDatabase("wh_forecast");
      s.store = m_dir.filePath("forecast.gpkg");
      s.dbImport = cli({"import", "covid-pl", "--db", s.db, tsv});
      s.storeImport = cli({"import", "covid-pl", "--store", s.store, tsv});
      m_sample = s;
    }
    return *m_sample;
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CACHE_HOME", m_dir.filePath("cache").toUtf8());
    QVERIFY(!serverUri().isEmpty());
  }

  void importsQuarantineTheSameRows() {
    const Sample &sample = this->sample();
    const Run &db = sample.dbImport, &store = sample.storeImport;
    QVERIFY2(db.exitCode == 0, db.err.constData());
    QVERIFY2(store.exitCode == 0, store.err.constData());

    QCOMPARE(comparable(db.json()), comparable(store.json()));
    const qint64 quarantined = db.json().value("rows_quarantined").toInteger();
    QCOMPARE(quarantined, 2);
    QCOMPARE(store.json().value("rows_quarantined").toInteger(), quarantined);
    QCOMPARE(scalar(sample.db, "SELECT count(*) FROM quarantine"), quarantined);
    QCOMPARE(quarantineLines(db.json().value("quarantine_csv").toString()), int(quarantined));
    QCOMPARE(quarantineLines(store.json().value("quarantine_csv").toString()), int(quarantined));
    QVERIFY(db.json().value("warnings").toInteger() > 0); // the "NA" rows
    QCOMPARE(scalar(sample.db, "SELECT count(DISTINCT code) FROM district_daily WHERE code <> 0"),
             qint64(kDistricts.size()));
  }

  void sameForecastFromDbAndStore_data() {
    QTest::addColumn<QString>("model");
    QTest::newRow("nn") << "nn";
    QTest::newRow("ets") << "ets";
  }

  void sameForecastFromDbAndStore() {
    QFETCH(QString, model);
    const Sample &sample = this->sample();
    QVERIFY2(sample.dbImport.exitCode == 0, sample.dbImport.err.constData());
    QVERIFY2(sample.storeImport.exitCode == 0, sample.storeImport.err.constData());
    const QString selector = kDistricts.join(',') + ",PL";
    const QStringList request = {"--series",  selector, "--model",    model,
                                 "--horizon", "14",     "--backtest", "2"};
    const Run db = cli(QStringList{"forecast", "--db", sample.db} + request);
    QVERIFY2(db.exitCode == 0, db.err.constData());
    const Run store = cli(QStringList{"forecast", "--store", sample.store} + request);
    QVERIFY2(store.exitCode == 0, store.err.constData());
    QVERIFY2(db.out == store.out, "forecast JSON differs between --db and --store");

    const QJsonObject json = db.json();
    QCOMPARE(json.value("model").toString(), model);
    const QJsonObject forecasts = json.value("forecasts").toObject();
    QVERIFY2(!forecasts.isEmpty(), db.out.left(2000).constData());
    for (const QString &code : kDistricts + QStringList{"PL"}) {
      if (!forecasts.contains(code)) {
        // Only a per-series failure may leave a series out, and it must say why.
        QVERIFY2(json.value("errors").toObject().contains(code), qPrintable(code));
        continue;
      }
      const QJsonArray points = forecasts.value(code).toArray();
      QCOMPARE(points.size(), 14);
      QCOMPARE(points.first().toObject().value("period").toString(), QString("2024-03-22"));
      QVERIFY(json.value("backtest").toObject().value(code).toObject().value("origins").toInt() == 2);
    }
    QVERIFY(forecasts.contains("PL"));
    QVERIFY(forecasts.contains("1465"));
  }

  // Importing the same file again replaces its load: same series, same
  // quarantine, one provenance row.
  void reimportReplacesTheDistrictLoad() {
    sample(); // writes the sample file
    const QString db = freshDatabase("wh_reimport");
    const QString tsv = m_dir.filePath("covid_pl_sample.tsv");
    const std::string counts =
        "SELECT (SELECT count(*) FROM district_daily) * 1000000 + "
        "(SELECT count(*) FROM quarantine) * 1000 + (SELECT count(*) FROM import_file)";
    const Run first = cli({"import", "covid-pl", "--db", db, tsv});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const qint64 before = scalar(db, counts);
    QVERIFY(before > 1000000);
    const Run again = cli({"import", "covid-pl", "--db", db, tsv});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(scalar(db, counts), before);
    QCOMPARE(scalar(db, "SELECT count(*) FROM import_file"), 1);
  }

  // The file name is the identity of a load whatever format wrote it: a
  // district-series load replaces a sales load of the same name and back.
  void aFileNameReplacesAcrossFormats() {
    QString error;
    const QString uri = freshDatabase("wh_replace");
    const PgLocation location = PgLocation::parse(uri, &error);
    QVERIFY2(location.isValid(), qPrintable(error));
    auto sink = WarehouseSink::open(location, sharedDataDir(), &error);
    QVERIFY2(sink, qPrintable(error));
    auto districts = WarehouseDistrictSeries::open(location, &error);
    QVERIFY2(districts, qPrintable(error));

    FileLoad sales;
    sales.fileName = QStringLiteral("shared_name.csv");
    sales.importedAt = QDateTime::currentDateTimeUtc();
    sales.ingredients = {QStringLiteral("AMOXICILINA")};
    sales.sales = {{201401, 31, 3106200, 0, 4, 9}, {201401, 31, 0, 0, 1, 2}};
    sales.quarantine = {{sales.fileName, 3, "QTD_VENDIDA", "negative", "-1"}};
    DistrictLoad days;
    days.fileName = sales.fileName;
    days.importedAt = sales.importedAt;
    days.days = {{"0201", QDate(2023, 1, 2), 5, 1}};
    days.districts = {{"0201", QStringLiteral("powiat bolesławiecki")}};

    QCOMPARE(sink->replaceFileLoad(sales, nullptr, &error), FileWriter::Status::Written);
    QCOMPARE(scalar(uri, "SELECT sum(units) FROM sales_month_uf"), 11);
    QCOMPARE(districts->replaceFileLoad(days, nullptr, &error), FileWriter::Status::Written);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM district_daily"), 1);
    for (const char *table : {"sales_month", "sales_month_uf", "sales_profile", "quarantine"})
      QCOMPARE(scalar(uri, std::string("SELECT count(*) FROM ") + table), 0);
    QCOMPARE(sink->replaceFileLoad(sales, nullptr, &error), FileWriter::Status::Written);
    QCOMPARE(sink->replaceFileLoad(sales, nullptr, &error), FileWriter::Status::Written);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM district_daily"), 0);
    QCOMPARE(scalar(uri, "SELECT sum(units) FROM sales_month"), 11);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM quarantine"), 1);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM import_file"), 1);
  }
};

QTEST_GUILESS_MAIN(TestWarehouseForecast)
#include "test_warehouse_forecast.moc"
