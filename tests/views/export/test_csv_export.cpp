#include "CsvExport.h"
#include "CsvWriter.h"
#include "forecast/ForecastExport.h"
#include "relocation/RelocationExport.h"
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace epidesk;

namespace {
TrendResult knownResult() {
  TrendResult r;
  r.names = {{"MG", "Minas Gerais"}, {"SP", "São Paulo, capital \"SP\""}};
  r.series["MG"] = {{"2019", 10}, {"2020", 12.5}};
  r.series["SP"] = {{"2019", 8}, {"2020", 6}};
  TrendTest mg;
  mg.n = 5;
  mg.tau = 1;
  mg.s = 10;
  mg.varS = 16.6667;
  mg.z = 2.20454;
  mg.pValue = 0.0166667;
  mg.method = "exact";
  mg.senSlope = 2;
  r.trendTests["MG"] = mg;
  TrendTest sp; // NaN statistics: a constant series
  sp.n = 5;
  sp.method = "asymptotic";
  r.trendTests["SP"] = sp;
  return r;
}
} // namespace

class TestCsvExport : public QObject {
  Q_OBJECT
private slots:
  void trendTableHasHeaderAndRows() {
    const QStringList lines = QString::fromUtf8(CsvExport::trendTable(knownResult())).split('\n');
    QCOMPARE(lines.value(0), QStringLiteral("code,name,n,tau,p_value,sen_slope,s,z,method,significant"));
    QCOMPARE(lines.value(1), QStringLiteral("MG,Minas Gerais,5,1,0.0166667,2,10,2.20454,exact,1"));
    // Quoting (comma and quotes in the name), NaN as empty fields, UTF-8.
    QCOMPARE(lines.value(2), QStringLiteral("SP,\"São Paulo, capital \"\"SP\"\"\",5,,,,0,,asymptotic,0"));
    QCOMPARE(lines.value(3), QString()); // trailing newline
    QCOMPARE(lines.size(), 4);
  }
  void seriesIsLongFormat() {
    const QStringList lines = QString::fromUtf8(CsvExport::series(knownResult())).split('\n');
    QCOMPARE(lines.value(0), QStringLiteral("code,name,period,value"));
    QCOMPARE(lines.value(1), QStringLiteral("MG,Minas Gerais,2019,10"));
    QCOMPARE(lines.value(2), QStringLiteral("MG,Minas Gerais,2020,12.5"));
    QCOMPARE(lines.value(4), QStringLiteral("SP,\"São Paulo, capital \"\"SP\"\"\",2020,6"));
    QCOMPARE(lines.size(), 6);
  }
  void numbersIgnoreTheLocale() {
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    const QByteArray csv = CsvExport::series(knownResult());
    QLocale::setDefault(saved);
    QVERIFY(csv.contains("MG,Minas Gerais,2020,12.5\n"));
  }
  // OWASP CSV injection: text cells that a spreadsheet would evaluate are
  // made inert with a leading "'"; numbers stay numbers.
  void cellRule_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("formula") << "=HYPERLINK(\"http://x\",\"y\")"
                             << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
    QTest::newRow("at") << "@SUM(1)"
                        << "'@SUM(1)";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("plus") << "+1"
                          << "'+1";
    QTest::newRow("tab") << "\tx"
                         << "'\tx";
    QTest::newRow("CR") << "\rx"
                        << "\"'\rx\"";
    QTest::newRow("plain") << "São Paulo"
                           << "São Paulo";
    QTest::newRow("inner minus") << "Olhos-d'Água"
                                 << "Olhos-d'Água";
    QTest::newRow("empty") << ""
                           << "";
  }
  void cellRule() {
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(CsvWriter::exportedText(value), cell);
    QCOMPARE(CsvWriter::quoted(QStringLiteral("-2+3")), QStringLiteral("-2+3")); // data files: verbatim
  }

  void exportsMakeTextCellsInert() {
    TrendResult r;
    r.names = {{"=1+1", "=HYPERLINK(\"http://evil\",\"x\")"}, {"MG", "@SUM(1)"}, {"SP", "-2+3"}};
    TrendTest t;
    t.n = 5;
    t.tau = -0.4;
    t.senSlope = -0.5;
    t.method = "exact";
    for (const QString &code : r.names.keys()) {
      r.trendTests[code] = t;
      r.series[code] = {{"2019", -1}};
    }
    const QStringList table = QString::fromUtf8(CsvExport::trendTable(r)).split('\n');
    QCOMPARE(table.value(1),
             QStringLiteral("'=1+1,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",5,-0.4,,-0.5,0,,exact,0"));
    QCOMPARE(table.value(2), QStringLiteral("MG,'@SUM(1),5,-0.4,,-0.5,0,,exact,0"));
    QCOMPARE(table.value(3), QStringLiteral("SP,'-2+3,5,-0.4,,-0.5,0,,exact,0"));
    const QStringList series = QString::fromUtf8(CsvExport::series(r)).split('\n');
    QCOMPARE(series.value(3), QStringLiteral("SP,'-2+3,2019,-1"));

    ForecastResult f;
    f.forecasts["-2+3"] = {{"2021-01", -3, -4, -2, -5, -1}};
    f.backtest["-2+3"] = BacktestScore{};
    const QMap<QString, QString> names{{"-2+3", "@SUM(1)"}};
    QCOMPARE(QString::fromUtf8(ForecastExport::forecastsCsv(f, names)).split('\n').value(1),
             QStringLiteral("'-2+3,'@SUM(1),2021-01,-3,-4,-2,-5,-1,,model"));
    QVERIFY(ForecastExport::backtestCsv(f, names).contains("\n'-2+3,'@SUM(1),"));

    RelocationScenario scenario;
    RelocationDistrict d;
    d.code = "=D1";
    d.name = "@SUM(1)";
    scenario.districts.push_back(d);
    RelocationPlan plan;
    plan.flows.push_back({"=D1", "+F1", "-G", 2, 3.5});
    QCOMPARE(QString::fromUtf8(RelocationExport::planCsv(scenario, plan)).split('\n').value(1),
             QStringLiteral("flow,'=D1,'@SUM(1),'+F1,,'-G,2,3.5"));
  }

  void writesAtomicallyAndReportsErrors() {
    QTemporaryDir dir;
    const QString path = dir.filePath("table.csv");
    QString error;
    QVERIFY2(CsvExport::writeTrendTable(knownResult(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), CsvExport::trendTable(knownResult()));
    QVERIFY(!CsvExport::writeSeries(knownResult(), dir.filePath("missing/dir/series.csv"), &error));
    QVERIFY(error.contains("series.csv"));
  }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "test_csv_export.moc"
