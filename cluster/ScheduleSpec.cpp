#include "ScheduleSpec.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace epidesk {

namespace {
class ScheduleSpecText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ScheduleSpec)
};
const QStringList kFields{"kind", "params", "cron", "timezone", "name", "catch_up", "force", "max_failures"};
} // namespace

QStringList ScheduleSpec::catchUpPolicies() {
  return {QStringLiteral("none"), QStringLiteral("latest"), QStringLiteral("all")};
}

std::optional<ScheduleSpec> ScheduleSpec::fromJson(const QJsonObject &body, QList<FieldError> *errors) {
  const qsizetype before = errors->size();
  for (auto it = body.begin(); it != body.end(); ++it)
    if (!kFields.contains(it.key())) // a typo ("timeZone") must not silently mean UTC
      errors->append({it.key(), ScheduleSpecText::tr("unknown field; expected one of %1")
                                    .arg(kFields.join(QStringLiteral(", ")))});
  ScheduleSpec spec;
  QList<FieldError> requestErrors; // (JobRequest::fromJson starts its list afresh)
  std::optional<JobRequest> request = JobRequest::fromJson(
      QJsonObject{{"kind", body.value("kind")}, {"params", body.value("params")}}, &requestErrors);
  errors->append(requestErrors);
  if (request)
    spec.request = *request;

  const QJsonValue cron = body.value("cron"), zone = body.value("timezone");
  if (!cron.isString())
    errors->append(
        {"cron", ScheduleSpecText::tr("required: a five-field cron expression, e.g. \"0 7 * * 1\"")});
  if (!zone.isString())
    errors->append(
        {"timezone", ScheduleSpecText::tr("required: an IANA time zone, e.g. \"America/Sao_Paulo\"")});
  if (cron.isString() && zone.isString()) {
    CronSchedule::ParseError error;
    spec.cron = CronSchedule::parse(cron.toString(), zone.toString(), &error);
    if (!spec.cron)
      errors->append({error.field, error.message});
  }
  const QJsonValue name = body.value("name");
  if (!name.isUndefined() && !name.isNull()) {
    if (!name.isString() || name.toString().size() > kMaxNameLength)
      errors->append({"name", ScheduleSpecText::tr("a text of at most %1 characters").arg(kMaxNameLength)});
    else
      spec.name = name.toString().trimmed();
  }
  const QJsonValue catchUp = body.value("catch_up");
  if (!catchUp.isUndefined() && !catchUp.isNull()) {
    if (!catchUpPolicies().contains(catchUp.toString()))
      errors->append({"catch_up", ScheduleSpecText::tr("one of none, latest, all")});
    else
      spec.catchUp = catchUp.toString();
  }
  const QJsonValue force = body.value("force");
  if (!force.isUndefined() && !force.isNull()) {
    if (!force.isBool())
      errors->append({"force", ScheduleSpecText::tr("true or false")});
    else
      spec.force = force.toBool();
  }
  const QJsonValue maxFailures = body.value("max_failures");
  if (!maxFailures.isUndefined() && !maxFailures.isNull()) {
    const double n = maxFailures.toDouble(-1);
    if (!maxFailures.isDouble() || n != double(int(n)) || n < 1 || n > 100)
      errors->append({"max_failures", ScheduleSpecText::tr("a whole number from 1 to 100")});
    else
      spec.maxFailures = int(n);
  }
  if (errors->size() != before)
    return std::nullopt;
  return spec;
}

} // namespace epidesk
