#include "ForecastModel.h"
#include "ForecastTypes.h"
#include "TimeSeries.h"
#include <QJsonDocument>
#include <QtTest>

using namespace epidesk;

namespace {
QStringList errorsFor(const char *json) {
  QStringList errors;
  const auto r = ForecastRequest::fromJson(QJsonDocument::fromJson(json).object(), &errors);
  return r ? QStringList{} : errors;
}
} // namespace

class TestForecastTypes : public QObject {
  Q_OBJECT
private slots:
  void labels_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("frequency");
    QTest::addColumn<QDate>("date");
    QTest::newRow("daily") << "2020-11-24" << int(Frequency::Daily) << QDate(2020, 11, 24);
    QTest::newRow("monthly") << "1949-01" << int(Frequency::Monthly) << QDate(1949, 1, 1);
    QTest::newRow("quarterly") << "1971-Q2" << int(Frequency::Quarterly) << QDate(1971, 4, 1);
    QTest::newRow("quarter 4") << "1980-Q4" << int(Frequency::Quarterly) << QDate(1980, 10, 1);
    QTest::newRow("yearly") << "1912" << int(Frequency::Yearly) << QDate(1912, 1, 1);
  }
  void labels() {
    QFETCH(QString, text);
    QFETCH(int, frequency);
    QFETCH(QDate, date);
    const auto parsed = TimeSeries::parseLabel(text);
    QVERIFY(parsed);
    QCOMPARE(int(parsed->first), frequency);
    QCOMPARE(parsed->second, date);
    QCOMPARE(TimeSeries::label(parsed->first, parsed->second), text);
  }

  void badLabels() {
    for (const char *bad : {"", "2020-13", "2020-00", "2020-Q0", "2020-Q5", "2021-02-30", "20-01", "2020/01",
                            " 2020-01", "2020-1", "2020-01-01T00:00", "abcd"})
      QVERIFY2(!TimeSeries::parseLabel(QString::fromLatin1(bad)), bad);
  }

  void futurePeriods() {
    TimeSeries s;
    s.frequency = Frequency::Monthly;
    s.start = QDate(1960, 11, 1);
    s.values = {1, 2, 3};
    QCOMPARE(s.periodLabel(0), QStringLiteral("1960-11"));
    QCOMPARE(s.periodLabel(3), QStringLiteral("1961-02"));
    QCOMPARE(s.periodStart(14), QDate(1962, 1, 1));
    s.frequency = Frequency::Quarterly;
    s.start = QDate(1980, 10, 1);
    QCOMPARE(s.periodLabel(1), QStringLiteral("1981-Q1"));
    QCOMPARE(s.periodLabel(8), QStringLiteral("1982-Q4"));
    s.frequency = Frequency::Daily;
    s.start = QDate(2024, 2, 28);
    QCOMPARE(s.periodLabel(1), QStringLiteral("2024-02-29"));
    QCOMPARE(s.periodLabel(2), QStringLiteral("2024-03-01"));
    s.frequency = Frequency::Yearly;
    s.start = QDate(1971, 1, 1);
    QCOMPARE(s.periodLabel(5), QStringLiteral("1976"));
    QCOMPARE(s.seasonalPeriod(), 1);
    s.frequency = Frequency::Daily;
    QCOMPARE(s.seasonalPeriod(), 7);
  }

  // periodIndex() inverts periodStart() at every frequency, across year ends
  // and before the start; calendar indices of two series differ by their steps.
  void periodIndices_data() {
    QTest::addColumn<int>("frequency");
    QTest::addColumn<QDate>("start");
    QTest::newRow("daily") << int(Frequency::Daily) << QDate(2023, 12, 30);
    QTest::newRow("weekly") << int(Frequency::Weekly) << QDate(2020, 12, 28); // Monday of 2020-W53
    QTest::newRow("monthly") << int(Frequency::Monthly) << QDate(1960, 11, 1);
    QTest::newRow("quarterly") << int(Frequency::Quarterly) << QDate(1980, 10, 1);
    QTest::newRow("yearly") << int(Frequency::Yearly) << QDate(1971, 1, 1);
  }
  void periodIndices() {
    QFETCH(int, frequency);
    QFETCH(QDate, start);
    TimeSeries s;
    s.frequency = Frequency(frequency);
    s.start = start;
    for (int i : {-5, -1, 0, 1, 2, 11, 12, 13, 40}) {
      QCOMPARE(s.periodIndex(s.periodStart(i)), i);
      QCOMPARE(TimeSeries::stepsBetween(s.frequency, s.periodStart(i), start), qint64(-i));
      QCOMPARE(TimeSeries::calendarIndex(s.frequency, s.periodStart(i)) -
                   TimeSeries::calendarIndex(s.frequency, start),
               qint64(i));
    }
  }
  void calendarAndSteps() {
    QCOMPARE(TimeSeries::calendarIndex(Frequency::Monthly, QDate(2024, 3, 1)), 2024 * 12LL + 2);
    QCOMPARE(TimeSeries::calendarIndex(Frequency::Quarterly, QDate(2024, 12, 1)), 2024 * 4LL + 3);
    QCOMPARE(TimeSeries::calendarIndex(Frequency::Weekly, QDate(2024, 1, 1)) -
                 TimeSeries::calendarIndex(Frequency::Weekly, QDate(2023, 12, 31)),
             qint64(1)); // Sunday to Monday starts an ISO week
    QCOMPARE(TimeSeries::stepsBetween(Frequency::Monthly, QDate(2019, 11, 1), QDate(2021, 2, 1)), qint64(15));
    QCOMPARE(TimeSeries::stepsBetween(Frequency::Quarterly, QDate(2019, 10, 1), QDate(2021, 1, 1)),
             qint64(5));
    QCOMPARE(TimeSeries::stepsBetween(Frequency::Weekly, QDate(2024, 1, 1), QDate(2024, 3, 4)), qint64(9));
    QCOMPARE(TimeSeries::stepsBetween(Frequency::Yearly, QDate(2024, 1, 1), QDate(2019, 1, 1)), qint64(-5));
  }

  void requestDefaultsAndRoundTrip() {
    QStringList errors;
    const auto d = ForecastRequest::fromJson(QJsonObject{}, &errors);
    QVERIFY2(d, qPrintable(errors.join("; ")));
    QCOMPARE(d->model, QStringLiteral("ets"));
    QCOMPARE(d->horizon, 12);
    QCOMPARE(d->backtestOrigins, 0);

    ForecastRequest r;
    r.model = QStringLiteral("nn");
    r.horizon = 14;
    r.options = QJsonObject{{"window", 14}, {"k", 10}, {"transform", "mean7"}};
    r.backtestOrigins = 5;
    const auto back = ForecastRequest::fromJson(r.toJson(), &errors);
    QVERIFY2(back, qPrintable(errors.join("; ")));
    QCOMPARE(back->model, r.model);
    QCOMPARE(back->horizon, r.horizon);
    QCOMPARE(back->options, r.options);
    QCOMPARE(back->backtestOrigins, r.backtestOrigins);
    for (const char *model : {"nn", "bayes", "ets", "snaive", "arima", "theta", "tsb", "auto"})
      QVERIFY(ForecastRequest::fromJson(QJsonObject{{"model", model}}));
  }

  void requestFieldErrors() {
    QVERIFY(errorsFor(R"({"model":"prophet"})").first().startsWith("model: "));
    QVERIFY(errorsFor(R"({"model":"prophet"})").first().contains("snaive"));
    QVERIFY(errorsFor(R"({"horizon":0})").first().startsWith("horizon: "));
    QVERIFY(errorsFor(R"({"horizon":1.5})").first().startsWith("horizon: "));
    QVERIFY(errorsFor(R"({"horizon":"12"})").first().startsWith("horizon: "));
    QVERIFY(errorsFor(R"({"backtest_origins":-1})").first().startsWith("backtest_origins: "));
    QVERIFY(errorsFor(R"({"options":[1]})").first().startsWith("options: "));
    QCOMPARE(errorsFor(R"({"model":1,"horizon":0,"options":3})").size(), 3);
    QVERIFY(errorsFor(R"({"model":null,"horizon":null})").isEmpty());
  }

  void resultRoundTrip() {
    ForecastResult r;
    r.model = QStringLiteral("ets");
    r.horizon = 2;
    r.forecasts.insert("series",
                       {{"1961-01", 450.5, 430, 470, 420, 480}, {"1961-02", 440, 415, 465, 400, 480}});
    r.backtest.insert("series", BacktestScore{0.75, 4.5, 0.8, 0.95, 3});
    r.analogues.insert("0201", {{"0202", "2021-03-01", 1.25}});
    r.fit.insert("series", QJsonObject{{"form", "ETS(M,Ad,M)"}, {"aicc", 1400.6}});
    const QJsonObject json = r.toJson();
    // The documented shape.
    const QJsonObject p = json["forecasts"].toObject()["series"].toArray()[0].toObject();
    for (const char *key : {"period", "mean", "lo80", "hi80", "lo95", "hi95"})
      QVERIFY2(p.contains(QLatin1String(key)), key);
    const QJsonObject b = json["backtest"].toObject()["series"].toObject();
    for (const char *key : {"mase", "smape", "coverage80", "coverage95"})
      QVERIFY2(b.contains(QLatin1String(key)), key);

    const ForecastResult back =
        ForecastResult::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QCOMPARE(back.model, r.model);
    QCOMPARE(back.horizon, r.horizon);
    QCOMPARE(back.forecasts["series"].size(), size_t(2));
    QCOMPARE(back.forecasts["series"][1].period, QStringLiteral("1961-02"));
    QCOMPARE(back.forecasts["series"][0].mean, 450.5);
    QCOMPARE(back.forecasts["series"][1].hi95, 480.0);
    QCOMPARE(back.backtest["series"].mase, 0.75);
    QCOMPARE(back.backtest["series"].origins, 3);
    QCOMPARE(back.analogues["0201"][0].start, QStringLiteral("2021-03-01"));
    QCOMPARE(back.fit["series"]["form"].toString(), QStringLiteral("ETS(M,Ad,M)"));
    QCOMPARE(back.toJson(), json);
  }

  void registry() {
    QCOMPARE(ForecastModelRegistry::ids(),
             (QStringList{"nn", "bayes", "ets", "snaive", "arima", "theta", "tsb", "auto"}));
    for (const QString &id : ForecastModelRegistry::ids()) {
      const auto model = ForecastModelRegistry::create(id);
      QVERIFY2(model, qPrintable(id));
      QCOMPARE(model->id(), id);
      QVERIFY(!model->name().isEmpty());
    }
    QVERIFY(!ForecastModelRegistry::create(QStringLiteral("prophet")));
  }
};

QTEST_GUILESS_MAIN(TestForecastTypes)
#include "test_forecast_types.moc"
