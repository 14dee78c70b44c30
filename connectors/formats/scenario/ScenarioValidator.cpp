#include "ScenarioValidator.h"
#include "TravelTimes.h"
#include <QCoreApplication>
#include <QSet>
#include <cmath>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class ScenarioValidatorText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::ScenarioValidator)
};

// Collects issues for one table, locating each record by its origin (or a
// default "table[i]" path when the scenario was built in code).
class IssueSink {
public:
  IssueSink(QList<ScenarioIssue> *issues, const std::vector<RecordOrigin> *origins, const char *table)
      : m_issues(issues), m_origins(origins), m_table(table) {}

  void add(size_t i, const QString &field, const QString &message) {
    if (m_origins && i < m_origins->size()) {
      m_issues->append(ScenarioIssue::at((*m_origins)[i], field, message));
      return;
    }
    m_issues->append(ScenarioIssue::at(
        {QString(), 0, QStringLiteral("%1[%2]").arg(QLatin1String(m_table)).arg(i)}, field, message));
  }
  void nonNegative(size_t i, const char *field, double v) {
    if (!(v >= 0) || !std::isfinite(v))
      add(i, QLatin1String(field), ScenarioValidatorText::tr("must be a number >= 0 (is %1)").arg(v));
  }

private:
  QList<ScenarioIssue> *m_issues;
  const std::vector<RecordOrigin> *m_origins;
  const char *m_table;
};

QString unknown(const char *what, const QString &id) {
  return ScenarioValidatorText::tr("unknown %1 \"%2\"")
      .arg(QCoreApplication::translate("epidesk::ScenarioValidator", what), id);
}

template <typename T>
QSet<QString> uniqueIds(const std::vector<T> &items, QString T::*key, IssueSink sink, const char *field) {
  QSet<QString> ids;
  for (size_t i = 0; i < items.size(); ++i) {
    const QString &id = items[i].*key;
    if (id.isEmpty())
      sink.add(i, QLatin1String(field), ScenarioValidatorText::tr("must not be empty"));
    else if (ids.contains(id))
      sink.add(i, QLatin1String(field), ScenarioValidatorText::tr("duplicate \"%1\"").arg(id));
    ids.insert(id);
  }
  return ids;
}

} // namespace

QList<ScenarioIssue> ScenarioValidator::validate(const RelocationScenario &s, const ScenarioOrigins *o) {
  QList<ScenarioIssue> issues;
  const QString meta = o && !o->districts.empty() && o->districts.front().line > 0
                           ? QStringLiteral("scenario.json")
                           : QString();
  if (s.months < 1 || s.months > 120)
    issues.append({meta, 0, QStringLiteral("months"),
                   ScenarioValidatorText::tr("must be an integer between 1 and 120")});
  if (!(s.backlogPenaltyMonths >= 0))
    issues.append({meta, 0, QStringLiteral("backlog_penalty_months"),
                   ScenarioValidatorText::tr("must be a number >= 0")});
  for (const char *table : {"districts", "groups", "facilities"}) {
    const bool empty = (qstrcmp(table, "districts") == 0 ? s.districts.empty()
                        : qstrcmp(table, "groups") == 0  ? s.groups.empty()
                                                         : s.facilities.empty());
    if (empty)
      issues.append({meta, 0, QLatin1String(table), ScenarioValidatorText::tr("the scenario has none")});
  }

  IssueSink dSink(&issues, o ? &o->districts : nullptr, "districts");
  IssueSink gSink(&issues, o ? &o->groups : nullptr, "groups");
  IssueSink fSink(&issues, o ? &o->facilities : nullptr, "facilities");
  IssueSink demSink(&issues, o ? &o->demand : nullptr, "demand");
  IssueSink capSink(&issues, o ? &o->capacity : nullptr, "capacity");
  IssueSink trSink(&issues, o ? &o->travel : nullptr, "travel");

  const QSet<QString> districts = uniqueIds(s.districts, &RelocationDistrict::code, dSink, "code");
  const QSet<QString> groups = uniqueIds(s.groups, &ProcedureGroup::id, gSink, "id");
  const QSet<QString> facilities = uniqueIds(s.facilities, &RelocationFacility::id, fSink, "id");

  for (size_t i = 0; i < s.districts.size(); ++i) {
    const auto &d = s.districts[i];
    if (std::isfinite(d.lat) != std::isfinite(d.lon))
      dSink.add(i, QStringLiteral("lat"), ScenarioValidatorText::tr("lat and lon must be given together"));
    else if (d.hasCentroid() && (std::abs(d.lat) > 90 || std::abs(d.lon) > 180))
      dSink.add(i, QStringLiteral("lat"), ScenarioValidatorText::tr("not a WGS84 coordinate"));
  }
  for (size_t i = 0; i < s.groups.size(); ++i) {
    const auto &g = s.groups[i];
    gSink.nonNegative(i, "urgency", g.urgency);
    if (!(g.maxTravelHours > 0))
      gSink.add(i, QStringLiteral("max_travel_hours"), ScenarioValidatorText::tr("must be a number > 0"));
    if (g.deadlineMonths < 0)
      gSink.add(i, QStringLiteral("deadline_months"), ScenarioValidatorText::tr("must be an integer >= 0"));
  }
  for (size_t i = 0; i < s.facilities.size(); ++i) {
    const auto &f = s.facilities[i];
    if (!districts.contains(f.district))
      fSink.add(i, QStringLiteral("district"),
                unknown(QT_TRANSLATE_NOOP("epidesk::ScenarioValidator", "district"), f.district));
    fSink.nonNegative(i, "surge_cost", f.surgeCost);
    fSink.nonNegative(i, "cost_per_patient", f.costPerPatient);
  }
  QSet<QString> demandDistricts;
  for (size_t i = 0; i < s.demand.size(); ++i) {
    const auto &e = s.demand[i];
    if (!districts.contains(e.district))
      demSink.add(i, QStringLiteral("district"),
                  unknown(QT_TRANSLATE_NOOP("epidesk::ScenarioValidator", "district"), e.district));
    else if (e.patients > 0)
      demandDistricts.insert(e.district);
    if (!groups.contains(e.group))
      demSink.add(i, QStringLiteral("group"),
                  unknown(QT_TRANSLATE_NOOP("epidesk::ScenarioValidator", "group"), e.group));
    if (e.month < 0 || e.month > s.months)
      demSink.add(i, QStringLiteral("month"),
                  ScenarioValidatorText::tr("must be between 0 (backlog) and %1").arg(s.months));
    demSink.nonNegative(i, "patients", e.patients);
  }
  for (size_t i = 0; i < s.capacity.size(); ++i) {
    const auto &e = s.capacity[i];
    if (!facilities.contains(e.facility))
      capSink.add(i, QStringLiteral("facility"),
                  unknown(QT_TRANSLATE_NOOP("epidesk::ScenarioValidator", "facility"), e.facility));
    if (!groups.contains(e.group))
      capSink.add(i, QStringLiteral("group"),
                  unknown(QT_TRANSLATE_NOOP("epidesk::ScenarioValidator", "group"), e.group));
    if (e.month < 1 || e.month > s.months)
      capSink.add(i, QStringLiteral("month"),
                  ScenarioValidatorText::tr("must be between 1 and %1").arg(s.months));
    capSink.nonNegative(i, "capacity", e.capacity);
    capSink.nonNegative(i, "surge", e.surge);
  }
  for (size_t i = 0; i < s.travel.size(); ++i) {
    const auto &e = s.travel[i];
    if (!districts.contains(e.from))
      trSink.add(i, QStringLiteral("from"),
                 unknown(QT_TRANSLATE_NOOP("epidesk::ScenarioValidator", "district"), e.from));
    if (!districts.contains(e.to))
      trSink.add(i, QStringLiteral("to"),
                 unknown(QT_TRANSLATE_NOOP("epidesk::ScenarioValidator", "district"), e.to));
    trSink.nonNegative(i, "hours", e.hours);
  }

  // Every district with demand needs a travel time to every facility's district.
  if (issues.isEmpty()) {
    const TravelTimes travel(s);
    const QString file = s.travel.empty() ? QStringLiteral("districts.csv") : QStringLiteral("travel.csv");
    int missing = 0;
    QSet<QString> facilityDistricts;
    for (const auto &f : s.facilities)
      facilityDistricts.insert(f.district);
    for (const auto &d : s.districts) {
      if (!demandDistricts.contains(d.code))
        continue;
      for (const QString &to : facilityDistricts) {
        if (std::isfinite(travel.hours(travel.indexOf(d.code), travel.indexOf(to))))
          continue;
        if (++missing <= 10)
          issues.append(
              {o ? file : QString(), 0, QString(),
               s.travel.empty()
                   ? ScenarioValidatorText::tr(
                         "no travel time from %1 to %2: give both districts lat and lon "
                         "(or a boundary file) or a travel.csv")
                         .arg(d.code, to)
                   : ScenarioValidatorText::tr("missing matrix entry from %1 to %2").arg(d.code, to)});
      }
    }
    if (missing > 10)
      issues.append({o ? file : QString(), 0, QString(),
                     ScenarioValidatorText::tr("... %1 more missing travel times").arg(missing - 10)});
  }
  if (issues.size() > kMaxIssues) {
    const int more = int(issues.size()) - kMaxIssues;
    issues = issues.mid(0, kMaxIssues);
    issues.append({QString(), 0, QString(), ScenarioValidatorText::tr("... and %1 more issues").arg(more)});
  }
  return issues;
}

} // namespace epidesk
