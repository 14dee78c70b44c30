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
// tests/relocation). Serialised as the job's params.
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
