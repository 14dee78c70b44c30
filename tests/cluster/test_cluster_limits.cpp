// What the API refuses before anything is queued or stored (issue: hostile
// clients): paths on the worker, unbounded work, text jsonb cannot hold,
// malformed Authorization headers. Pure: no server, no database.
#include "JobLimits.h"
#include "JobRequest.h"
#include "JsonText.h"
#include "TokenAuth.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace epidesk;

namespace {
QJsonObject parse(const char *json) {
  return QJsonDocument::fromJson(json).object();
}
QString errorsOf(const QJsonObject &job) {
  QStringList errors;
  const auto r = JobRequest::fromJson(job, &errors);
  return r ? QString() : errors.join(QStringLiteral("; "));
}
QJsonObject relocation(const QJsonObject &settings) {
  const QJsonObject scenario{
      {"name", "s"},
      {"months", 1},
      {"districts",
       QJsonArray{QJsonObject{{"code", "A"}, {"name", "A"}}, QJsonObject{{"code", "B"}, {"name", "B"}}}},
      {"groups",
       QJsonArray{QJsonObject{
           {"id", "G"}, {"name", "G"}, {"urgency", 1}, {"max_travel_hours", 5}, {"deadline_months", 1}}}},
      {"facilities", QJsonArray{QJsonObject{{"id", "H"}, {"district", "B"}, {"name", "H"}}}},
      {"demand", QJsonArray{QJsonObject{{"district", "A"}, {"group", "G"}, {"month", 1}, {"patients", 4}}}},
      {"capacity", QJsonArray{QJsonObject{
                       {"facility", "H"}, {"group", "G"}, {"month", 1}, {"capacity", 10}, {"surge", 0}}}},
      {"travel", QJsonArray{QJsonObject{{"from", "A"}, {"to", "B"}, {"hours", 1}},
                            QJsonObject{{"from", "A"}, {"to", "A"}, {"hours", 0}},
                            QJsonObject{{"from", "B"}, {"to", "B"}, {"hours", 0}},
                            QJsonObject{{"from", "B"}, {"to", "A"}, {"hours", 1}}}}};
  return {{"kind", "relocation"}, {"params", QJsonObject{{"scenario", scenario}, {"settings", settings}}}};
}
QJsonObject bayes(double samples, int horizon, const QString &selector) {
  return {{"kind", "forecast"},
          {"params", QJsonObject{{"model", "bayes"},
                                 {"horizon", horizon},
                                 {"source", "districts"},
                                 {"selector", selector},
                                 {"options", QJsonObject{{"samples", samples}}}}}};
}
} // namespace

class TestClusterLimits : public QObject {
  Q_OBJECT
private slots:
  void aRemoteJobCannotNameAFileOnTheWorker() {
    QCOMPARE(errorsOf(relocation({})), QString());
    for (const char *path : {"../x.mps", "/tmp/link.lp", "model.mps"}) {
      const QString e = errorsOf(relocation({{"write_model", path}}));
      QVERIFY2(e.startsWith("params.settings.write_model: "), qPrintable(e));
    }
  }

  void unboundedWorkIsRefusedNamingTheLimit() {
    // The reported case: bayes, 1e6 samples, 4 series, horizon 200 took 3.2 GB.
    const QString e = errorsOf(bayes(1e6, 200, "0201,0202,0203,0204"));
    QVERIFY2(e.contains("params.options.samples: ") && e.contains("20000000"), qPrintable(e));
    // Within one series' bound but over the job's: every powiat × big samples.
    const QString all = errorsOf(bayes(100000, 100, "all"));
    QVERIFY2(all.contains("params: ") && all.contains("500000000"), qPrintable(all));
    // The defaults a desktop sends stay allowed: all powiats, 1000 samples, 14 days, 2 backtests.
    QJsonObject usual = bayes(1000, 14, "all");
    QJsonObject p = usual.value("params").toObject();
    p.insert("backtest_origins", 2);
    usual.insert("params", p);
    QCOMPARE(errorsOf(usual), QString());
    // Time limits of the solver are bounded too.
    const QString solve = errorsOf(relocation({{"time_limit_seconds", 1e9}}));
    QVERIFY2(solve.startsWith("params.settings.time_limit_seconds: "), qPrintable(solve));
    QCOMPARE(errorsOf(relocation({{"time_limit_seconds", 600}})), QString());
  }

  void limitsComeFromTheServersOptions() {
    const JobLimits saved = JobLimits::current();
    JobLimits tight;
    tight.maxSolveSeconds = 5;
    JobLimits::setCurrent(tight);
    const QString e = errorsOf(relocation({{"time_limit_seconds", 6}}));
    JobLimits::setCurrent(saved);
    QVERIFY2(e.contains("at most 5 seconds"), qPrintable(e));
  }

  void jsonTextThatJsonbCannotHoldIsFound() {
    QCOMPARE(jsonTextProblem("{\"tag\":\"ok\",\"emoji\":\"\\ud83d\\ude00\",\"escaped\":\"\\\\ud800\"}"),
             QString());
    QCOMPARE(jsonTextProblem("{\"name\":\"S\xc3\x83O PAULO\"}"), QString());
    QVERIFY(jsonTextProblem("{\"tag\":\"\\ud800\"}").contains("lone surrogate"));
    QVERIFY(jsonTextProblem("{\"tag\":\"\\uDC00x\"}").contains("lone surrogate"));
    QVERIFY(jsonTextProblem("{\"tag\":\"\\ud800\\u0041\"}").contains("lone surrogate"));
    QVERIFY(jsonTextProblem("{\"tag\":\"a\\u0000b\"}").contains("u0000"));
    QVERIFY(jsonTextProblem("{\"tag\":\"\xed\xa0\x80\"}").contains("UTF-8"));     // encoded surrogate
    QVERIFY(jsonTextProblem("{\"tag\":\"\xc0\xaf\"}").contains("UTF-8"));         // overlong '/'
    QVERIFY(jsonTextProblem("{\"tag\":\"\xf4\x90\x80\x80\"}").contains("UTF-8")); // > U+10FFFF
    QVERIFY(jsonTextProblem("{\"tag\":\"\xe2\x82\"}").contains("UTF-8"));         // truncated
    // Truncated escapes at the end never read past the text.
    QCOMPARE(jsonTextProblem("{\"tag\":\"\\u12"), QString());
  }

  void onlyExactlyBearerAndATokenIsAccepted() {
    const QByteArray token = "epd_" + QByteArray(43, 'A');
    QCOMPARE(TokenAuth::bearerToken("Bearer " + token), std::optional<QByteArray>(token));
    QCOMPARE(TokenAuth::bearerToken("bearer " + token),
             std::optional<QByteArray>(token)); // RFC 9110: scheme is case-insensitive
    for (const QByteArray &bad :
         {"Bearer  " + token, "Bearer " + token + " ", " Bearer " + token, "Bearer\t" + token,
          "Token " + token, "Bearer " + token + "x", "Bearer " + token.left(46),
          "Bearer epd_" + QByteArray(42, 'A') + "=", "Bearer " + token + ",Bearer " + token,
          QByteArray("Bearer "), QByteArray()})
      QVERIFY2(!TokenAuth::bearerToken(bad), bad.constData());
  }
};

QTEST_GUILESS_MAIN(TestClusterLimits)
#include "test_cluster_limits.moc"
