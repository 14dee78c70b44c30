// TrendPanelProvider: trends series (ANVISA prescriptions) as forecasting
// series. The end-to-end path (a demo store through `epidesk-cli forecast
// --prescriptions`) is in tests/app/cli.
#include "TrendPanelProvider.h"
#include <QtTest>
#include <stdexcept>

using namespace epidesk;

class TestTrendPanelProvider : public QObject {
  Q_OBJECT
private slots:
  void monthlyGapIsFilledWithZero() {
    // No sales in 2020-02 and 2020-03: the trends result has no point there.
    const TimeSeries ts = TrendPanelProvider::toTimeSeries(
        "MG", {{"2019-12", 5}, {"2020-01", 7}, {"2020-04", 9}, {"2020-05", 2.5}}, PeriodKind::Month);
    QCOMPARE(ts.code, QString("MG"));
    QCOMPARE(ts.frequency, Frequency::Monthly);
    QCOMPARE(ts.start, QDate(2019, 12, 1));
    QCOMPARE(ts.values, (std::vector<double>{5, 7, 0, 0, 9, 2.5}));
    QCOMPARE(ts.periodLabel(2), QString("2020-02"));
    QCOMPARE(ts.periodLabel(int(ts.values.size())), QString("2020-06")); // first forecast period
  }

  void yearly() {
    const TimeSeries ts =
        TrendPanelProvider::toTimeSeries("BR", {{"2014", 1}, {"2015", 2}, {"2017", 4}}, PeriodKind::Year);
    QCOMPARE(ts.frequency, Frequency::Yearly);
    QCOMPARE(ts.start, QDate(2014, 1, 1));
    QCOMPARE(ts.values, (std::vector<double>{1, 2, 0, 4}));
    QCOMPARE(ts.periodLabel(4), QString("2018"));
  }

  void emptySeriesIsEmpty() {
    const TimeSeries ts = TrendPanelProvider::toTimeSeries("SP", {}, PeriodKind::Month);
    QVERIFY(ts.values.empty());
  }

  void outOfOrderOrDuplicateOrUnreadablePeriodsThrow() {
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        TrendPanelProvider::toTimeSeries("MG", {{"2020-03", 1}, {"2020-01", 2}}, PeriodKind::Month));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        TrendPanelProvider::toTimeSeries("MG", {{"2020-01", 1}, {"2020-01", 2}}, PeriodKind::Month));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TrendPanelProvider::toTimeSeries(
                                                        "MG", {{"2020", 1}, {"2019", 2}}, PeriodKind::Year));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        TrendPanelProvider::toTimeSeries("MG", {{"2020-01", 1}, {"soon", 2}}, PeriodKind::Month));
    try {
      TrendPanelProvider::toTimeSeries("MG", {{"2020-03", 1}, {"2020-01", 2}}, PeriodKind::Month);
    } catch (const std::invalid_argument &e) { // the message names the series and the period
      QVERIFY2(QString(e.what()).contains("MG") && QString(e.what()).contains("2020-01"), e.what());
    }
  }

  void panelHasEverySeriesInCodeOrder() {
    TrendResult result;
    result.period = PeriodKind::Year;
    result.series.insert("SP", {{"2019", 3}, {"2020", 4}});
    result.series.insert("AC", {{"2020", 1}});
    const SeriesPanel panel = TrendPanelProvider::panelOf(result);
    QCOMPARE(panel.districts, (QStringList{"AC", "SP"}));
    QCOMPARE(panel.series.size(), size_t(2));
    QCOMPARE(panel.series[1].code, QString("SP"));
    QCOMPARE(panel.series[1].values, (std::vector<double>{3, 4}));
    QVERIFY(panel.extraCodes.isEmpty());
  }

  void indicatorNamesTheMeasure() {
    TrendRequest request;
    QCOMPARE(TrendPanelProvider::indicatorOf(request), QString("prescriptions"));
    request.measure = Measure::Units;
    request.per1000 = true;
    QCOMPARE(TrendPanelProvider::indicatorOf(request), QString("units_per_1000"));
  }
};

QTEST_GUILESS_MAIN(TestTrendPanelProvider)
#include "test_trend_panel_provider.moc"
