#pragma once
#include "CronSchedule.h"
#include "JobRequest.h"
#include <QJsonObject>
#include <QString>
#include <optional>

namespace epidesk {

// What a schedule runs and when, validated: the job request exactly as a
// job submission is checked, the cron expression and its IANA time zone,
// the catch-up policy for due times missed while no server ran, whether an
// unchanged data version is recomputed anyway (force), and after how many
// consecutive failed runs the schedule pauses itself.
struct ScheduleSpec {
  static constexpr int kMaxNameLength = 200;
  static constexpr int kDefaultMaxFailures = 5;

  QString name;
  JobRequest request;
  QString catchUp = QStringLiteral("latest"); // none | latest | all
  bool force = false;
  int maxFailures = kDefaultMaxFailures;
  std::optional<CronSchedule> cron; // set when valid

  // {kind, params, cron, timezone, name?, catch_up?, force?, max_failures?};
  // every problem is reported with its field (params.* as for jobs).
  static std::optional<ScheduleSpec> fromJson(const QJsonObject &body, QList<FieldError> *errors);
  static QStringList catchUpPolicies();
};

} // namespace epidesk
