// Issue 11: daily series views (7-day mean, ISO-week totals) and the
// forecast origin (as of DATE) with its held-out actuals.
#include "ForecastOrigin.h"
#include "ForecastTypes.h"
#include "SeriesView.h"
#include <QJsonDocument>
#include <QtTest>

using namespace epidesk;

namespace {
// Day i holds i + 1, from a Friday.
TimeSeries days(int n, const QDate &start = QDate(2023, 9, 1)) {
  TimeSeries s{QStringLiteral("0201"), Frequency::Daily, start, {}};
  for (int i = 0; i < n; ++i)
    s.values.push_back(i + 1);
  return s;
}
} // namespace

class TestSeriesView : public QObject {
  Q_OBJECT
private slots:
  void ids() {
    QCOMPARE(seriesViewIds(), (QStringList{"daily", "mean7", "weekly"}));
    for (const QString &id : seriesViewIds())
      QCOMPARE(seriesViewId(*seriesViewFromId(id)), id);
    QVERIFY(!seriesViewFromId("monthly"));
  }

  void mean7DropsTheFirstSixDays() {
    const TimeSeries m = applySeriesView(days(10), SeriesView::Mean7);
    QCOMPARE(m.frequency, Frequency::Daily);
    QCOMPARE(m.start, QDate(2023, 9, 7));
    QCOMPARE(m.values, (std::vector<double>{4, 5, 6, 7})); // mean of 1..7, 2..8, ...
    QCOMPARE(m.code, QStringLiteral("0201"));
    QCOMPARE(applySeriesView(days(6), SeriesView::Mean7).size(), 0);
  }

  void weeklyKeepsCompleteIsoWeeks() {
    // Fri 1 Sep .. Tue 19 Sep 2023: Mon 4 - Sun 10 and Mon 11 - Sun 17 are complete.
    const TimeSeries w = applySeriesView(days(19), SeriesView::Weekly);
    QCOMPARE(w.frequency, Frequency::Weekly);
    QCOMPARE(w.start, QDate(2023, 9, 4));
    QCOMPARE(w.values, (std::vector<double>{4 + 5 + 6 + 7 + 8 + 9 + 10, 11 + 12 + 13 + 14 + 15 + 16 + 17}));
    QCOMPARE(w.periodLabel(0), QStringLiteral("2023-W36"));
    QCOMPARE(w.periodEnd(1), QDate(2023, 9, 17));
    QCOMPARE(w.seasonalPeriod(), 52);
    // A series starting on a Monday keeps its first week.
    QCOMPARE(applySeriesView(days(7, QDate(2023, 9, 4)), SeriesView::Weekly).values, std::vector<double>{28});
  }

  void weeklyLabels() {
    const auto parsed = TimeSeries::parseLabel("2021-W01");
    QVERIFY(parsed);
    QCOMPARE(parsed->first, Frequency::Weekly);
    QCOMPARE(parsed->second, QDate(2021, 1, 4));
    QCOMPARE(TimeSeries::label(Frequency::Weekly, QDate(2021, 1, 3)), QStringLiteral("2020-W53"));
    QCOMPARE(TimeSeries::parseLabel("2020-W53")->second, QDate(2020, 12, 28));
    QVERIFY(!TimeSeries::parseLabel("2021-W53")); // 2021 has 52 ISO weeks
    QVERIFY(!TimeSeries::parseLabel("2021-W00"));
  }

  void otherFrequenciesAreUnchanged() {
    TimeSeries monthly{QStringLiteral("MG"), Frequency::Monthly, QDate(2020, 1, 1), {1, 2, 3}};
    QCOMPARE(applySeriesView(monthly, SeriesView::Weekly).values, monthly.values);
  }

  void originCutsTheHistoryAndHoldsOutActuals() {
    const OriginSplit d = splitAtOrigin(days(30), QDate(2023, 9, 10), 7);
    QCOMPARE(d.history.size(), 10);
    QCOMPARE(d.actuals.size(), size_t(7));
    QCOMPARE(d.actuals.front().period, QStringLiteral("2023-09-11"));
    QCOMPARE(d.actuals.front().value, 11.0);
    // Near the end of the data: as many actuals as there are.
    QCOMPARE(splitAtOrigin(days(30), QDate(2023, 9, 28), 7).actuals.size(), size_t(2));
    // A week still running on the origin day is not known yet.
    const TimeSeries weeks = applySeriesView(days(40), SeriesView::Weekly);
    const OriginSplit w = splitAtOrigin(weeks, QDate(2023, 9, 16), 2);
    QCOMPARE(w.history.size(), 1);
    QCOMPARE(w.actuals.front().period, QStringLiteral("2023-W37"));
    // The view of the cut series equals the cut view: no value looks ahead.
    QCOMPARE(
        applySeriesView(splitAtOrigin(days(40), QDate(2023, 9, 20), 0).history, SeriesView::Mean7).values,
        splitAtOrigin(applySeriesView(days(40), SeriesView::Mean7), QDate(2023, 9, 20), 0).history.values);
    // No origin: everything, no actuals.
    QCOMPARE(splitAtOrigin(days(5), QDate(), 3).history.size(), 5);
    QVERIFY(splitAtOrigin(days(5), QDate(), 3).actuals.empty());
  }

  void requestJsonCarriesTheOrigin() {
    QStringList errors;
    auto r = ForecastRequest::fromJson(QJsonObject{{"as_of", "2021-02-15"}}, &errors);
    QVERIFY(r);
    QCOMPARE(r->asOf, QDate(2021, 2, 15));
    QCOMPARE(r->toJson().value("as_of").toString(), QStringLiteral("2021-02-15"));
    QVERIFY(!ForecastRequest().toJson().contains("as_of")); // unset: the cache keys of old requests stay
    for (const QJsonValue &bad : {QJsonValue("2021-02-30"), QJsonValue("15.02.2021"), QJsonValue(20210215)}) {
      QVERIFY(!ForecastRequest::fromJson(QJsonObject{{"as_of", bad}}, &errors));
      QVERIFY2(errors.value(0).startsWith("as_of: "), qPrintable(errors.value(0)));
    }
    QCOMPARE(parseIsoDay("2021-2-15"), QDate());
  }

  void resultJsonRoundTripsActuals() {
    ForecastResult r;
    r.model = "snaive";
    r.horizon = 2;
    r.forecasts.insert("0201", {{"2023-W37", 1, 0, 2, 0, 3}, {"2023-W38", 1, 0, 2, 0, 3}});
    r.asOf = QDate(2023, 9, 10);
    r.actuals.insert("0201", {{"2023-W37", 5}});
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value("as_of").toString(), QStringLiteral("2023-09-10"));
    QCOMPARE(
        json.value("actuals").toObject().value("0201").toArray().first().toObject().value("value").toDouble(),
        5.0);
    const ForecastResult back = ForecastResult::fromJson(json);
    QCOMPARE(back.asOf, r.asOf);
    QCOMPARE(back.actuals.value("0201").front().period, QStringLiteral("2023-W37"));
    QVERIFY(!ForecastResult().toJson().contains("actuals"));
  }
};

QTEST_GUILESS_MAIN(TestSeriesView)
#include "test_series_view.moc"
