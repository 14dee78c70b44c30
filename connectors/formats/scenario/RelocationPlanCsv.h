#pragma once
#include "RelocationTypes.h"
#include <QByteArray>
#include <QString>
#include <optional>

namespace epidesk {

// A relocation plan as CSV, for the GUI export and `epidesk-cli relocate
// --format csv` alike (exported files: text cells made inert, CsvWriter).
//
// Plan file (the GUI export, numbers with 12 significant digits):
//   kind,district,district_name,facility,facility_district,group,month,patients
//   one "flow" row per plan flow (plan order), then one "unmet" row per unmet
//   demand entry (facility and facility_district empty).
// One table of the plan, columns named as the JSON keys (the CLI, numbers
// with 10 significant digits as all of its CSV output):
//   flows:        from_district,facility,group,month,patients
//   unmet:        district,group,month,patients
//   facility_use: facility,month,group,used,capacity
class RelocationPlanCsv {
public:
  enum class Table { Flows, Unmet, FacilityUse };
  static constexpr int cliDigits = 10;

  static QByteArray plan(const RelocationScenario &scenario, const RelocationPlan &plan);
  static QByteArray table(const RelocationPlan &plan, Table table);
  // "flows", "unmet" or "facility_use"; nullopt for another name.
  static std::optional<Table> tableNamed(const QString &name);
};

} // namespace epidesk
