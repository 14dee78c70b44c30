// Runs epidesk-cli import covid-pl and forecast as a user would: a small
// fixture with every quarantine rule, then the real shared TSV of Poland
// (380 powiats) and a real monthly series.
#include "CliRun.h"
#include "DistrictSeriesStore.h"
#include "EmbeddedDistrictSeries.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <optional>

using namespace epidesk;

namespace {
using Run = epidesk::test::CliRun;
inline Run cli(const QStringList &args) {
  return epidesk::test::runCli(args);
}

QString sharedDir() {
  const QString env = qEnvironmentVariable("EPIDESK_SHARED_DIR");
  return env.isEmpty() ? QStringLiteral(EPIDESK_SHARED_DIR) : env;
}

std::vector<double> seriesOf(const DistrictPanel &panel, const QString &code) {
  for (const TimeSeries &s : panel.series)
    if (s.code == code)
      return s.values;
  return {};
}

// Lines 2-10 of the fixture; line 3 ("t0201" on 2021-01-02) is omitted on
// purpose: all-zero days are absent from the source.
const char *kFixture = "\"new_cases\"\t\"deaths\"\t\"teryt\"\t\"date\"\n"
                       "5\t1\t\"t0201\"\t\"20210101\"\n"
                       "3\t0\t\"t0201\"\t\"20210103\"\n"
                       "7\t0\t\"t0202\"\t\"20210101\"\n"
                       "2\t0\t\"t0202\"\t\"20210102\"\r\n"
                       "4\t1\t\"t0202\"\t\"20210103\"\n"
                       "9\t2\tNA\t\"20210101\"\n"
                       "1\t0\t\"t9999\"\t\"20210102\"\n"
                       "6\t0\t\"t0201\"\t\"20211345\"\n"
                       "-2\t0\t\"t0202\"\t\"20210103\"\n";
} // namespace

class TestForecastCli : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  // The real TSV imported into a store, with the import's summary and wall time.
  struct RealStore {
    QString path;
    Run import;
    double wallSeconds = 0;
  };
  std::optional<RealStore> m_real;

  // Imported by whichever test needs it first (the tests only read it), so
  // every test runs alone or in any order.
  const RealStore &realStore() {
    if (!m_real) {
      RealStore r;
      r.path = m_dir.filePath("poland.gpkg");
      QElapsedTimer timer;
      timer.start();
      r.import = cli(
          {"import", "covid-pl", "--store", r.path, sharedDir() + "/data/pl/covid_cases_powiat_daily.tsv"});
      r.wallSeconds = timer.elapsed() / 1000.0;
      m_real = r;
    }
    return *m_real;
  }
  // The store's path, or empty when the import failed.
  QString realStorePath() { return realStore().import.exitCode == 0 ? realStore().path : QString(); }

  // Rows of (args, field): exit code 2, nothing on stdout, "field:" on stderr.
  void expectUsageError() {
    QFETCH(QStringList, args);
    QFETCH(QString, field);
    const Run r = cli(QStringList{"forecast"} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(field.toUtf8() + ":"), r.err.constData());
    QVERIFY(r.out.isEmpty());
  }

private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(sharedDir() + "/data/pl/covid_cases_powiat_daily.tsv"),
             qPrintable(sharedDir()));
  }

  void fixtureImportSummaryAndQuarantine() {
    const QString tsv = m_dir.filePath("covid_fixture.tsv");
    QFile f(tsv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kFixture);
    f.close();
    const QString store = m_dir.filePath("fixture.gpkg");
    const Run imp = cli({"import", "covid-pl", "--store", store, tsv});
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    const QJsonObject j = imp.json();
    QCOMPARE(j.value("files").toInt(), 1);
    QCOMPARE(j.value("rows_read").toInteger(), 9);
    QCOMPARE(j.value("rows_loaded").toInteger(), 7);
    QCOMPARE(j.value("rows_quarantined").toInteger(), 2);
    QCOMPARE(j.value("warnings").toInteger(), 2); // NA and t9999: kept at national level
    const QJsonObject file = j.value("per_file").toArray().first().toObject();
    QCOMPARE(file.value("warnings_by_field").toObject().value("teryt").toInteger(), 2);
    const QJsonArray unknown = j.value("unmatched_municipalities").toArray();
    QCOMPARE(unknown.size(), 2);
    for (const QJsonValue &u : unknown)
      QCOMPARE(u.toObject().value("uf").toString(), QString("PL"));

    // Quarantine: file, line, field, reason.
    QFile q(j.value("quarantine_csv").toString());
    QVERIFY(q.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = q.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // header + 2
    QVERIFY2(lines[1].startsWith("covid_fixture.tsv,9,date,"), lines[1].constData());
    QVERIFY2(lines[2].startsWith("covid_fixture.tsv,10,new_cases,"), lines[2].constData());

    // Stored series: missing days are zeros; PL is the national total.
    QString error;
    auto series = EmbeddedDistrictSeries::open(store, &error);
    QVERIFY2(series, qPrintable(error));
    DistrictPanel cases, deaths;
    QVERIFY(series->panel(DistrictSeriesStore::Indicator::Cases, cases, &error));
    QVERIFY(series->panel(DistrictSeriesStore::Indicator::Deaths, deaths, &error));
    QCOMPARE(cases.districts.size(), 380);
    QCOMPARE(cases.series.size(), size_t(3)); // 0201, 0202, PL
    QCOMPARE(seriesOf(cases, "0201"), (std::vector<double>{5, 0, 3}));
    QCOMPARE(seriesOf(cases, "0202"), (std::vector<double>{7, 2, 4}));
    QCOMPARE(seriesOf(cases, "PL"), (std::vector<double>{21, 3, 7}));
    QCOMPARE(seriesOf(deaths, "PL"), (std::vector<double>{3, 0, 1}));
    QCOMPARE(cases.series.front().start, QDate(2021, 1, 1));

    // Idempotent re-import: same series, same quarantine, one provenance row.
    const Run again = cli({"import", "covid-pl", "--store", store, tsv});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    series.reset();
    series = EmbeddedDistrictSeries::open(store, &error);
    DistrictPanel after;
    QVERIFY(series->panel(DistrictSeriesStore::Indicator::Cases, after, &error));
    QCOMPARE(seriesOf(after, "PL"), (std::vector<double>{21, 3, 7}));
    QCOMPARE(seriesOf(after, "0201"), (std::vector<double>{5, 0, 3}));
    QFile q2(again.json().value("quarantine_csv").toString());
    QVERIFY(q2.open(QIODevice::ReadOnly));
    QCOMPARE(q2.readAll().trimmed().split('\n').size(), 3);

    // Too short for a model: a per-series error, exit 1 when nothing could be forecast.
    const Run shortRun =
        cli({"forecast", "--store", store, "--series", "0201", "--model", "snaive", "--horizon", "7"});
    QCOMPARE(shortRun.exitCode, 1);
    QVERIFY(shortRun.json().value("errors").toObject().contains("0201"));
  }

  void realImportIsFast() {
    const Run &imp = realStore().import;
    const double wall = realStore().wallSeconds;
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    const QJsonObject j = imp.json();
    const double seconds = j.value("seconds").toDouble();
    qInfo("import of the real TSV: %.2f s (wall %.2f s, store creation included)", seconds, wall);
    QVERIFY2(seconds < 20, qPrintable(QString::number(seconds)));
    QCOMPARE(j.value("rows_read").toInteger(),
             j.value("rows_loaded").toInteger() + j.value("rows_quarantined").toInteger());
    QVERIFY(j.value("rows_read").toInteger() > 270000);
    QVERIFY(j.value("warnings").toInteger() > 0); // NA rows, kept at national level
  }

  void forecastAllPowiatsWithAnalogues() {
    const QString poland = realStorePath();
    QVERIFY2(!poland.isEmpty(), realStore().import.err.constData());
    QElapsedTimer timer;
    timer.start();
    const Run r = cli({"forecast", "--store", poland, "--model", "nn", "--horizon", "14", "--series", "all"});
    qInfo("nn forecast of all powiats: %.2f s wall (process, store read included)", timer.elapsed() / 1000.0);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = r.json();
    QCOMPARE(j.value("model").toString(), QString("nn"));
    QCOMPARE(j.value("horizon").toInt(), 14);
    const QJsonObject forecasts = j.value("forecasts").toObject();
    const QJsonObject errors = j.value("errors").toObject();
    QCOMPARE(forecasts.size() + errors.size(), 380);
    QVERIFY2(forecasts.size() >= 370, qPrintable(QString::number(forecasts.size())));
    QVERIFY(!forecasts.contains("PL")); // "all" means every powiat
    const QJsonObject analogues = j.value("analogues").toObject();
    for (auto it = forecasts.begin(); it != forecasts.end(); ++it) {
      const QJsonArray points = it.value().toArray();
      QCOMPARE(points.size(), 14);
      for (const QJsonValue &v : points) {
        const QJsonObject p = v.toObject();
        const double lo95 = p["lo95"].toDouble(), lo80 = p["lo80"].toDouble(), mean = p["mean"].toDouble(),
                     hi80 = p["hi80"].toDouble(), hi95 = p["hi95"].toDouble();
        for (double x : {lo95, lo80, mean, hi80, hi95})
          QVERIFY(std::isfinite(x));
        QVERIFY2(lo95 <= lo80 && lo80 <= mean && mean <= hi80 && hi80 <= hi95, qPrintable(it.key()));
      }
      const QJsonArray a = analogues.value(it.key()).toArray();
      QVERIFY2(!a.isEmpty(), qPrintable(it.key()));
      const QJsonObject first = a.first().toObject();
      QVERIFY(first.contains("district") && first.contains("start") && first.contains("distance"));
    }
    QCOMPARE(forecasts.value("0201").toArray().first().toObject().value("period").toString(),
             QString("2024-03-22"));
  }

  void selectorsAndLevels() {
    const QString poland = realStorePath();
    QVERIFY2(!poland.isEmpty(), realStore().import.err.constData());
    const Run r = cli({"forecast", "--store", poland, "--model", "snaive", "--horizon", "7", "--series",
                       "02*,PL,9999", "--level", "95", "--indicator", "deaths"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = r.json();
    const QJsonObject forecasts = j.value("forecasts").toObject();
    QVERIFY(forecasts.contains("PL"));
    QVERIFY(forecasts.contains("0201") && forecasts.contains("0265"));
    for (const QString &code : forecasts.keys())
      QVERIFY(code == "PL" || code.startsWith("02"));
    QVERIFY(j.value("errors").toObject().value("9999").toString().contains("unknown district"));
    const QJsonObject p = forecasts.value("PL").toArray().first().toObject();
    QVERIFY(p.contains("lo95") && !p.contains("lo80"));
    QCOMPARE(j.value("indicator").toString(), QString("deaths"));

    const Run c = cli({"forecast", "--store", poland, "--model", "snaive", "--horizon", "3", "--series",
                       "0201", "--format", "csv"});
    QCOMPARE(c.exitCode, 0);
    const QList<QByteArray> lines = c.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QByteArray("code,period,mean,lo80,hi80,lo95,hi95,model,calibration"));
    QVERIFY(lines[1].startsWith("0201,2024-03-22,"));
  }

  // Issue 11 on the real series: weekly totals and 7-day means forecast as
  // of a past day, with the held-out actuals of what followed.
  void dailyViewsAsOfAPastDay() {
    const QString poland = realStorePath();
    QVERIFY2(!poland.isEmpty(), realStore().import.err.constData());
    QString error;
    const auto store = EmbeddedDistrictSeries::open(poland, &error);
    QVERIFY2(store, qPrintable(error));
    DistrictPanel daily;
    QVERIFY(store->panel(DistrictSeriesStore::Indicator::Cases, daily, &error));
    const std::vector<double> pl = seriesOf(daily, "PL");
    const QDate first(2020, 11, 24);
    auto dailySum = [&](const QDate &from, int days) {
      double sum = 0;
      for (int i = 0; i < days; ++i)
        sum += pl[size_t(first.daysTo(from.addDays(i)))];
      return sum;
    };

    // 2021-02-15 is a Monday: the week ending on the 14th is the last one known.
    const Run w = cli({"forecast", "--store", poland, "--model", "ets", "--horizon", "4", "--series",
                       "PL,0201", "--indicator", "cases_weekly", "--as-of", "2021-02-15"});
    QVERIFY2(w.exitCode == 0, w.err.constData());
    const QJsonObject wj = w.json();
    QCOMPARE(wj.value("indicator").toString(), QString("cases_weekly"));
    QCOMPARE(wj.value("as_of").toString(), QString("2021-02-15"));
    QCOMPARE(
        wj.value("forecasts").toObject().value("PL").toArray().first().toObject().value("period").toString(),
        QString("2021-W07"));
    const QJsonArray actual = wj.value("actuals").toObject().value("PL").toArray();
    QCOMPARE(actual.size(), 4);
    QCOMPARE(actual[0].toObject().value("period").toString(), QString("2021-W07"));
    QCOMPARE(actual[0].toObject().value("value").toDouble(), dailySum(QDate(2021, 2, 15), 7));
    QCOMPARE(actual[3].toObject().value("value").toDouble(), dailySum(QDate(2021, 3, 8), 7));

    const Run m = cli({"forecast", "--store", poland, "--model", "ets", "--horizon", "7", "--series", "PL",
                       "--indicator", "cases_mean7", "--as-of", "2021-02-15", "--format", "csv"});
    QVERIFY2(m.exitCode == 0, m.err.constData());
    const QList<QByteArray> lines = m.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines[0], QByteArray("code,period,mean,lo80,hi80,lo95,hi95,actual,model,calibration"));
    QVERIFY(lines[1].startsWith("PL,2021-02-16,"));
    // (CSV numbers have 10 significant digits)
    QVERIFY(std::abs(lines[1].split(',').at(7).toDouble() - dailySum(QDate(2021, 2, 10), 7) / 7) < 1e-5);
    QCOMPARE(lines[1].split(',').mid(8), (QList<QByteArray>{"ets", "conformal"}));
  }

  void csvSeriesWithBacktest() {
    const Run r = cli({"forecast", "--csv", sharedDir() + "/data/series/airpassengers.csv", "--model", "ets",
                       "--horizon", "12", "--backtest", "3"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = r.json();
    QCOMPARE(j.value("forecasts").toObject().value("series").toArray().size(), 12);
    QCOMPARE(j.value("forecasts")
                 .toObject()
                 .value("series")
                 .toArray()
                 .first()
                 .toObject()
                 .value("period")
                 .toString(),
             QString("1961-01"));
    const QJsonObject bt = j.value("backtest").toObject().value("series").toObject();
    for (const char *key : {"mase", "smape", "coverage80", "coverage95"}) {
      QVERIFY2(bt.contains(key), key);
      QVERIFY(std::isfinite(bt.value(key).toDouble()));
    }
    QVERIFY(bt.value("mase").toDouble() > 0);
    QVERIFY(!j.contains("analogues"));
  }

  // Many CSVs in one process; an unreadable one is its own error only.
  void seriesDirForecastsEveryFile() {
    const QString dir = m_dir.filePath("series-dir");
    QDir().mkpath(dir);
    for (const char *name : {"airpassengers", "uk_gas", "johnson_johnson_eps"})
      QVERIFY(QFile::copy(sharedDir() + "/data/series/" + name + ".csv", dir + "/" + name + ".csv"));
    QFile bad(dir + "/broken.csv");
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("period,value\n2020-01,1\n2020-02,x\n");
    bad.close();
    const Run r = cli({"forecast", "--series-dir", dir, "--model", "theta", "--horizon", "4"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = r.json();
    QCOMPARE(j.value("forecasts").toObject().keys(),
             (QStringList{"airpassengers", "johnson_johnson_eps", "uk_gas"}));
    const QString why = j.value("errors").toObject().value("broken").toString();
    QVERIFY2(why.contains("broken.csv:3") && why.contains("value"), qPrintable(why));
    QCOMPARE(j.value("fit").toObject().value("uk_gas").toObject().value("calibration").toString(),
             QString("conformal"));
    // The CSV names the model and calibration of every row.
    const Run csv =
        cli({"forecast", "--series-dir", dir, "--model", "bayes", "--horizon", "2", "--format", "csv"});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 3 * 2);
    QVERIFY2(lines[1].endsWith(",bayes,conformal"), lines[1].constData());
  }

  // forecast-eval: the accuracy table of a folder, per series and per family.
  void forecastEvalPrintsTheTable() {
    const QString dir = m_dir.filePath("eval-dir");
    QDir().mkpath(dir);
    for (const char *name : {"airpassengers", "uk_gas"})
      QVERIFY(QFile::copy(sharedDir() + "/data/series/" + name + ".csv", dir + "/" + name + ".csv"));
    const Run r =
        cli({"forecast-eval", "--series", dir, "--models", "ets,snaive", "--horizon", "6", "--origins", "2"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = r.json();
    const QJsonArray rows = j.value("series").toArray();
    QCOMPARE(rows.size(), 4); // 2 series x 2 models
    for (const QJsonValue &v : rows) {
      const QJsonObject row = v.toObject();
      QCOMPARE(row.value("horizon").toInt(), 6);
      QCOMPARE(row.value("origins").toInt(), 2);
      QVERIFY(row.value("mase").toDouble() > 0);
      QVERIFY(row.value("seconds").toDouble() >= 0);
      const double c95 = row.value("coverage95").toDouble();
      QVERIFY(c95 >= 0 && c95 <= 1);
    }
    // The summary: per family (monthly, quarterly) and over all, per model.
    QStringList families;
    for (const QJsonValue &v : j.value("summary").toArray())
      families << v.toObject().value("family").toString() + "/" + v.toObject().value("model").toString();
    QVERIFY2(families.contains("monthly/ets") && families.contains("quarterly/snaive") &&
                 families.contains("all/ets"),
             qPrintable(families.join(' ')));
    const Run md = cli(
        {"forecast-eval", "--series", dir, "--models", "snaive", "--origins", "1", "--format", "markdown"});
    QVERIFY2(md.exitCode == 0, md.err.constData());
    QVERIFY(md.out.startsWith("| family | model | series | mean MASE"));
    QVERIFY(md.out.contains("| all | snaive | 2 |"));
    // Bad arguments name the field.
    const Run bad = cli({"forecast-eval", "--series", dir, "--models", "prophet"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("models"));
    const Run none = cli({"forecast-eval", "--series", m_dir.filePath("no-such-dir")});
    QCOMPARE(none.exitCode, 2);
  }

  // ANVISA prescriptions of a small demo store (2019-2021) through the trends options.
  void prescriptionsPerUf() {
    const QString files = m_dir.filePath("demo-files");
    const Run gen =
        cli({"demo", "generate", files, "--seed", "5", "--scale", "0.002", "--from", "2019", "--to", "2021"});
    QVERIFY2(gen.exitCode == 0, gen.err.constData());
    QStringList csvs;
    for (const QFileInfo &fi : QDir(files).entryInfoList({"*.csv"}, QDir::Files, QDir::Name))
      csvs << fi.absoluteFilePath();
    QVERIFY(csvs.size() >= 36);
    const QString store = m_dir.filePath("demo.gpkg");
    const Run imp = cli(QStringList{"import", "anvisa", "--store", store} + csvs);
    QVERIFY2(imp.exitCode == 0, imp.err.constData());

    // Monthly by default; every UF; backtests.
    const Run r = cli({"forecast", "--store", store, "--prescriptions", "--ingredient-contains",
                       "azitromicina", "--model", "ets", "--horizon", "3", "--backtest", "2"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject j = r.json();
    QCOMPARE(j.value("indicator").toString(), QString("prescriptions"));
    const QJsonObject forecasts = j.value("forecasts").toObject();
    QCOMPARE(forecasts.size() + j.value("errors").toObject().size(), 27);
    QVERIFY2(forecasts.contains("MG") && forecasts.contains("SP"), qPrintable(forecasts.keys().join(',')));
    const QJsonArray mg = forecasts.value("MG").toArray();
    QCOMPARE(mg.size(), 3);
    QCOMPARE(mg.first().toObject().value("period").toString(), QString("2022-01"));
    QVERIFY(std::isfinite(mg.first().toObject().value("mean").toDouble()));
    QVERIFY(j.value("backtest").toObject().value("MG").toObject().contains("mase"));

    // --series selects trends codes; yearly and per-1000 series too.
    const Run sel = cli({"forecast", "--store", store, "--prescriptions", "--series", "MG,SP,XX", "--model",
                         "snaive", "--horizon", "2", "--period", "year", "--per-1000"});
    QVERIFY2(sel.exitCode == 0, sel.err.constData());
    const QJsonObject s = sel.json();
    QCOMPARE(s.value("forecasts").toObject().keys(), (QStringList{"MG", "SP"}));
    QCOMPARE(
        s.value("forecasts").toObject().value("SP").toArray().first().toObject().value("period").toString(),
        QString("2022"));
    QVERIFY(s.value("errors").toObject().contains("XX"));
    QCOMPARE(s.value("indicator").toString(), QString("prescriptions_per_1000"));

    const Run br = cli({"forecast", "--store", store, "--prescriptions", "--geo-level", "country", "--series",
                        "BR", "--model", "snaive", "--horizon", "1", "--format", "csv"});
    QVERIFY2(br.exitCode == 0, br.err.constData());
    QVERIFY2(br.out.split('\n').value(1).startsWith("BR,2022-01,"), br.out.constData());
  }

  void badTrendOptionsExit2NamingTheOption_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    const QStringList base{"--store", m_dir.filePath("none.gpkg"), "--model", "ets", "--horizon", "3"};
    QTest::newRow("measure") << base + QStringList{"--prescriptions", "--measure", "litres"} << "measure";
    QTest::newRow("geo-level") << base + QStringList{"--prescriptions", "--geo-level", "galaxy"}
                               << "geo-level";
    QTest::newRow("period") << base + QStringList{"--prescriptions", "--period", "week"} << "period";
    QTest::newRow("from") << base + QStringList{"--prescriptions", "--from", "soon"} << "from";
    QTest::newRow("without --prescriptions") << base + QStringList{"--measure", "units"} << "--measure";
    QTest::newRow("with --indicator")
        << base + QStringList{"--prescriptions", "--indicator", "deaths"} << "prescriptions";
  }

  void badTrendOptionsExit2NamingTheOption() { expectUsageError(); }

  void badArgumentsExit2NamingTheField_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("field");
    const QString csv = sharedDir() + "/data/series/airpassengers.csv";
    QTest::newRow("no source") << QStringList{"--model", "ets", "--horizon", "3"} << "source";
    QTest::newRow("two sources") << QStringList{"--csv",   csv,   "--store",   "x.gpkg",
                                                "--model", "ets", "--horizon", "3"}
                                 << "source";
    QTest::newRow("model") << QStringList{"--csv", csv, "--model", "prophet", "--horizon", "3"} << "model";
    QTest::newRow("no horizon") << QStringList{"--csv", csv, "--model", "ets"} << "horizon";
    QTest::newRow("horizon 0") << QStringList{"--csv", csv, "--model", "ets", "--horizon", "0"} << "horizon";
    QTest::newRow("horizon text") << QStringList{"--csv", csv, "--model", "ets", "--horizon", "ten"}
                                  << "horizon";
    QTest::newRow("level") << QStringList{"--csv", csv, "--model", "ets", "--horizon", "3", "--level", "90"}
                           << "level";
    QTest::newRow("backtest") << QStringList{"--csv",     csv, "--model",      "ets",
                                             "--horizon", "3", "--backtest=-1"}
                              << "backtest";
    QTest::newRow("indicator") << QStringList{"--csv",     csv, "--model",     "ets",
                                              "--horizon", "3", "--indicator", "x"}
                               << "indicator";
    QTest::newRow("indicator view") << QStringList{"--store",   "x.gpkg", "--model",     "ets",
                                                   "--horizon", "3",      "--indicator", "cases_monthly"}
                                    << "indicator";
    QTest::newRow("as-of") << QStringList{"--csv",     csv, "--model", "ets",
                                          "--horizon", "3", "--as-of", "2021-02-30"}
                           << "as-of";
    QTest::newRow("format") << QStringList{"--csv",     csv, "--model",  "ets",
                                           "--horizon", "3", "--format", "xml"}
                            << "format";
    QTest::newRow("series") << QStringList{"--csv",     csv, "--model",  "ets",
                                           "--horizon", "3", "--series", "a,,b"}
                            << "series";
  }

  void badArgumentsExit2NamingTheField() { expectUsageError(); }
};

QTEST_GUILESS_MAIN(TestForecastCli)
#include "test_forecast_cli.moc"
