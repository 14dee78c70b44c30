#include "RelocationPlanCsv.h"
#include "CsvWriter.h"
#include <QHash>

namespace epidesk {

QByteArray RelocationPlanCsv::plan(const RelocationScenario &scenario, const RelocationPlan &plan) {
  QHash<QString, QString> names, facilityDistricts;
  for (const auto &d : scenario.districts)
    names.insert(d.code, d.name);
  for (const auto &f : scenario.facilities)
    facilityDistricts.insert(f.id, f.district);
  CsvWriter w;
  w.header(
      {"kind", "district", "district_name", "facility", "facility_district", "group", "month", "patients"});
  for (const auto &f : plan.flows) {
    w.text(QStringLiteral("flow")).text(f.fromDistrict).text(names.value(f.fromDistrict)).text(f.facility);
    w.text(facilityDistricts.value(f.facility)).text(f.group).integer(f.month).number(f.patients);
    w.endRow();
  }
  for (const auto &u : plan.unmet) {
    w.text(QStringLiteral("unmet")).text(u.district).text(names.value(u.district)).empty().empty();
    w.text(u.group).integer(u.month).number(u.patients);
    w.endRow();
  }
  return w.take();
}

QByteArray RelocationPlanCsv::table(const RelocationPlan &plan, Table table) {
  CsvWriter w;
  switch (table) {
  case Table::Unmet:
    w.header({"district", "group", "month", "patients"});
    for (const auto &u : plan.unmet) {
      w.text(u.district).text(u.group).integer(u.month).number(u.patients, cliDigits);
      w.endRow();
    }
    break;
  case Table::FacilityUse:
    w.header({"facility", "month", "group", "used", "capacity"});
    for (const auto &u : plan.facilityUse) {
      w.text(u.facility)
          .integer(u.month)
          .text(u.group)
          .number(u.used, cliDigits)
          .number(u.capacity, cliDigits);
      w.endRow();
    }
    break;
  case Table::Flows:
    w.header({"from_district", "facility", "group", "month", "patients"});
    for (const auto &f : plan.flows) {
      w.text(f.fromDistrict).text(f.facility).text(f.group).integer(f.month).number(f.patients, cliDigits);
      w.endRow();
    }
    break;
  }
  return w.take();
}

std::optional<RelocationPlanCsv::Table> RelocationPlanCsv::tableNamed(const QString &name) {
  if (name == QLatin1String("flows"))
    return Table::Flows;
  if (name == QLatin1String("unmet"))
    return Table::Unmet;
  if (name == QLatin1String("facility_use"))
    return Table::FacilityUse;
  return std::nullopt;
}

} // namespace epidesk
