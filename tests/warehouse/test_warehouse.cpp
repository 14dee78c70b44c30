// The PostgreSQL warehouse against a real server (CTest fixture
// warehouse_pg): migrations, ingest counts and re-import, identical trends
// from --store and --db, snapshots, injection attempts and a load killed
// with SIGKILL mid-file. Each test works in a database of its own.
#include "Cp1252.h"
#include "DataSource.h"
#include "PgConnection.h"
#include "PgLocation.h"
#include "WarehouseCatalogue.h"
#include "WarehouseError.h"
#include "WarehouseMigrations.h"
#include "WarehouseTestSupport.h"
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <optional>
#include <signal.h>

using namespace whtest;

namespace {

const char *kClassicHeader =
    "ANO_VENDA;MES_VENDA;UF_VENDA;MUNICIPIO_VENDA;PRINCIPIO_ATIVO;DESCRICAO_APRESENTACAO;"
    "QTD_VENDIDA;UNIDADE_MEDIDA;CONSELHO_PRESCRITOR;UF_CONSELHO_PRESCRITOR;"
    "TIPO_RECEITUARIO;CID10;SEXO;IDADE;UNIDADE_IDADE";

QString fixture(const char *name) {
  return QDir(QStringLiteral(CONNECTORS_TEST_DATA_DIR)).filePath(QString::fromLatin1(name));
}

void writeCp1252(const QString &path, const QStringList &lines) {
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write(epidesk::Cp1252::fromUnicode(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")));
}

bool tableExists(const QString &uri, const char *table) {
  return scalar(uri, std::string("SELECT (to_regclass('public.") + table + "') IS NOT NULL)::int") == 1;
}

} // namespace

class TestWarehouse : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QString m_demoDb; // loaded with the demo files by storeAndDbGiveIdenticalTrends
  QString m_store;

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    // The boundary cache and quarantine CSVs go to the test's folder, not ~/.cache.
    qputenv("XDG_CACHE_HOME", m_dir.filePath("cache").toUtf8());
    QVERIFY(!serverUri().isEmpty());
  }

  void locationHidesPassword() {
    QString error;
    epidesk::PgLocation l = epidesk::PgLocation::parse(
        "postgresql://ana:s%40cret@db.example:5433/sales?sslmode=require&snapshot=q1", &error);
    QVERIFY(l.isValid());
    QCOMPARE(l.snapshot(), QString("q1"));
    QVERIFY(!l.display().contains("cret"));
    QVERIFY(l.display().contains("sslmode=require"));
    QVERIFY(QString::fromStdString(l.conninfo()).contains("password=s%40cret"));
    QVERIFY(!QString::fromStdString(l.conninfo()).contains("snapshot"));
    QVERIFY(!epidesk::PgLocation::parse("/tmp/store.gpkg", &error).isValid());
  }

  void migrationsFromEmpty() {
    const QString uri = freshDatabase("wh_migrate_empty");
    QJsonArray all; // every version, whoever added the latest
    for (const auto &m : epidesk::WarehouseMigrations::all())
      all.append(m.version);
    const Run first = cli({"warehouse", "migrate", "--db", uri});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.json().value("applied").toArray(), all);
    const Run again = cli({"warehouse", "migrate", "--db", uri});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json().value("applied").toArray(), QJsonArray());
    QCOMPARE(again.json().value("versions").toArray(), all);
    // Reference dimensions are loaded from the shared data.
    QCOMPARE(scalar(uri, "SELECT count(*) FROM uf"), 27);
    QVERIFY(scalar(uri, "SELECT count(*) FROM municipality") > 5000);
    QVERIFY(scalar(uri, "SELECT count(*) FROM population") > 50000);
    // Every table and column is described.
    QCOMPARE(scalar(uri, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') "
                         "AND obj_description(c.oid, 'pg_class') IS NULL"),
             0);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                         "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
                         "AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped "
                         "AND col_description(c.oid, a.attnum) IS NULL"),
             0);
  }

  void migrationFromPreviousVersion() {
    const QString uri = freshDatabase("wh_migrate_v1");
    pqxx::connection c(uri.toStdString());
    QCOMPARE(epidesk::WarehouseMigrations::migrate(c, 1), QList<int>({1}));
    QVERIFY(!tableExists(uri, "sales_profile"));
    QCOMPARE(epidesk::WarehouseMigrations::appliedVersions(c), QList<int>({1}));
    // Mart rows loaded under version 1: version 3 derives the state-level mart
    // from them (the unmatched name, municipality 0, counts for its state).
    {
      pqxx::work tx(c);
      tx.exec("INSERT INTO sales_month VALUES (1, 7, 201401, 35, 3550308, 2, 20), "
              "(1, 7, 201401, 35, 0, 1, 5), (1, 7, 201401, 31, 3106200, 4, 8)");
      tx.commit();
    }
    const Run run = cli({"warehouse", "migrate", "--db", uri});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonArray later;
    for (const auto &m : epidesk::WarehouseMigrations::all())
      if (m.version > 1)
        later.append(m.version);
    QCOMPARE(run.json().value("applied").toArray(), later);
    QVERIFY(tableExists(uri, "sales_profile"));
    QCOMPARE(scalar(uri, "SELECT count(*) FROM pg_indexes WHERE indexname = 'sales_month_by_ingredient'"), 1);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sales_month_uf"), 2);
    QCOMPARE(scalar(uri, "SELECT units FROM sales_month_uf WHERE uf_code = 35"), 25);
    QCOMPARE(scalar(uri, "SELECT prescriptions FROM sales_month_uf WHERE uf_code = 31"), 4);
  }

  void ingestCountsAndReimport() {
    const QString uri = freshDatabase("wh_ingest");
    const QStringList files = {fixture("EDA_Industrializados_201401.csv"),
                               fixture("EDA_Industrializados_201402.csv")};
    const Run db = cli(QStringList{"import", "anvisa", "--db", uri} + files);
    QVERIFY2(db.exitCode == 0, db.err.constData());
    const Run store = cli(QStringList{"import", "anvisa", "--store", m_dir.filePath("ingest.gpkg")} + files);
    QVERIFY2(store.exitCode == 0, store.err.constData());
    // Same summary as the embedded import.
    QCOMPARE(comparable(db.json()), comparable(store.json()));
    const QJsonObject s = db.json();
    const qint64 loaded = s.value("rows_loaded").toInteger();
    const qint64 quarantined = s.value("rows_quarantined").toInteger();
    QCOMPARE(s.value("rows_read").toInteger(), loaded + quarantined);
    QVERIFY(quarantined > 0);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sale_record"), loaded);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM quarantine"), quarantined);
    QCOMPARE(scalar(uri, "SELECT sum(prescriptions) FROM sales_month"), loaded);
    QCOMPARE(scalar(uri, "SELECT sum(prescriptions) FROM sales_profile"), loaded);
    QCOMPARE(scalar(uri, "SELECT sum(prescriptions) FROM sales_month_uf"), loaded);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM import_file"), 2);
    // Text decoded from Windows-1252 on the way in.
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sale_record WHERE municipality = 'SÃO VICENTE'"), 1);
    QCOMPARE(
        scalar(uri, "SELECT count(*) FROM ingredient WHERE name = 'AMOXICILINA + CLAVULANATO DE POTÁSSIO'"),
        1);

    // Re-importing replaces: same counts, not doubled.
    const Run again = cli(QStringList{"import", "anvisa", "--db", uri} + files);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sale_record"), loaded);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM quarantine"), quarantined);
    QCOMPARE(scalar(uri, "SELECT sum(prescriptions) FROM sales_month"), loaded);
    QCOMPARE(scalar(uri, "SELECT sum(prescriptions) FROM sales_month_uf"), loaded);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM import_file"), 2);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM unmatched_municipality"),
             s.value("unmatched_municipalities").toArray().size());
  }

  void utf8FileIsStoredDecoded() {
    const QString uri = freshDatabase("wh_utf8");
    const QString file = m_dir.filePath("EDA_Industrializados_201406.csv");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(kClassicHeader) + "\n" +
            QStringLiteral("2014;6;SP;SÃO PAULO;AMOXICILINA;AMOX 500;3;CAIXA;CRM;SP;5;;2;40;1\n").toUtf8());
    f.close();
    const Run run = cli({"import", "anvisa", "--db", uri, file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("per_file").toArray().first().toObject().value("encoding").toString(),
             QStringLiteral("utf-8"));
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sale_record WHERE municipality = 'SÃO PAULO'"), 1);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM unmatched_municipality"), 0);
  }

  void injectionIsData() {
    const QString uri = freshDatabase("wh_injection");
    const QString file = m_dir.filePath("EDA_Industrializados_201405.csv");
    writeCp1252(
        file, {QString::fromLatin1(kClassicHeader),
               // ';' splits fields: this row is quarantined with its raw text.
               "2014;5;MG;D'ÁVILA'; DROP TABLE x;--;AMOXICILINA;AMOX 500;1;CAIXA;CRM;MG;5;;1;30;1",
               "2014;5;MG;D'ÁVILA' OR '1'='1;ROBERT') DROP TABLE ingredient --;X 1;2;CAIXA;CRM;MG;5;;1;30;1",
               "2014;5;MG;BELO HORIZONTE;AMOXICILINA;AMOX 500;3;CAIXA;CRM;MG;5;;2;40;1"});
    const Run run = cli({"import", "anvisa", "--db", uri, file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value("rows_quarantined").toInteger(), 1);
    for (const char *t : {"uf", "municipality", "ingredient", "sale_record", "sales_month", "quarantine"})
      QVERIFY2(tableExists(uri, t), t);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM quarantine WHERE raw LIKE '%D''ÁVILA''; DROP TABLE x;--%'"),
             1);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sale_record WHERE municipality = 'D''ÁVILA'' OR ''1''=''1'"),
             1);
    QCOMPARE(
        scalar(uri, "SELECT count(*) FROM unmatched_municipality WHERE name = 'D''ÁVILA'' OR ''1''=''1'"), 1);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM ingredient WHERE name = 'ROBERT'') DROP TABLE ingredient --'"),
             1);

    // Filters are data too.
    const qint64 ingredients = scalar(uri, "SELECT count(*) FROM ingredient");
    const Run hostile = cli({"trends", "--db", uri, "--ingredient-contains", "'; DROP TABLE ingredient;--"});
    Q_UNUSED(hostile); // matches nothing; what matters is that nothing ran
    QVERIFY(tableExists(uri, "ingredient"));
    QCOMPARE(scalar(uri, "SELECT count(*) FROM ingredient"), ingredients);
    const Run robert =
        cli({"trends", "--db", uri, "--ingredient-contains", "ROBERT') DROP", "--level", "uf"});
    QVERIFY2(robert.exitCode == 0, robert.err.constData());
    QVERIFY(robert.json().value("series").toObject().contains("MG"));
    // Snapshot names are validated before any SQL.
    const Run badName = cli({"warehouse", "snapshot", "x; DROP TABLE uf", "--db", uri});
    QCOMPARE(badName.exitCode, 2);
    QVERIFY(tableExists(uri, "uf"));
  }

  void storeAndDbGiveIdenticalTrends() {
    const Run gen = cli({"demo", "generate", m_dir.filePath("demo"), "--seed", "11", "--scale", "0.001"});
    QVERIFY2(gen.exitCode == 0, gen.err.constData());
    QStringList files;
    for (const QFileInfo &fi :
         QDir(m_dir.filePath("demo")).entryInfoList({"EDA_Industrializados_*.csv"}, QDir::Files, QDir::Name))
      files << fi.absoluteFilePath();
    QCOMPARE(files.size(), 96);
    m_demoDb = freshDatabase("wh_demo");
    m_store = m_dir.filePath("demo.gpkg");
    const Run db = cli(QStringList{"import", "anvisa", "--db", m_demoDb} + files);
    QVERIFY2(db.exitCode == 0, db.err.constData());
    const Run store = cli(QStringList{"import", "anvisa", "--store", m_store} + files);
    QVERIFY2(store.exitCode == 0, store.err.constData());
    QCOMPARE(comparable(db.json()), comparable(store.json()));
    QCOMPARE(scalar(m_demoDb, "SELECT count(*) FROM sale_record"),
             db.json().value("rows_loaded").toInteger());
    // The state-level mart is the municipality mart summed per state.
    QCOMPARE(scalar(m_demoDb,
                    "SELECT count(*) FROM (SELECT file_id, ingredient_id, period, "
                    "CASE WHEN uf_code <> 0 THEN uf_code ELSE municipality_code / 100000 END AS uf, "
                    "sum(prescriptions) AS p, sum(units) AS u FROM sales_month GROUP BY 1, 2, 3, 4) m "
                    "FULL JOIN sales_month_uf s ON (s.file_id, s.ingredient_id, s.period, s.uf_code) = "
                    "(m.file_id, m.ingredient_id, m.period, m.uf) "
                    "WHERE s.prescriptions IS DISTINCT FROM m.p OR s.units IS DISTINCT FROM m.u"),
             0);

    const QList<QStringList> requests = {
        {"--ingredient-contains", "azitromicina", "--level", "uf", "--period", "year"},
        {"--ingredient-contains", "amoxicilina", "--level", "municipality", "--period", "month"},
        {"--level", "region", "--from", "2016", "--to", "2019"},
        {"--ingredient-contains", "amoxicilina", "--level", "country", "--period", "month", "--per-1000"},
    };
    for (const QStringList &request : requests) {
      const Run a = cli(QStringList{"trends", "--store", m_store} + request);
      const Run b = cli(QStringList{"trends", "--db", m_demoDb} + request);
      QVERIFY2(a.exitCode == 0, a.err.constData());
      QVERIFY2(b.exitCode == 0, b.err.constData());
      QVERIFY2(a.out == b.out, qPrintable(request.join(' ')));
    }
    const Run both = cli({"trends", "--store", m_store, "--db", m_demoDb});
    QCOMPARE(both.exitCode, 2);
  }

  void snapshotIsolation() {
    if (m_demoDb.isEmpty())
      QSKIP("needs storeAndDbGiveIdenticalTrends");
    const QStringList request = {
        "--ingredient-contains", "azitromicina", "--level", "uf", "--period", "month"};
    const Run before = cli(QStringList{"trends", "--db", m_demoDb} + request);
    QVERIFY2(before.exitCode == 0, before.err.constData());
    const Run snap = cli({"warehouse", "snapshot", "q1", "--db", m_demoDb});
    QVERIFY2(snap.exitCode == 0, snap.err.constData());
    const QString snapshotUri = snap.json().value("uri").toString();
    QVERIFY(snapshotUri.contains("snapshot=q1"));
    QCOMPARE(cli({"warehouse", "snapshot", "q1", "--db", m_demoDb}).exitCode, 1); // taken

    // A later load changes the live marts...
    const Run load = cli({"import", "anvisa", "--db", m_demoDb, fixture("EDA_Industrializados_201401.csv")});
    QVERIFY2(load.exitCode == 0, load.err.constData());
    const Run after = cli(QStringList{"trends", "--db", m_demoDb} + request);
    QVERIFY2(after.exitCode == 0, after.err.constData());
    QVERIFY(after.out != before.out);
    // ...but not the snapshot.
    const Run frozen = cli(QStringList{"trends", "--db", snapshotUri} + request);
    QVERIFY2(frozen.exitCode == 0, frozen.err.constData());
    QCOMPARE(frozen.out, before.out);
    QVERIFY(cli({"trends", "--db", m_demoDb + "?snapshot=nope"}).exitCode != 0);
  }

  // What the dashboard's banner and its message box tell apart, from the
  // views' warehouse DataSource, without libpqxx in the views.
  void serverFailuresReachTheViewsAsWarehouseErrors() {
    using epidesk::WarehouseError;
    const QString uri = freshDatabase("wh_errors");
    QString error;
    std::shared_ptr<const epidesk::DataSource> source = epidesk::openWarehouse(uri, QString(), &error);
    QVERIFY2(source, qPrintable(error));
    QVERIFY(source->salesCells({}).empty());
    auto failure = [&]() -> std::optional<WarehouseError> {
      try {
        source->salesCells({});
      } catch (const WarehouseError &e) {
        return e;
      }
      return std::nullopt;
    };

    auto execute = [&uri](const std::string &sql) {
      pqxx::connection c(uri.toStdString());
      pqxx::nontransaction(c).exec(sql);
    };
    execute("ALTER TABLE ingredient RENAME TO ingredient_away");
    std::optional<WarehouseError> failed = failure();
    QVERIFY(failed);
    QCOMPARE(failed->kind(), WarehouseError::Kind::QueryFailed);
    QVERIFY2(failed->message().contains("ingredient"), qPrintable(failed->message()));
    execute("ALTER TABLE ingredient_away RENAME TO ingredient");
    QVERIFY(!failure()); // the same connection answers again

    // The server ends the session (a restart, an administrator).
    QCOMPARE(scalar(uri, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                         "WHERE datname = 'wh_errors' AND application_name = 'EpiDesk'"),
             1);
    const std::optional<WarehouseError> lost = failure();
    QVERIFY(lost);
    QCOMPARE(lost->kind(), WarehouseError::Kind::ConnectionLost);
    QVERIFY(!lost->message().isEmpty());
  }

  void killedLoadLeavesNothing() {
    const QString uri = freshDatabase("wh_kill");
    QVERIFY(cli({"warehouse", "migrate", "--db", uri}).exitCode == 0);
    // A big file of June 2013: long enough to be caught mid-COPY.
    const QString file = m_dir.filePath("EDA_Industrializados_201306.csv");
    const int rows = 1500000;
    {
      QFile f(file);
      QVERIFY(f.open(QIODevice::WriteOnly));
      QByteArray chunk = QByteArray(kClassicHeader) + "\r\n";
      const char *places[] = {"SAO PAULO", "BELO HORIZONTE", "RIO DE JANEIRO", "SALVADOR"};
      const char *ufs[] = {"SP", "MG", "RJ", "BA"};
      for (int i = 0; i < rows; ++i) {
        chunk += "2013;6;" + QByteArray(ufs[i % 4]) + ';' + places[i % 4] + ";AMOXICILINA;AMOX 500;" +
                 QByteArray::number(1 + i % 7) + ";CAIXA;CRM;SP;5;J18;" + QByteArray::number(1 + i % 2) +
                 ';' + QByteArray::number(i % 90) + ";1\r\n";
        if (chunk.size() > (1 << 20)) {
          f.write(chunk);
          chunk.clear();
        }
      }
      f.write(chunk);
    }
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(QStringLiteral(EPIDESK_CLI), {"import", "anvisa", "--db", uri, file});
    QVERIFY(p.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    qint64 streamed = 0;
    while (streamed < 50000 && timer.elapsed() < 60000 && p.state() == QProcess::Running) {
      streamed = scalar(uri, "SELECT COALESCE(max(tuples_processed), 0) FROM pg_stat_progress_copy");
      QThread::msleep(10);
    }
    QVERIFY2(streamed >= 50000, "the import never started streaming");
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    // The server notices the dead client and rolls its transaction back.
    QTRY_COMPARE_WITH_TIMEOUT(scalar(uri, "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                          "'EpiDesk' AND pid <> pg_backend_pid()"),
                              0, 20000);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sale_record WHERE period = 201306"), 0);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sales_month WHERE period = 201306"), 0);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sales_profile WHERE period = 201306"), 0);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sales_month_uf WHERE period = 201306"), 0);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM import_file"), 0);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM quarantine"), 0);

    const Run again = cli({"import", "anvisa", "--db", uri, file});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json().value("rows_loaded").toInteger(), rows);
    QCOMPARE(scalar(uri, "SELECT count(*) FROM sale_record WHERE period = 201306"), rows);
    QCOMPARE(scalar(uri, "SELECT sum(prescriptions) FROM sales_month WHERE period = 201306"), rows);
    QFile::remove(file);
  }
};

QTEST_GUILESS_MAIN(TestWarehouse)
#include "test_warehouse.moc"
