#pragma once
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace epidesk {

// Plain scenario, weights, settings and plan structs of the relocation model
// (issue 6). Each has a JSON round-trip so the same solve can run in-process or
// on the cluster. Months are 1-based everywhere a user sees them; demand month 0
// is the backlog already waiting at the start of the horizon.

struct RelocationDistrict {
  QString code;
  QString name;
  double lat = std::numeric_limits<double>::quiet_NaN(); // centroid, WGS84
  double lon = std::numeric_limits<double>::quiet_NaN();
  bool hasCentroid() const { return std::isfinite(lat) && std::isfinite(lon); }
};

struct ProcedureGroup {
  QString id;
  QString name;
  double urgency = 1;        // risk weight per patient and month of delay
  double maxTravelHours = 3; // facilities farther than this are not candidates
  int deadlineMonths = 1;    // months a patient may wait before it counts as unmet
};

struct RelocationFacility {
  QString id;
  QString district;
  QString name;
  double surgeCost = 0;      // cost of opening the surge capacity for one month
  double costPerPatient = 0; // treatment cost per patient
};

struct DemandEntry {
  QString district;
  QString group;
  int month = 1; // 0 = backlog at the start
  double patients = 0;
};

struct CapacityEntry {
  QString facility;
  QString group;
  int month = 1;
  double capacity = 0; // patients per month
  double surge = 0;    // extra patients per month when surge is opened that month
};

struct TravelEntry {
  QString from; // district codes
  QString to;
  double hours = 0;
};

// Travel times derived from centroids when no matrix is given:
// hours = great-circle km * roadFactor / speedKmh (0 within a district).
struct TravelDerivation {
  double roadFactor = 1.3;
  double speedKmh = 70;
};

// A what-if change of one facility: capacity scaled in every group and month,
// surge included, or the facility closed.
struct FacilityCapacityEdit {
  double capacityPercent = 100;
  bool closed = false;
  double factor() const { return closed ? 0.0 : capacityPercent / 100.0; }
  bool changesCapacity() const { return closed || capacityPercent != 100; }
};

struct RelocationScenario {
  QString name;
  QString startMonth; // optional label of month 1, "YYYY-MM"
  int months = 6;
  double backlogPenaltyMonths = 1; // extra months of risk charged on backlog left at the end
  QString boundaries;              // optional boundary file for the map; not used by the solver
  QString boundaryCodeProperty;
  TravelDerivation derivation;
  std::vector<RelocationDistrict> districts;
  std::vector<ProcedureGroup> groups;
  std::vector<RelocationFacility> facilities;
  std::vector<DemandEntry> demand;
  std::vector<CapacityEntry> capacity;
  std::vector<TravelEntry> travel; // empty = derived from centroids

  // This scenario with the capacity and surge of each edited facility (by id)
  // scaled by its edit's factor.
  RelocationScenario withCapacityEdits(const QHash<QString, FacilityCapacityEdit> &edits) const;

  QJsonObject toJson() const;
  // Structural parsing only ("field: message" errors); references and
  // ranges are checked by ScenarioValidator (connectors).
  static std::optional<RelocationScenario> fromJson(const QJsonObject &json, QStringList *errors = nullptr);
};

struct RelocationWeights {
  double risk = 1;
  double travel = 0.1;
  double cost = 0.01;

  QJsonObject toJson() const;
  static std::optional<RelocationWeights> fromJson(const QJsonObject &json, QStringList *errors = nullptr);
  // "risk=1,travel=0.1,cost=0.01"; keys may be omitted (keep defaults).
  static std::optional<RelocationWeights> parse(const QString &text, QString *error = nullptr);
};

struct SolverSettings {
  double timeLimitSeconds = 60;
  double relativeGap = 0.01;
  int maxCandidates = 8;     // nearest facilities per district and group; 0 = all within the travel limit
  double unmetPenalty = 1e5; // per unmet patient, unweighted: dominates every weighted term
  QString writeModelPath;    // write the MILP (.mps or .lp) before solving; empty = don't

  QJsonObject toJson() const;
  static std::optional<SolverSettings> fromJson(const QJsonObject &json, QStringList *errors = nullptr);
  QStringList validate() const;
};

struct PlanFlow {
  QString fromDistrict;
  QString facility;
  QString group;
  int month = 1;
  double patients = 0;
};

struct PlanUnmet {
  QString district;
  QString group;
  int month = 1;
  double patients = 0;
};

struct FacilityUse {
  QString facility;
  int month = 1;
  QString group;
  double used = 0;
  double capacity = 0; // including surge when it was opened
};

struct SurgeOpening {
  QString facility;
  int month = 1;
};

struct RelocationPlan {
  // optimal: search finished within the requested gap, all demand served;
  // feasible: stopped (time limit) with a solution, all demand served;
  // infeasible: demand that cannot be served (see unmet);
  // no_solution: stopped before any solution was found.
  QString status;
  QString message;
  double objective = std::numeric_limits<double>::quiet_NaN();
  double bound = std::numeric_limits<double>::quiet_NaN();
  double gap = std::numeric_limits<double>::quiet_NaN();
  double seconds = 0;
  std::vector<PlanFlow> flows;
  std::vector<PlanUnmet> unmet;
  std::vector<FacilityUse> facilityUse;
  std::vector<SurgeOpening> surge;
  // Unweighted parts of the objective, to compare plans side by side.
  double riskPatientMonths = 0; // sum of urgency x months waited
  double travelPatientHours = 0;
  double cost = 0;
  double unmetPatients = 0;
  int variables = 0;
  int constraints = 0;

  // {"status", "message", "objective", "bound", "gap", "seconds", "flows": [{"from_district",
  //  "facility", "group", "month", "patients"}], "unmet": [{"district", "group", "month",
  //  "patients"}], "facility_use": [{"facility", "month", "group", "used", "capacity"}],
  //  "surge": [{"facility", "month"}], "totals": {...}, "model": {"variables", "constraints"}}
  QJsonObject toJson() const;
  static RelocationPlan fromJson(const QJsonObject &json);
};

} // namespace epidesk
