#include "SeriesCsvReader.h"
#include <QtTest>

using namespace epidesk;

namespace {
QString errorFor(const char *csv) {
  try {
    SeriesCsvReader::parse(QByteArray(csv), QStringLiteral("in.csv"));
  } catch (const SeriesCsvError &e) {
    return QString::fromUtf8(e.what());
  }
  return {};
}
} // namespace

class TestSeriesCsvReader : public QObject {
  Q_OBJECT
private slots:
  void formats() {
    const TimeSeries m =
        SeriesCsvReader::parse("\xEF\xBB\xBFperiod,value\r\n1949-01,112\r\n1949-02,118\r\n", "a");
    QCOMPARE(int(m.frequency), int(Frequency::Monthly));
    QCOMPARE(m.start, QDate(1949, 1, 1));
    QCOMPARE(m.values, (std::vector<double>{112, 118}));
    QCOMPARE(m.code, QStringLiteral("series"));

    const TimeSeries q =
        SeriesCsvReader::parse("\"Period\",\"Value\"\n1971-Q2,1.5\n1971-Q3,2.5\n1971-Q4,-3e2\n", "q");
    QCOMPARE(int(q.frequency), int(Frequency::Quarterly));
    QCOMPARE(q.periodLabel(0), QStringLiteral("1971-Q2"));
    QCOMPARE(q.values.back(), -300.0);

    const TimeSeries d =
        SeriesCsvReader::parse("period,value\n2020-02-28,1\n2020-02-29,2\n2020-03-01,3\n", "d");
    QCOMPARE(int(d.frequency), int(Frequency::Daily));
    QCOMPARE(d.size(), 3);

    const TimeSeries y = SeriesCsvReader::parse("period,value\n\n1912,49.9\n1913,52.3\n\n", "y");
    QCOMPARE(int(y.frequency), int(Frequency::Yearly));
    QCOMPARE(y.size(), 2);
  }

  void gapsAreInterpolated() {
    SeriesCsvReport report;
    // 2000-03 absent, 2000-04 NA, 2000-06 empty; rows out of order.
    const TimeSeries s = SeriesCsvReader::parse(
        "period,value\n2000-01,10\n2000-02,20\n2000-05,50\n2000-04,NA\n2000-06,\n2000-07,70\n", "g", &report);
    QCOMPARE(s.values, (std::vector<double>{10, 20, 30, 40, 50, 60, 70}));
    QCOMPARE(report.rows, 6);
    QCOMPARE(report.gapsFilled, 3);
    QCOMPARE(report.filledPeriods, (QStringList{"2000-03", "2000-04", "2000-06"}));
  }

  void errorsNameFileLineAndField() {
    QCOMPARE(errorFor(""), QStringLiteral("in.csv: empty file: expected the header \"period,value\""));
    QVERIFY(errorFor("date,value\n2000-01,1\n").startsWith("in.csv:1: "));
    QVERIFY(errorFor("period,value\n").contains("no data"));
    QVERIFY(errorFor("period,value\n2000-01,1\n2000-13,2\n").startsWith("in.csv:3: period: "));
    QVERIFY(errorFor("period,value\n2000-01,1\n2000-02,12;5\n").startsWith("in.csv:3: value: "));
    QVERIFY(errorFor("period,value\n2000-01,1\n2000-02,1,2\n").startsWith("in.csv:3: "));
    QVERIFY(errorFor("period,value\n2000-01,1\n2000-Q2,2\n").startsWith("in.csv:3: period: "));
    const QString dup = errorFor("period,value\n2000-01,1\n2000-02,2\n2000-01,3\n");
    QVERIFY2(dup.startsWith("in.csv:4: period: ") && dup.contains("line 2"), qPrintable(dup));
    QVERIFY(errorFor("period,value\n2000-01,1\n2000-02,NA\n").startsWith("in.csv:3: value: "));
    QVERIFY(errorFor("period,value\n2000-01,\n2000-02,1\n").startsWith("in.csv:2: value: "));
    QVERIFY(errorFor("period,value\n2000-01,inf\n").startsWith("in.csv:2: value: "));
    try {
      SeriesCsvReader::read(QStringLiteral("/nonexistent/x.csv"));
      QFAIL("no error");
    } catch (const SeriesCsvError &e) {
      QVERIFY(QString::fromUtf8(e.what()).startsWith("/nonexistent/x.csv: "));
    }
  }

  // Fields are split by the CSV rules, not at every comma: a quoted comma stays
  // in its field, and a quoted line break keeps later line numbers right.
  void quotedCommasAndLineBreaks() {
    const QString comma = errorFor("period,value\n2000-01,1\n2000-02,\"1,5\"\n");
    QVERIFY2(comma.startsWith("in.csv:3: value: not a number: \"1,5\""), qPrintable(comma));
    const TimeSeries s = SeriesCsvReader::parse("period,value\n\"2000-01\",\"1\"\n2000-02,\"\n2\"\n", "q");
    QCOMPARE(s.values, (std::vector<double>{1, 2}));
    const QString after = errorFor("period,value\n2000-01,\"\n1\"\n2000-02,x\n");
    QVERIFY2(after.startsWith("in.csv:4: value: "), qPrintable(after));
    const QString open = errorFor("period,value\n2000-01,1\n2000-02,\"2\n");
    QVERIFY2(open.startsWith("in.csv:3: ") && open.contains("not closed"), qPrintable(open));
  }

  void sharedSeries() {
    const QString dir = qEnvironmentVariable("EPIDESK_SHARED_DIR", QStringLiteral(EPIDESK_SHARED_DIR));
    SeriesCsvReport report;
    const TimeSeries s = SeriesCsvReader::read(dir + "/data/series/airpassengers.csv", &report);
    QCOMPARE(s.size(), 144);
    QCOMPARE(s.periodLabel(143), QStringLiteral("1960-12"));
    QCOMPARE(s.values.back(), 432.0);
    QCOMPARE(report.gapsFilled, 0);
    const TimeSeries q = SeriesCsvReader::read(dir + "/data/series/johnson_johnson_eps.csv");
    QCOMPARE(q.size(), 84);
    QCOMPARE(int(q.frequency), int(Frequency::Quarterly));
  }
};

QTEST_GUILESS_MAIN(TestSeriesCsvReader)
#include "test_series_csv_reader.moc"
