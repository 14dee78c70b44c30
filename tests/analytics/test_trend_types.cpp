#include "Period.h"
#include "TrendTypes.h"
#include <QJsonDocument>
#include <QtTest>

using namespace epidesk;

namespace {
QJsonObject parse(const char *json) {
  return QJsonDocument::fromJson(json).object();
}

QStringList errorsFor(const char *json) {
  QStringList errors;
  const auto r = TrendRequest::fromJson(parse(json), &errors);
  return r ? QStringList{} : errors;
}
} // namespace

class TestTrendTypes : public QObject {
  Q_OBJECT
private slots:
  void enumStrings() {
    for (GeoLevel v : {GeoLevel::Municipality, GeoLevel::Uf, GeoLevel::Region, GeoLevel::Country})
      QVERIFY(geoLevelFromString(toString(v)) == v);
    for (PeriodKind v : {PeriodKind::Year, PeriodKind::Month})
      QVERIFY(periodKindFromString(toString(v)) == v);
    for (Measure v : {Measure::Prescriptions, Measure::Units})
      QVERIFY(measureFromString(toString(v)) == v);
    QCOMPARE(toString(GeoLevel::Municipality), QStringLiteral("municipality"));
    QCOMPARE(toString(GeoLevel::Uf), QStringLiteral("uf"));
    QCOMPARE(toString(PeriodKind::Month), QStringLiteral("month"));
    QCOMPARE(toString(Measure::Units), QStringLiteral("units"));
    QVERIFY(!geoLevelFromString(QStringLiteral("UF")));
    QVERIFY(!measureFromString(QString()));
  }

  void requestDefaults() {
    QStringList errors;
    const auto r = TrendRequest::fromJson(QJsonObject{}, &errors);
    QVERIFY2(r, qPrintable(errors.join("; ")));
    QVERIFY(errors.isEmpty());
    QCOMPARE(r->ingredientContains, QString());
    QVERIFY(r->level == GeoLevel::Uf);
    QVERIFY(r->period == PeriodKind::Year);
    QCOMPARE(r->fromYear, 0);
    QCOMPARE(r->toYear, 0);
    QVERIFY(r->measure == Measure::Prescriptions);
    QCOMPARE(r->per1000, false);
    QVERIFY(r->validate().isEmpty());
  }

  void requestRoundTrip() {
    TrendRequest r;
    r.ingredientContains = QStringLiteral("azitromicina");
    r.level = GeoLevel::Municipality;
    r.period = PeriodKind::Month;
    r.fromYear = 2014;
    r.toYear = 2020;
    r.measure = Measure::Units;
    r.per1000 = true;
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value("level").toString(), QStringLiteral("municipality"));
    QCOMPARE(json.value("per_1000").toBool(), true);
    const auto back = TrendRequest::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->toJson(), json);
    // Through text too, as the cluster sends it.
    const auto viaText =
        TrendRequest::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY(viaText);
    QCOMPARE(viaText->toJson(), json);
  }

  void fieldErrors_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("level") << R"({"level":"galaxy"})"
                           << "level: must be one of municipality, uf, region, country";
    QTest::newRow("level type") << R"({"level":2})"
                                << "level: must be one of municipality, uf, region, country";
    QTest::newRow("period") << R"({"period":"week"})"
                            << "period: must be one of year, month";
    QTest::newRow("measure") << R"({"measure":"money"})"
                             << "measure: must be one of prescriptions, units";
    QTest::newRow("from range") << R"({"from":1800})"
                                << "from: must be a year between 1900 and 2100";
    QTest::newRow("from fraction") << R"({"from":2014.5})"
                                   << "from: must be a year between 1900 and 2100";
    QTest::newRow("from huge") << R"({"from":1e300})"
                               << "from: must be a year between 1900 and 2100";
    QTest::newRow("from type") << R"({"from":"2014"})"
                               << "from: must be a number";
    QTest::newRow("to range") << R"({"to":2101})"
                              << "to: must be a year between 1900 and 2100";
    QTest::newRow("to before from") << R"({"from":2016,"to":2015})"
                                    << "to: must not be before from";
    QTest::newRow("ingredient type") << R"({"ingredient_contains":["a"]})"
                                     << "ingredient_contains: must be a string";
    QTest::newRow("per_1000 type") << R"({"per_1000":"yes"})"
                                   << "per_1000: must be true or false";
  }

  void fieldErrors() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const QStringList errors = errorsFor(json.toUtf8().constData());
    QCOMPARE(errors, QStringList{expected});
  }

  // yyyymm keys: parts, validity, month indices across year ends, next month.
  void monthKeys() {
    QCOMPARE(MonthKey::of(2024, 3), 202403);
    QCOMPARE(MonthKey::year(202403), 2024);
    QCOMPARE(MonthKey::month(202403), 3);
    QVERIFY(MonthKey::isValid(199001));
    QVERIFY(MonthKey::isValid(202412));
    QVERIFY(!MonthKey::isValid(202400)); // yearly totals
    QVERIFY(!MonthKey::isValid(202413));
    QVERIFY(!MonthKey::isValid(0));
    QCOMPARE(MonthKey::index(202401) - MonthKey::index(202312), 1);
    QCOMPARE(MonthKey::index(202403) - MonthKey::index(199001), 34 * 12 + 2);
    QCOMPARE(MonthKey::index(202403), monthIndex(2024, 3));
    for (int key : {199001, 202311, 202312, 202401, 210012})
      QCOMPARE(MonthKey::fromIndex(MonthKey::index(key)), key);
    QCOMPARE(MonthKey::next(202311), 202312);
    QCOMPARE(MonthKey::next(202312), 202401);
  }

  void dayKeys() {
    QCOMPARE(DayKey::of(2020, 3, 4), 20200304LL);
    QCOMPARE(DayKey::of(2021, 12, 31), 20211231LL);
    QCOMPARE(DayKey::year(20211231), 2021);
    QCOMPARE(DayKey::month(20211231), 12);
    QCOMPARE(DayKey::day(20211231), 31);
    QVERIFY(DayKey::of(2020, 12, 31) < DayKey::of(2021, 1, 1)); // keys sort as days
  }

  void allErrorsReported() {
    const QStringList errors = errorsFor(R"({"level":"x","period":"x","from":3000,"to":"y"})");
    QCOMPARE(errors.size(), 4);
  }

  void openAndNullYearsAreValid() {
    QVERIFY(errorsFor(R"({"from":0,"to":2015})").isEmpty());
    QVERIFY(errorsFor(R"({"from":null,"to":null,"level":null})").isEmpty());
    QVERIFY(errorsFor(R"({"from":2015,"to":2015,"ingredient_contains":""})").isEmpty());
    const auto r = TrendRequest::fromJson(parse(R"({"from":2015})"));
    QVERIFY(r);
    QCOMPARE(r->fromYear, 2015);
    QCOMPARE(r->toYear, 0);
  }

  void validateStruct() {
    TrendRequest r;
    r.fromYear = 2020;
    r.toYear = 2010;
    QCOMPARE(r.validate(), QStringList{"to: must not be before from"});
    r.toYear = 0;
    QVERIFY(r.validate().isEmpty());
    r.fromYear = 1850;
    QCOMPARE(r.validate(), QStringList{"from: must be a year between 1900 and 2100"});
  }

  void trendTestJsonNullForNaN() {
    TrendTest t;
    t.n = 1;
    const QJsonObject json = t.toJson();
    QVERIFY(json.value("tau").isNull());
    QVERIFY(json.value("p_value").isNull());
    QVERIFY(json.value("sen_slope").isNull());
    QCOMPARE(json.value("n").toInt(), 1);
    const TrendTest back = TrendTest::fromJson(json);
    QVERIFY(std::isnan(back.tau) && std::isnan(back.pValue) && std::isnan(back.z));
    QCOMPARE(back.toJson(), json);

    t.tau = 0.5;
    t.s = 10;
    t.varS = 30.5;
    t.z = 1.8;
    t.pValue = 0.07;
    t.method = QStringLiteral("exact");
    t.senSlope = -0.25;
    const TrendTest full = TrendTest::fromJson(t.toJson());
    QCOMPARE(full.tau, 0.5);
    QCOMPARE(full.varS, 30.5);
    QCOMPARE(full.method, QStringLiteral("exact"));
    QCOMPARE(full.senSlope, -0.25);
    QCOMPARE(full.toJson(), t.toJson());
  }

  void trendResultExactRoundTrip() {
    TrendResult r;
    r.measure = Measure::Units;
    r.per1000 = true;
    r.level = GeoLevel::Region;
    r.period = PeriodKind::Month;
    r.names.insert("Sul", "Sul");
    r.series.insert("Sul", {{"2014-01", 0.1}, {"2014-02", 1.0 / 3.0}, {"2014-03", 0}});
    TrendTest t;
    t.n = 3;
    t.tau = 1.0 / 3.0;
    t.s = 1;
    t.varS = 3.6666666666666665;
    t.z = 0.52;
    t.pValue = 1;
    t.method = "exact";
    t.senSlope = 0.1;
    r.trendTests.insert("Sul", t);
    r.trendTests.insert("Norte", TrendTest{}); // NaNs

    const QJsonObject x = r.toJson();
    QCOMPARE(TrendResult::fromJson(x).toJson(), x);
    const QJsonObject viaText =
        QJsonDocument::fromJson(QJsonDocument(x).toJson(QJsonDocument::Compact)).object();
    QCOMPARE(TrendResult::fromJson(viaText).toJson(), x);
    const TrendResult back = TrendResult::fromJson(x);
    QVERIFY(back.level == GeoLevel::Region);
    QVERIFY(back.period == PeriodKind::Month);
    QVERIFY(back.measure == Measure::Units);
    QCOMPARE(back.per1000, true);
    QCOMPARE(back.series.value("Sul").at(1).value, 1.0 / 3.0);
    QCOMPARE(back.series.value("Sul").at(1).period, QStringLiteral("2014-02"));
  }
};

QTEST_GUILESS_MAIN(TestTrendTypes)
#include "test_trend_types.moc"
