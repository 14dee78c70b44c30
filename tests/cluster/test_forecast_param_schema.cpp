#include "ForecastParamSchema.h"
#include "JobRequest.h"
#include "JobStatus.h"
#include "OpenApi.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace epidesk;

// The forecast job's one parameter table against what the server serves
// and what it answers with 422.
class TestForecastParamSchema : public QObject {
  Q_OBJECT

  static QJsonObject schemas() {
    return QJsonDocument::fromJson(openApiDocument())
        .object()
        .value("components")
        .toObject()
        .value("schemas")
        .toObject();
  }

  // A valid job for that parameter's source, with `name` set to `value`.
  static QList<FieldError> errorsFor(const ForecastParam &p, const QJsonValue &value) {
    QJsonObject params{{"model", "ets"}};
    if (p.source == QLatin1String("districts"))
      params.insert("source", "districts");
    else
      params.insert("series", QJsonObject{{"level", "uf"}, {"period", "month"}});
    params.insert(p.name, value);
    QList<FieldError> errors;
    const auto r = JobRequest::fromJson(QJsonObject{{"kind", "forecast"}, {"params", params}}, &errors);
    if (r)
      errors.append({QStringLiteral("(accepted)"), QString()});
    return errors;
  }

  // Values of the wrong type or outside the choices or the range.
  static QList<QJsonValue> badValues(const ForecastParam &p) {
    switch (p.type) {
    case ForecastParam::Type::String:
      return p.choices.isEmpty() ? QList<QJsonValue>{5, QJsonObject()}
                                 : QList<QJsonValue>{QStringLiteral("no-such-choice"), 5};
    case ForecastParam::Type::Integer:
      return {p.minimum - 1, p.maximum + 1, 1.5, QStringLiteral("3")};
    case ForecastParam::Type::Date:
      return {QStringLiteral("2021-02-30"), 20210215};
    case ForecastParam::Type::Object:
      return {QStringLiteral("x"), QJsonArray{1}};
    case ForecastParam::Type::StringList:
      return {QStringLiteral("MG"), QJsonArray{2}, QJsonArray{""}};
    }
    return {};
  }

private slots:
  void openApiListsExactlyTheSchemasParameters() {
    const QJsonObject forecast = schemas().value("ForecastParams").toObject();
    const QJsonObject properties = forecast.value("properties").toObject();
    QStringList names;
    for (const ForecastParam &p : ForecastParamSchema::params())
      names << p.name;
    QStringList listed = properties.keys();
    names.sort();
    listed.sort();
    QCOMPARE(listed, names);
    for (const ForecastParam &p : ForecastParamSchema::params()) {
      const QJsonObject o = properties.value(p.name).toObject();
      QCOMPARE(o.value("enum").toArray(), QJsonArray::fromStringList(p.choices));
      QCOMPARE(o.value("default"), p.defaultValue);
      QCOMPARE(o.contains("default"), !p.defaultValue.isUndefined());
      if (p.type == ForecastParam::Type::Integer) {
        QCOMPARE(o.value("minimum").toInt(), p.minimum);
        QCOMPARE(o.value("maximum").toInt(), p.maximum);
      }
    }
    // What the desktop and the CLI offer.
    QCOMPARE(ForecastParamSchema::param("model").choices, ForecastRequest::modelIds());
    QCOMPARE(ForecastParamSchema::param("indicator").choices, DistrictIndicator::ids());
  }

  void openApiListsTheServersJobStatuses() {
    const QJsonObject job = schemas().value("Job").toObject().value("properties").toObject();
    QCOMPARE(job.value("status").toObject().value("enum").toArray(),
             QJsonArray::fromStringList({"queued", "running", "succeeded", "failed", "cancelled"}));
    QVERIFY(isFinalJobStatus(jobStatusId(JobStatus::Rejected)));
    QVERIFY(!isFinalJobStatus(QStringLiteral("running")));
    for (JobStatus s : kAllJobStatuses)
      QCOMPARE(jobStatusFromId(jobStatusId(s)), std::optional<JobStatus>(s));
  }

  void everyBadValueIs422NamingItsField() {
    for (const ForecastParam &p : ForecastParamSchema::params()) {
      for (const QJsonValue &bad : badValues(p)) {
        const QList<FieldError> errors = errorsFor(p, bad);
        const QString what = p.name + QStringLiteral(" = ") +
                             QString::fromUtf8(QJsonDocument(QJsonArray{bad}).toJson(QJsonDocument::Compact));
        QVERIFY2(errors.size() == 1, qPrintable(what));
        QVERIFY2(errors.first().field == QStringLiteral("params.") + p.name,
                 qPrintable(what + QStringLiteral(" -> ") + errors.first().field));
        QVERIFY2(!errors.first().message.isEmpty(), qPrintable(what));
      }
    }
  }

  void defaultsAreWhatAnEmptyRequestGets() {
    QList<FieldError> errors;
    const auto r = JobRequest::fromJson(
        QJsonObject{{"kind", "forecast"}, {"params", QJsonObject{{"source", "districts"}}}}, &errors);
    QVERIFY(r);
    for (const ForecastParam &p : ForecastParamSchema::params())
      if (!p.defaultValue.isUndefined() && p.name != QLatin1String("source") &&
          (p.source.isEmpty() || p.source == QLatin1String("districts")))
        QVERIFY2(r->params.value(p.name) == p.defaultValue, qPrintable(p.name));
  }
};

QTEST_GUILESS_MAIN(TestForecastParamSchema)
#include "test_forecast_param_schema.moc"
