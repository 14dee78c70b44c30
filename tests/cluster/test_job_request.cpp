#include "JobRequest.h"
#include "JobRunner.h"
#include "RelocationSolver.h"
#include "RelocationTypes.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <cmath>

using namespace epidesk;

namespace {
// Two districts, one hospital in B: A's patients must travel (hand-checked in
// tests/analytics/relocation). Serialised as the job's params.
RelocationScenario travelScenario() {
  RelocationScenario s;
  s.name = QStringLiteral("two-districts");
  s.months = 1;
  s.districts.push_back({"A", "A", std::nan(""), std::nan("")});
  s.districts.push_back({"B", "B", std::nan(""), std::nan("")});
  s.groups.push_back({"G", "G", 1.0, 5.0, 1});
  s.facilities.push_back({"H", "B", "H", 0, 0});
  s.demand.push_back({"A", "G", 1, 4});
  s.capacity.push_back({"H", "G", 1, 10, 0});
  s.travel = {{"A", "A", 0}, {"B", "B", 0}, {"A", "B", 1}, {"B", "A", 1}};
  return s;
}
} // namespace

class TestJobRequest : public QObject {
  Q_OBJECT
private slots:
  void canonicalIgnoresKeyOrderAndDefaults() {
    const auto a =
        QJsonDocument::fromJson(
            R"({"kind":"trends","params":{"ingredient_contains":"azitro","level":"uf","period":"year"}})")
            .object();
    const auto b =
        QJsonDocument::fromJson(
            R"({"params":{"period":"year","level":"uf","measure":"prescriptions","ingredient_contains":"azitro"},"kind":"trends"})")
            .object();
    QStringList errors;
    auto ra = JobRequest::fromJson(a, &errors);
    QVERIFY2(ra, qPrintable(errors.join("; ")));
    auto rb = JobRequest::fromJson(b, &errors);
    QVERIFY2(rb, qPrintable(errors.join("; ")));
    QCOMPARE(ra->canonicalJson(), rb->canonicalJson());
    QCOMPARE(ra->cacheKey("v1"), rb->cacheKey("v1"));
    QVERIFY(ra->cacheKey("v1") != ra->cacheKey("v2"));
  }
  void invalidGivesFieldErrors() {
    QStringList errors;
    auto r = JobRequest::fromJson(
        QJsonDocument::fromJson(R"({"kind":"trends","params":{"level":"galaxy"}})").object(), &errors);
    QVERIFY(!r);
    QVERIFY2(errors.join(";").contains("params.level"), qPrintable(errors.join(";")));
    r = JobRequest::fromJson(QJsonDocument::fromJson(R"({"kind":"nope","params":{}})").object(), &errors);
    QVERIFY(!r);
    QVERIFY(errors.join(";").contains("kind"));
  }

  // The forecast params contract (see JobRequest.h and the OpenAPI document).
  void forecastDefaultsAreFilledForACanonicalKey() {
    const QJsonObject series{{"ingredient_contains", "azitro"}, {"level", "uf"}, {"period", "month"}};
    QList<FieldError> errors;
    // Defaults left out vs spelled out (key order differs too).
    auto bare = JobRequest::fromJson(
        QJsonObject{{"kind", "forecast"}, {"params", QJsonObject{{"model", "auto"}, {"series", series}}}},
        &errors);
    QVERIFY(bare);
    auto spelled = JobRequest::fromJson(QJsonObject{{"params", QJsonObject{{"selector", " ALL "},
                                                                           {"source", "trends"},
                                                                           {"backtest_origins", 0},
                                                                           {"series", series},
                                                                           {"model", "auto"},
                                                                           {"horizon", 12},
                                                                           {"options", QJsonObject()}}},
                                                    {"kind", "forecast"}},
                                        &errors);
    QVERIFY(spelled);
    QCOMPARE(bare->canonicalJson(), spelled->canonicalJson());
    QCOMPARE(bare->cacheKey("v"), spelled->cacheKey("v"));
    QCOMPARE(bare->params.value("source").toString(), QString("trends"));
    QCOMPARE(bare->params.value("selector").toString(), QString("all"));
    QVERIFY(!bare->params.contains("indicator")); // trends: what is measured is in series
    QCOMPARE(bare->params.value("series").toObject().value("measure").toString(), QString("prescriptions"));

    // Districts: indicator defaults to cases, series is not needed (and dropped).
    auto districts = JobRequest::fromJson(
        QJsonObject{{"kind", "forecast"},
                    {"params", QJsonObject{{"source", "districts"}, {"model", "ets"}, {"series", series}}}},
        &errors);
    QVERIFY(districts);
    QCOMPARE(districts->params.value("indicator").toString(), QString("cases"));
    QVERIFY(!districts->params.contains("series"));
    auto cases = JobRequest::fromJson(
        QJsonObject{
            {"kind", "forecast"},
            {"params", QJsonObject{{"source", "districts"}, {"model", "ets"}, {"indicator", "cases"}}}},
        &errors);
    QVERIFY(cases);
    QCOMPARE(cases->cacheKey("v"), districts->cacheKey("v"));
    auto deaths = JobRequest::fromJson(
        QJsonObject{
            {"kind", "forecast"},
            {"params", QJsonObject{{"source", "districts"}, {"model", "ets"}, {"indicator", "deaths"}}}},
        &errors);
    QVERIFY(deaths);
    QVERIFY(deaths->cacheKey("v") != cases->cacheKey("v"));
  }

  // Issue 11: the views of the daily series and the forecast origin.
  void forecastViewsAndOriginAreCanonical() {
    QList<FieldError> errors;
    auto job = [&](const QJsonObject &extra) {
      QJsonObject params{{"source", "districts"}, {"model", "ets"}};
      for (auto it = extra.begin(); it != extra.end(); ++it)
        params.insert(it.key(), it.value());
      return JobRequest::fromJson(QJsonObject{{"kind", "forecast"}, {"params", params}}, &errors);
    };
    for (const char *id : {"cases_mean7", "cases_weekly", "deaths_mean7", "deaths_weekly"}) {
      const auto r = job({{"indicator", id}});
      QVERIFY2(r, id);
      QCOMPARE(r->params.value("indicator").toString(), QString(id));
    }
    QVERIFY(job({{"indicator", "cases_mean7"}})->cacheKey("v") !=
            job({{"indicator", "cases"}})->cacheKey("v"));
    const auto asOf = job({{"as_of", "2021-02-15"}});
    QVERIFY(asOf);
    QCOMPARE(asOf->params.value("as_of").toString(), QString("2021-02-15"));
    QVERIFY(asOf->cacheKey("v") != job({})->cacheKey("v"));
    QVERIFY(!job({})->params.contains("as_of")); // no origin: the key of a plain request is unchanged
    QCOMPARE(job({{"as_of", QJsonValue::Null}})->cacheKey("v"), job({})->cacheKey("v"));
    QVERIFY(!job({{"as_of", "2021-02-30"}}));
    QCOMPARE(errors.value(0).field, QString("params.as_of"));
    QVERIFY(!job({{"indicator", "cases_monthly"}}));
    QCOMPARE(errors.value(0).field, QString("params.indicator"));
    QVERIFY(errors.value(0).message.contains("cases_weekly"));
  }

  void forecastSelectorAndLegacyCodesShareOneKey() {
    auto job = [](const QJsonObject &extra) {
      QJsonObject params{{"source", "districts"}, {"model", "snaive"}, {"horizon", 7}};
      for (auto it = extra.begin(); it != extra.end(); ++it)
        params.insert(it.key(), it.value());
      QList<FieldError> errors;
      auto r = JobRequest::fromJson(QJsonObject{{"kind", "forecast"}, {"params", params}}, &errors);
      if (!r)
        qWarning("unexpected errors: %s", qPrintable(errors.value(0).field + ": " + errors.value(0).message));
      return r;
    };
    const auto selector = job({{"selector", "PL, 02*,0201"}});
    const auto reordered = job({{"selector", "0201,PL,02*,PL"}});
    const auto codes = job({{"codes", QJsonArray{"PL", "0201", "02*"}}});
    QVERIFY(selector && reordered && codes);
    QCOMPARE(selector->params.value("selector").toString(), QString("02*,0201,PL")); // sorted
    QVERIFY(!codes->params.contains("codes")); // legacy form is rewritten
    QCOMPARE(selector->cacheKey("v"), reordered->cacheKey("v"));
    QCOMPARE(codes->cacheKey("v"), selector->cacheKey("v"));
    QCOMPARE(job({{"codes", QJsonArray()}})->params.value("selector").toString(), QString("all"));
    QCOMPARE(job({{"selector", ""}})->params.value("selector").toString(), QString("all"));
    QVERIFY(job({{"selector", "0201"}})->cacheKey("v") != selector->cacheKey("v"));
  }

  void forecastAllowsAutoAndBacktests() {
    QList<FieldError> errors;
    auto r = JobRequest::fromJson(
        QJsonObject{
            {"kind", "forecast"},
            {"params", QJsonObject{{"source", "districts"}, {"model", "auto"}, {"backtest_origins", 2}}}},
        &errors);
    QVERIFY2(r, errors.isEmpty() ? "" : qPrintable(errors[0].field + ": " + errors[0].message));
    QCOMPARE(r->params.value("model").toString(), QString("auto"));
    QCOMPARE(r->params.value("backtest_origins").toInt(), 2);
  }

  void invalidForecastParamsName422Fields() {
    auto fields = [](const QJsonObject &params) {
      QList<FieldError> errors;
      const auto r = JobRequest::fromJson(QJsonObject{{"kind", "forecast"}, {"params", params}}, &errors);
      QStringList out;
      for (const FieldError &e : errors) {
        out << e.field;
        if (e.message.isEmpty())
          out << QStringLiteral("(no message)");
      }
      return r ? QStringList{QStringLiteral("(accepted)")} : out;
    };
    const QJsonObject series{{"level", "uf"}};
    QCOMPARE(fields({{"source", "moon"}, {"series", series}}), QStringList{"params.source"});
    QCOMPARE(fields({{"source", 3}}), QStringList{"params.source"});
    QCOMPARE(fields({{"source", "districts"}, {"indicator", "births"}}), QStringList{"params.indicator"});
    QCOMPARE(fields({}), QStringList{"params.series"}); // trends by default: series required
    QCOMPARE(fields({{"source", "trends"}, {"series", QJsonObject{{"level", "galaxy"}}}}),
             QStringList{"params.series.level"});
    QCOMPARE(fields({{"series", series}, {"selector", "MG,,SP"}}), QStringList{"params.selector"});
    QCOMPARE(fields({{"series", series}, {"selector", 5}}), QStringList{"params.selector"});
    QCOMPARE(fields({{"series", series}, {"codes", QJsonArray{"MG", 2}}}), QStringList{"params.codes"});
    QCOMPARE(fields({{"series", series}, {"codes", "MG"}}), QStringList{"params.codes"});
    QCOMPARE(fields({{"series", series}, {"codes", QJsonArray{"MG"}}, {"selector", "MG"}}),
             QStringList{"params.codes"});
    QCOMPARE(fields({{"series", series}, {"model", "oracle"}, {"horizon", 0}}),
             (QStringList{"params.model", "params.horizon"}));
    QCOMPARE(fields({{"series", series}, {"selector", "MG, 3*"}}), QStringList{"(accepted)"});
  }

  void relocationRunsTheDesktopSolver() {
    const RelocationScenario scenario = travelScenario();
    QStringList errors;
    auto job = JobRequest::fromJson(
        QJsonObject{{"kind", "relocation"}, {"params", QJsonObject{{"scenario", scenario.toJson()}}}},
        &errors);
    QVERIFY2(job, qPrintable(errors.join("; ")));
    // The worker path gives the same plan as solving in-process.
    const QJsonObject remote = JobRunner::runRelocation(job->params, nullptr);
    const RelocationPlan local = RelocationSolver::solve(scenario, {}, {});
    QCOMPARE(remote.value("status").toString(), local.toJson().value("status").toString());
    QCOMPARE(remote.value("objective").toDouble(), local.objective);
    QCOMPARE(remote.value("flows").toArray(), local.toJson().value("flows").toArray());
    QCOMPARE(remote.value("flows").toArray().size(), 1); // A -> H
  }
  void invalidRelocationIsRejectedBeforeQueueing() {
    RelocationScenario scenario = travelScenario();
    scenario.demand.push_back({"ZZ", "G", 1, 2}); // unknown district
    QStringList errors;
    auto job = JobRequest::fromJson(
        QJsonObject{{"kind", "relocation"}, {"params", QJsonObject{{"scenario", scenario.toJson()}}}},
        &errors);
    QVERIFY(!job);
    QVERIFY2(errors.join(";").contains("params.scenario") && errors.join(";").contains("ZZ"),
             qPrintable(errors.join(";")));
  }
};

QTEST_GUILESS_MAIN(TestJobRequest)
#include "test_job_request.moc"
