// TrendAnalysis on a hand-built geography. Expected values are worked out by
// hand in the comments next to the cells below.
#include "Feedback.h"
#include "MannKendall.h"
#include "TrendAnalysis.h"
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QtTest>

using namespace epidesk;

namespace {

constexpr int BH = 3106200;         // Belo Horizonte (MG)
constexpr int UBERLANDIA = 3170206; // MG
constexpr int ABADIA = 3100104;     // MG, sales but no population
constexpr int SAO_PAULO = 3550308;
constexpr int SALVADOR = 2927408; // BA
constexpr int ABAIRA = 2900108;   // BA, population but no sales

Geography makeGeography() {
  Geography g;
  g.addUf({31, "MG", "Minas Gerais", "Sudeste"});
  g.addUf({35, "SP", "São Paulo", "Sudeste"});
  g.addUf({29, "BA", "Bahia", "Nordeste"});
  g.addMunicipality({BH, 31, "Belo Horizonte"});
  g.addMunicipality({UBERLANDIA, 31, "Uberlândia"});
  g.addMunicipality({ABADIA, 31, "Abadia dos Dourados"});
  g.addMunicipality({SAO_PAULO, 35, "São Paulo"});
  g.addMunicipality({SALVADOR, 29, "Salvador"});
  g.addMunicipality({ABAIRA, 29, "Abaíra"});
  // 2016 is missing everywhere: Geography interpolates (BH 2016 = 2200).
  for (int year : {2014, 2015, 2017}) {
    g.setPopulation(BH, year, year == 2014 ? 2000 : year == 2015 ? 2100 : 2300);
    g.setPopulation(UBERLANDIA, year, 1000);
    g.setPopulation(SAO_PAULO, year, 10000);
    g.setPopulation(SALVADOR, year, 3000);
    g.setPopulation(ABAIRA, year, 1000);
  }
  return g;
}

// Yearly prescriptions (2014, 2015, 2016, 2017):
//   BH         15  20   0  30      Uberlandia 0 4 0 0     Abadia 0 1 0 0
//   MG unmatched (code 0): 0 0 6 0
//   MG         15  25   6  30      SP 100 0 120 0          BA 0 9 0 0
//   Sudeste   115  25 126  30      Nordeste 0 9 0 0        BR 115 34 126 30
std::vector<SalesCell> makeCells() {
  return {
      {201403, 31, BH, 10, 20},      {201407, 31, BH, 5, 10},           {201502, 31, BH, 20, 40},
      {201702, 31, BH, 30, 60},      {201506, 31, UBERLANDIA, 4, 8},    {201505, 31, ABADIA, 1, 2},
      {201601, 31, 0, 6, 12},        {201405, 35, SAO_PAULO, 100, 200}, {201605, 35, SAO_PAULO, 120, 240},
      {201512, 29, SALVADOR, 9, 18},
  };
}

std::vector<double> valuesOf(const TrendResult &r, const QString &code) {
  std::vector<double> v;
  for (const SeriesPoint &p : r.series.value(code))
    v.push_back(p.value);
  return v;
}

QStringList periodsOf(const TrendResult &r, const QString &code) {
  QStringList out;
  for (const SeriesPoint &p : r.series.value(code))
    out << p.period;
  return out;
}

TrendRequest request(GeoLevel level, int from = 0, int to = 0) {
  TrendRequest r;
  r.level = level;
  r.fromYear = from;
  r.toYear = to;
  return r;
}

using V = std::vector<double>;

} // namespace

class TestTrendAnalysis : public QObject {
  Q_OBJECT
private:
  Geography geo = makeGeography();
  std::vector<SalesCell> cells = makeCells();

private slots:
  void ufLevelWithZeroFilling() {
    const TrendResult r = TrendAnalysis::run(request(GeoLevel::Uf), cells, geo);
    QCOMPARE(r.series.keys(), (QStringList{"BA", "MG", "SP"}));
    QCOMPARE(periodsOf(r, "MG"), (QStringList{"2014", "2015", "2016", "2017"}));
    QCOMPARE(valuesOf(r, "MG"), (V{15, 25, 6, 30})); // includes the unmatched cell
    QCOMPARE(valuesOf(r, "SP"), (V{100, 0, 120, 0}));
    QCOMPARE(valuesOf(r, "BA"), (V{0, 9, 0, 0}));
    QCOMPARE(r.names.value("SP"), QStringLiteral("São Paulo"));
    QVERIFY(r.level == GeoLevel::Uf);
    QVERIFY(r.period == PeriodKind::Year);
  }

  void municipalityLevelSkipsUnmatched() {
    const TrendResult r = TrendAnalysis::run(request(GeoLevel::Municipality), cells, geo);
    QCOMPARE(r.series.keys(), (QStringList{"2927408", "3100104", "3106200", "3170206", "3550308"}));
    QVERIFY(!r.series.contains("0"));
    QCOMPARE(valuesOf(r, "3106200"), (V{15, 20, 0, 30}));
    QCOMPARE(valuesOf(r, "3170206"), (V{0, 4, 0, 0}));
    QCOMPARE(r.names.value("3170206"), QStringLiteral("Uberlândia"));
  }

  void regionAndCountry() {
    const TrendResult region = TrendAnalysis::run(request(GeoLevel::Region), cells, geo);
    QCOMPARE(region.series.keys(), (QStringList{"Nordeste", "Sudeste"}));
    QCOMPARE(valuesOf(region, "Sudeste"), (V{115, 25, 126, 30}));
    QCOMPARE(valuesOf(region, "Nordeste"), (V{0, 9, 0, 0}));
    QCOMPARE(region.names.value("Sudeste"), QStringLiteral("Sudeste"));

    const TrendResult country = TrendAnalysis::run(request(GeoLevel::Country), cells, geo);
    QCOMPARE(country.series.keys(), QStringList{"BR"});
    QCOMPARE(valuesOf(country, "BR"), (V{115, 34, 126, 30}));
    QCOMPARE(country.names.value("BR"), QStringLiteral("Brasil"));
  }

  void unitsMeasure() {
    TrendRequest req = request(GeoLevel::Country);
    req.measure = Measure::Units;
    const TrendResult r = TrendAnalysis::run(req, cells, geo);
    QCOMPARE(valuesOf(r, "BR"), (V{230, 68, 252, 60}));
    QVERIFY(r.measure == Measure::Units);
  }

  void trendTestsOnEverySeries() {
    const TrendResult r = TrendAnalysis::run(request(GeoLevel::Uf), cells, geo);
    QCOMPARE(r.trendTests.keys(), r.series.keys());
    const TrendTest expected = MannKendall::test({0, 1, 2, 3}, {15, 25, 6, 30});
    const TrendTest mg = r.trendTests.value("MG");
    QCOMPARE(mg.n, 4);
    QCOMPARE(mg.s, expected.s);
    QCOMPARE(mg.tau, expected.tau);
    QCOMPARE(mg.pValue, expected.pValue);
    QCOMPARE(mg.senSlope, expected.senSlope);
  }

  void per1000UsesSameYearPopulation() {
    TrendRequest req = request(GeoLevel::Uf);
    req.per1000 = true;
    const TrendResult r = TrendAnalysis::run(req, cells, geo);
    QVERIFY(r.per1000);
    // MG population: 3000, 3100, 3200 (BH interpolated 2200 + 1000), 3300.
    const V mg = valuesOf(r, "MG");
    QCOMPARE(mg.size(), size_t(4));
    QCOMPARE(mg[0], 1000.0 * 15 / 3000);
    QCOMPARE(mg[1], 1000.0 * 25 / 3100);
    QCOMPARE(mg[2], 1000.0 * 6 / 3200);
    QCOMPARE(mg[3], 1000.0 * 30 / 3300);
    // BA counts Abaira's population although it has no sales.
    QCOMPARE(valuesOf(r, "BA")[1], 1000.0 * 9 / 4000);
  }

  void per1000OmitsCodesWithoutPopulation() {
    TrendRequest req = request(GeoLevel::Municipality);
    req.per1000 = true;
    const TrendResult r = TrendAnalysis::run(req, cells, geo);
    QVERIFY(!r.series.contains(QString::number(ABADIA)));
    QVERIFY(!r.names.contains(QString::number(ABADIA)));
    QVERIFY(!r.trendTests.contains(QString::number(ABADIA)));
    QCOMPARE(valuesOf(r, "3106200"), (V{1000.0 * 15 / 2000, 1000.0 * 20 / 2100, 0, 1000.0 * 30 / 2300}));
  }

  void monthPeriods() {
    TrendRequest req = request(GeoLevel::Uf, 2014, 2014);
    req.period = PeriodKind::Month;
    TrendResult r = TrendAnalysis::run(req, cells, geo);
    QCOMPARE(r.series.keys(), (QStringList{"MG", "SP"}));
    const QStringList periods = periodsOf(r, "MG");
    QCOMPARE(periods.size(), 12);
    QCOMPARE(periods.first(), QStringLiteral("2014-01"));
    QCOMPARE(periods.last(), QStringLiteral("2014-12"));
    QCOMPARE(valuesOf(r, "MG"), (V{0, 0, 10, 0, 0, 0, 5, 0, 0, 0, 0, 0}));
    QCOMPARE(r.trendTests.value("MG").n, 12);

    req.per1000 = true;
    r = TrendAnalysis::run(req, cells, geo);
    QCOMPARE(valuesOf(r, "MG")[2], 1000.0 * 10 / 3000);
  }

  void openMonthRangeSpansDataMonths() {
    TrendRequest req = request(GeoLevel::Country);
    req.period = PeriodKind::Month;
    const TrendResult r = TrendAnalysis::run(req, cells, geo);
    const QStringList periods = periodsOf(r, "BR");
    QCOMPARE(periods.first(), QStringLiteral("2014-03"));
    QCOMPARE(periods.last(), QStringLiteral("2017-02"));
    QCOMPARE(periods.size(), 36);
    QCOMPARE(periods.at(10), QStringLiteral("2015-01"));
  }

  void fromToFiltering() {
    TrendResult r = TrendAnalysis::run(request(GeoLevel::Uf, 2015, 2016), cells, geo);
    QCOMPARE(periodsOf(r, "MG"), (QStringList{"2015", "2016"}));
    QCOMPARE(valuesOf(r, "MG"), (V{25, 6}));
    QCOMPARE(valuesOf(r, "SP"), (V{0, 120}));
    QCOMPARE(valuesOf(r, "BA"), (V{9, 0}));

    // Only codes with data inside the range; ranges beyond the data are zero filled.
    r = TrendAnalysis::run(request(GeoLevel::Uf, 2016, 2018), cells, geo);
    QCOMPARE(r.series.keys(), (QStringList{"MG", "SP"}));
    QCOMPARE(valuesOf(r, "SP"), (V{120, 0, 0}));

    // One open bound takes the data's edge.
    r = TrendAnalysis::run(request(GeoLevel::Uf, 0, 2015), cells, geo);
    QCOMPARE(periodsOf(r, "MG"), (QStringList{"2014", "2015"}));
    r = TrendAnalysis::run(request(GeoLevel::Uf, 2016, 0), cells, geo);
    QCOMPARE(periodsOf(r, "MG"), (QStringList{"2016", "2017"}));
  }

  void emptyAndInvalidInputs() {
    QVERIFY(TrendAnalysis::run(request(GeoLevel::Uf), {}, geo).series.isEmpty());
    QVERIFY(TrendAnalysis::run(request(GeoLevel::Uf, 2017, 2014), cells, geo).series.isEmpty());
    QVERIFY(TrendAnalysis::run(request(GeoLevel::Uf, 2030, 0), cells, geo).series.isEmpty());
  }

  void resultJsonRoundTrip() {
    for (GeoLevel level : {GeoLevel::Municipality, GeoLevel::Uf, GeoLevel::Region, GeoLevel::Country}) {
      TrendRequest req = request(level);
      req.per1000 = true;
      const QJsonObject x = TrendAnalysis::run(req, cells, geo).toJson();
      QCOMPARE(TrendResult::fromJson(x).toJson(), x);
      const QJsonObject viaText = QJsonDocument::fromJson(QJsonDocument(x).toJson()).object();
      QCOMPARE(TrendResult::fromJson(viaText).toJson(), x);
    }
  }

  void percentChangeAndShares() {
    const TrendResult uf = TrendAnalysis::run(request(GeoLevel::Uf), cells, geo);
    QCOMPARE(percentChange(uf.series.value("MG"), "2014", "2017"), 100.0);
    QCOMPARE(percentChange(uf.series.value("MG"), "2017", "2016"), -80.0);
    QVERIFY(std::isnan(percentChange(uf.series.value("BA"), "2014", "2015"))); // from 0
    QVERIFY(std::isnan(percentChange(uf.series.value("MG"), "2014", "2031")));

    const TrendResult region = TrendAnalysis::run(request(GeoLevel::Region), cells, geo);
    const QMap<QString, double> shares = regionalShares(region, "2015");
    QCOMPARE(shares.value("Sudeste"), 25.0 / 34);
    QCOMPARE(shares.value("Nordeste"), 9.0 / 34);
    QCOMPARE(regionalShares(region, "2014").value("Sudeste"), 1.0);
    QVERIFY(regionalShares(region, "1999").isEmpty());
  }

  void cancelThrows() {
    Feedback feedback;
    feedback.cancel();
    QVERIFY_THROWS_EXCEPTION(Canceled, TrendAnalysis::run(request(GeoLevel::Uf), cells, geo, &feedback));
  }

  void progressReachesEnd() {
    Feedback feedback;
    TrendAnalysis::run(request(GeoLevel::Uf), cells, geo, &feedback);
    QCOMPARE(feedback.progress(), 100.0);
  }

  void halfMillionCellsQuickly() {
    // 27 UFs x 20 municipalities, 10 years of months: 500k cells.
    Geography g;
    std::vector<SalesCell> many;
    many.reserve(500000);
    const QStringList siglas = Geography::ufSiglas();
    for (int u = 0; u < 27; ++u) {
      const int ufCode = 11 + u;
      g.addUf({ufCode, siglas.at(u), siglas.at(u), Geography::regions().at(u % 5)});
      for (int m = 0; m < 20; ++m) {
        const int code = ufCode * 100000 + m;
        g.addMunicipality({code, ufCode, QString::number(code)});
        for (int year = 2014; year <= 2023; ++year)
          g.setPopulation(code, year, 1000 + m);
      }
    }
    for (int i = 0; static_cast<int>(many.size()) < 500000; ++i) {
      const int ufCode = 11 + i % 27;
      const int period = (2014 + (i / 7) % 10) * 100 + 1 + (i / 3) % 12;
      many.push_back({period, ufCode, ufCode * 100000 + (i / 27) % 20, double(i % 5), double(i % 11)});
    }
    for (GeoLevel level : {GeoLevel::Municipality, GeoLevel::Uf}) {
      TrendRequest req = request(level);
      req.period = PeriodKind::Month;
      req.per1000 = true;
      QElapsedTimer timer;
      timer.start();
      const TrendResult r = TrendAnalysis::run(req, many, g);
      const qint64 ms = timer.elapsed();
      qInfo("%s level, 500k cells, %d series: %lld ms", qPrintable(toString(level)), int(r.series.size()),
            ms);
      QVERIFY(!r.series.isEmpty());
      QVERIFY2(ms < 3000, "aggregation of 500k cells is too slow");
    }
  }
};

QTEST_GUILESS_MAIN(TestTrendAnalysis)
#include "test_trend_analysis.moc"
