#include "CsvExport.h"
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
