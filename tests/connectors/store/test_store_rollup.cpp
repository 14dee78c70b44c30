// The embedded store's rollups (sales_month_all, schema 3; the year rollup
// sales_year_all and the state marts sales_month_uf and
// sales_month_uf_all, schema 4) against the raw sums of
// sales_month, after every kind of write, and what the store answers from
// them; generated demo files (two seeds) and the ANVISA fixture. And a held
// snapshot, which keeps a reader on one data version during an import.
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
// The state of a cell: its UF, or for unmatched names (UF 0) the first two
// digits of the 7-digit IBGE code, written out here independently.
#define STATE_OF "(CASE WHEN uf_code <> 0 THEN uf_code ELSE municipality_code / 100000 END)"
const char *kStateRollupRows =
    "SELECT ingredient_id, period, uf_code, SUM(prescriptions), SUM(units) FROM sales_month_uf "
    "WHERE file_id IN (SELECT id FROM import_file) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
const char *kStateRawSums = "SELECT ingredient_id, period, " STATE_OF ", SUM(prescriptions), SUM(units) "
                            "FROM sales_month WHERE file_id IN (SELECT id FROM import_file) "
                            "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
const char *kStateAllRollupRows =
    "SELECT period, uf_code, SUM(prescriptions), SUM(units) FROM sales_month_uf_all "
    "WHERE file_id IN (SELECT id FROM import_file) GROUP BY 1, 2 ORDER BY 1, 2";
const char *kStateAllRawSums = "SELECT period, " STATE_OF ", SUM(prescriptions), SUM(units) FROM sales_month "
                               "WHERE file_id IN (SELECT id FROM import_file) GROUP BY 1, 2 ORDER BY 1, 2";
const char *kYearAllRows =
    "SELECT year, uf_code, municipality_code, prescriptions, units FROM sales_year_all ORDER BY 1, 2, 3";
const char *kYearAllRawSums =
    "SELECT period / 100, uf_code, municipality_code, SUM(prescriptions), SUM(units) FROM sales_month "
    "WHERE file_id IN (SELECT id FROM import_file) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
// Rows of the marts that no current load owns (a replaced load left behind).
const char *kOrphans = "SELECT (SELECT COUNT(*) FROM sales_month_uf WHERE file_id NOT IN (SELECT id FROM "
                       "import_file)) + (SELECT COUNT(*) FROM sales_month_uf_all WHERE file_id NOT IN "
                       "(SELECT id FROM import_file))";

// A store's cells as rows "period,uf,municipality,prescriptions,units".
QStringList cellRows(const std::vector<SalesCell> &cells) {
  QStringList rows;
  for (const SalesCell &c : cells)
    rows << QStringLiteral("%1,%2,%3,%4,%5")
                .arg(c.period)
                .arg(c.ufCode)
                .arg(c.municipalityCode)
                .arg(qint64(c.prescriptions))
                .arg(qint64(c.units));
  return rows;
}

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
      bool same = true;
      for (const auto &[rollupSql, rawSql] : {std::pair{kRollupRows, kRawSums},
                                              {kStateRollupRows, kStateRawSums},
                                              {kStateAllRollupRows, kStateAllRawSums},
                                              {kYearAllRows, kYearAllRawSums}}) {
        const QStringList rollup = queryRows(path, rollupSql), raw = queryRows(path, rawSql);
        if (rollup != raw)
          qWarning("%s: %s: rollup %lld rows, raw %lld rows", step, rollupSql, qint64(rollup.size()),
                   qint64(raw.size()));
        same = same && rollup == raw;
      }
      return same && queryRows(path, kOrphans) == QStringList{"0"};
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
    // What the store answers from the rollups is the raw sums, at both levels,
    // for every ingredient and for one (exact and substring, alone or in a list).
    QCOMPARE(cellRows(store->salesCells({})), queryRows(path, kRawSums));
    SalesFilter states;
    states.byMunicipality = false;
    QStringList stateRaw;
    for (const QString &row : queryRows(path, kStateAllRawSums)) {
      QStringList cells = row.split(',');
      cells.insert(2, QStringLiteral("0"));
      stateRaw << cells.join(',');
    }
    QCOMPARE(cellRows(store->salesCells(states)), stateRaw);
    SalesFilter years;
    years.byYear = true;
    QStringList yearRaw;
    for (const QString &row : queryRows(path, kYearAllRawSums)) {
      QStringList cells = row.split(',');
      cells[0] += QStringLiteral("00"); // one cell per year: yyyy00
      yearRaw << cells.join(',');
    }
    QCOMPARE(cellRows(store->salesCells(years)), yearRaw);
    const QStringList names = store->ingredients();
    QVERIFY(names.size() > 3);
    const QString one = names.at(names.size() / 2);
    SalesFilter exactOne = states;
    exactOne.ingredientContains = QStringLiteral("=") + one.toLower();
    SalesFilter listed = states;
    listed.ingredientContains = QStringLiteral("zzz-no-such | =") + one;
    const QStringList oneRows = cellRows(store->salesCells(exactOne));
    QVERIFY(!oneRows.isEmpty());
    QCOMPARE(cellRows(store->salesCells(listed)), oneRows);
    QCOMPARE(store->matchingIngredients(exactOne.ingredientContains), QStringList{one});
    QVERIFY(cellRows(store->salesCells(states)) != oneRows);
    const QStringList before = queryRows(path, kRollupRows);
    const QStringList stateBefore = queryRows(path, kStateRollupRows);
    const QStringList stateAllBefore = queryRows(path, kStateAllRollupRows);
    const QStringList yearBefore = queryRows(path, kYearAllRows);
    store.reset();

    // A version-2 store (no rollups) is upgraded and filled on open.
    {
      sqlite3 *db = nullptr;
      QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
      QCOMPARE(sqlite3_exec(db,
                            "DROP TABLE sales_month_all; DROP TABLE sales_month_uf; DROP TABLE "
                            "sales_month_uf_all; DROP TABLE sales_year_all; "
                            "UPDATE epidesk_meta SET value = '2' "
                            "WHERE key = 'schema_version'",
                            nullptr, nullptr, nullptr),
               SQLITE_OK);
      sqlite3_close(db);
    }
    store = EmbeddedStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(queryRows(path, kRollupRows), before);
    QCOMPARE(queryRows(path, kStateRollupRows), stateBefore);
    QCOMPARE(queryRows(path, kStateAllRollupRows), stateAllBefore);
    QCOMPARE(queryRows(path, kYearAllRows), yearBefore);
    QVERIFY(exact("upgrade"));
    QCOMPARE(queryRows(path, "SELECT value FROM epidesk_meta WHERE key = 'schema_version'"),
             QStringList{"4"});
  }

  // A store holding its snapshot (the desktop's, during an import) reads the
  // data as it was, whatever another connection commits, until released.
  void heldSnapshotHidesAnImport() {
    QString error;
    auto writer = EmbeddedStore::create(m_dir.filePath(QStringLiteral("held.gpkg")), sharedDataDir(), &error);
    QVERIFY2(writer, qPrintable(error));
    auto reader = EmbeddedStore::open(writer->location(), &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(reader->salesCells({}).empty());
    reader->holdSnapshot(true);
    QVERIFY(importFiles("anvisa", *writer, {kFebruary}).ok());
    QVERIFY(!writer->salesCells({}).empty());
    QVERIFY(reader->salesCells({}).empty());
    QVERIFY(reader->imports().empty());
    reader->holdSnapshot(false);
    QCOMPARE(cellRows(reader->salesCells({})), cellRows(writer->salesCells({})));
    QCOMPARE(reader->imports().size(), size_t(1));
  }
};

QTEST_GUILESS_MAIN(TestStoreRollup)
#include "test_store_rollup.moc"
