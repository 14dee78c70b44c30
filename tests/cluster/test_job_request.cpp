#include "JobRequest.h"
#include <QJsonDocument>
#include <QtTest>

using namespace epidesk;

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
};

QTEST_GUILESS_MAIN(TestJobRequest)
#include "test_job_request.moc"
