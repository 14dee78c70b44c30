// The embedded store's all-ingredient rollup (sales_month_all, schema 3)
// against the raw sums of sales_month, after every kind of write; generated
// demo files (two seeds) and the ANVISA fixture.
#include "DemoGenerator.h"
#include "DistrictSeriesStore.h"
#include "EmbeddedDistrictSeries.h"
#include "EmbeddedStore.h"
#include "ImportService.h"
#include "SharedData.h"
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace epidesk;

namespace {

const QString kFebruary = QStringLiteral(EPIDESK_TEST_DATA_DIR "/EDA_Industrializados_201401.csv");

// Rows of a query on the store file, each as text, for exact comparisons.
QStringList queryRows(const QString &path, const char *sql) {
  sqlite3 *db = nullptr;
  QStringList rows;
  if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    return {QStringLiteral("cannot open")};
  sqlite3_stmt *st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
    rows << QString::fromUtf8(sqlite3_errmsg(db));
  while (st && sqlite3_step(st) == SQLITE_ROW) {
    QStringList cells;
    for (int c = 0; c < sqlite3_column_count(st); ++c)
      cells << QString::number(sqlite3_column_int64(st, c));
    rows << cells.join(',');
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return rows;
}

// The rollup, and the same sums recomputed from the raw rows of every load.
const char *kRollupRows =
    "SELECT period, uf_code, municipality_code, prescriptions, units FROM sales_month_all ORDER BY 1, 2, 3";
const char *kRawSums =
    "SELECT period, uf_code, municipality_code, SUM(prescriptions), SUM(units) FROM sales_month "
    "WHERE file_id IN (SELECT id FROM import_file) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";

} // namespace

class TestStoreRollup : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;

private slots:
  // The all-ingredient rollup equals the raw sums after every kind of write:
  // first loads, replacing loads with other (random) content, a sales file
  // replaced by a district load and back, and an upgrade of a version-2 store.
  void rollupStaysExact() {
    QVERIFY(m_dir.isValid());
    QString error;
    auto store =
        EmbeddedStore::create(m_dir.filePath(QStringLiteral("rollup.gpkg")), sharedDataDir(), &error);
    QVERIFY2(store, qPrintable(error));
    const QString path = store->location();
    auto exact = [&](const char *step) {
      const QStringList rollup = queryRows(path, kRollupRows), raw = queryRows(path, kRawSums);
      if (rollup != raw)
        qWarning("%s: rollup %lld rows, raw %lld rows", step, qint64(rollup.size()), qint64(raw.size()));
      return rollup == raw;
    };
    QTemporaryDir a, b;
    DemoOptions options;
    options.scale = 0.0002;
    options.fromYear = options.toYear = 2014;
    options.outDir = a.path();
    options.seed = 1;
    const DemoManifest first = DemoGenerator::generate(options, sharedDataDir());
    QVERIFY2(first.ok(), qPrintable(first.error));
    options.outDir = b.path();
    options.seed = 2;
    const DemoManifest second = DemoGenerator::generate(options, sharedDataDir());
    QVERIFY2(second.ok(), qPrintable(second.error));
    QStringList firstFiles, secondFiles;
    for (const DemoFile &f : first.files)
      firstFiles << f.path;
    for (const DemoFile &f : second.files)
      secondFiles << f.path;

    const ImportSummary loaded = importFiles("anvisa", *store, firstFiles);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors().join("; ")));
    QVERIFY(queryRows(path, kRollupRows).size() > 1000);
    QVERIFY(exact("first loads"));
    QVERIFY(importFiles("anvisa", *store, {kFebruary}).ok()); // replaces the generated January
    QVERIFY(exact("the fixture's January"));
    QVERIFY(importFiles("anvisa", *store, secondFiles.mid(0, 5)).ok()); // same names, other rows
    QVERIFY(exact("replaced by other content"));
    auto districts = EmbeddedDistrictSeries::open(path, &error);
    QVERIFY2(districts, qPrintable(error));
    DistrictLoad load;
    load.fileName = QFileInfo(secondFiles.at(2)).fileName();
    load.importedAt = QDateTime::currentDateTimeUtc();
    load.days = {{"0201", QDate(2023, 1, 2), 5, 1}};
    load.districts = {{"0201", "powiat bolesławiecki"}};
    QCOMPARE(districts->replaceFileLoad(load, nullptr, &error), FileWriter::Status::Written);
    QVERIFY(exact("a sales load replaced by a district load"));
    QVERIFY(importFiles("anvisa", *store, {secondFiles.at(2)}).ok());
    QVERIFY(exact("and back"));
    // What the trends read for "all ingredients" is the rollup, row for row.
    QCOMPARE(qint64(store->salesCells({}).size()), qint64(queryRows(path, kRawSums).size()));
    const QStringList before = queryRows(path, kRollupRows);
    store.reset();

    // A version-2 store (no rollup) is upgraded and filled on open.
    {
      sqlite3 *db = nullptr;
      QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
      QCOMPARE(sqlite3_exec(db,
                            "DROP TABLE sales_month_all; UPDATE epidesk_meta SET value = '2' "
                            "WHERE key = 'schema_version'",
                            nullptr, nullptr, nullptr),
               SQLITE_OK);
      sqlite3_close(db);
    }
    store = EmbeddedStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(queryRows(path, kRollupRows), before);
    QCOMPARE(queryRows(path, "SELECT value FROM epidesk_meta WHERE key = 'schema_version'"),
             QStringList{"3"});
  }
};

QTEST_GUILESS_MAIN(TestStoreRollup)
#include "test_store_rollup.moc"
