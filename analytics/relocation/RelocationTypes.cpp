#include "RelocationTypes.h"
#include <QCoreApplication>
#include <QJsonArray>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class RelocationText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::Relocation)
};

QJsonValue numberOrNull(double v) {
  return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double numberOrNaN(const QJsonValue &v) {
  return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

// Reads typed keys of one JSON object; errors are "path.key: message" with the
// key kept verbatim (it is a JSON key). Absent or null keys keep the default.
class FieldReader {
public:
  FieldReader(const QJsonObject &obj, QString path, QStringList *errors)
      : m_obj(obj), m_path(std::move(path)), m_errors(errors) {}

  void text(const char *key, QString *out) {
    const QJsonValue v = m_obj.value(QLatin1String(key));
    if (v.isString())
      *out = v.toString();
    else if (!absent(v))
      error(key, RelocationText::tr("must be a string"));
  }
  void number(const char *key, double *out) {
    const QJsonValue v = m_obj.value(QLatin1String(key));
    if (v.isDouble())
      *out = v.toDouble();
    else if (!absent(v))
      error(key, RelocationText::tr("must be a number"));
  }
  void integer(const char *key, int *out) {
    const QJsonValue v = m_obj.value(QLatin1String(key));
    if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 1e9)
      *out = int(v.toDouble());
    else if (!absent(v))
      error(key, RelocationText::tr("must be an integer"));
  }
  // Array of objects under key; calls fn(object, "key[i]") for each.
  template <typename Fn> void array(const char *key, Fn fn) {
    const QJsonValue v = m_obj.value(QLatin1String(key));
    if (absent(v))
      return;
    if (!v.isArray()) {
      error(key, RelocationText::tr("must be an array"));
      return;
    }
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
      const QString itemPath = QStringLiteral("%1[%2]").arg(prefixed(key)).arg(i);
      if (a.at(i).isObject())
        fn(a.at(i).toObject(), itemPath);
      else
        m_errors->append(QStringLiteral("%1: %2").arg(itemPath, RelocationText::tr("must be an object")));
    }
  }

private:
  static bool absent(const QJsonValue &v) { return v.isUndefined() || v.isNull(); }
  QString prefixed(const char *key) const {
    return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + QLatin1Char('.') + QLatin1String(key);
  }
  void error(const char *key, const QString &message) {
    m_errors->append(QStringLiteral("%1: %2").arg(prefixed(key), message));
  }
  QJsonObject m_obj;
  QString m_path;
  QStringList *m_errors;
};

QJsonObject centroidJson(const RelocationDistrict &d) {
  QJsonObject o{{"code", d.code}, {"name", d.name}};
  if (d.hasCentroid()) {
    o.insert("lat", d.lat);
    o.insert("lon", d.lon);
  }
  return o;
}

} // namespace

// ---------------------------------------------------------------------------- RelocationScenario

RelocationScenario
RelocationScenario::withCapacityEdits(const QHash<QString, FacilityCapacityEdit> &edits) const {
  RelocationScenario s = *this;
  for (CapacityEntry &c : s.capacity) {
    const auto it = edits.constFind(c.facility);
    if (it == edits.cend())
      continue;
    c.capacity *= it->factor();
    c.surge *= it->factor();
  }
  return s;
}

QJsonObject RelocationScenario::toJson() const {
  QJsonArray jd, jg, jf, jdem, jcap, jtr;
  for (const auto &d : districts)
    jd.append(centroidJson(d));
  for (const auto &g : groups)
    jg.append(QJsonObject{{"id", g.id},
                          {"name", g.name},
                          {"urgency", g.urgency},
                          {"max_travel_hours", g.maxTravelHours},
                          {"deadline_months", g.deadlineMonths}});
  for (const auto &f : facilities)
    jf.append(QJsonObject{{"id", f.id},
                          {"district", f.district},
                          {"name", f.name},
                          {"surge_cost", f.surgeCost},
                          {"cost_per_patient", f.costPerPatient}});
  for (const auto &e : demand)
    jdem.append(QJsonObject{
        {"district", e.district}, {"group", e.group}, {"month", e.month}, {"patients", e.patients}});
  for (const auto &e : capacity)
    jcap.append(QJsonObject{{"facility", e.facility},
                            {"group", e.group},
                            {"month", e.month},
                            {"capacity", e.capacity},
                            {"surge", e.surge}});
  for (const auto &e : travel)
    jtr.append(QJsonObject{{"from", e.from}, {"to", e.to}, {"hours", e.hours}});
  QJsonObject o{{"name", name},
                {"start_month", startMonth},
                {"months", months},
                {"backlog_penalty_months", backlogPenaltyMonths},
                {"travel_derivation",
                 QJsonObject{{"road_factor", derivation.roadFactor}, {"speed_kmh", derivation.speedKmh}}},
                {"districts", jd},
                {"groups", jg},
                {"facilities", jf},
                {"demand", jdem},
                {"capacity", jcap},
                {"travel", jtr}};
  if (!boundaries.isEmpty()) {
    o.insert("boundaries", boundaries);
    o.insert("boundary_code_property", boundaryCodeProperty);
  }
  return o;
}

std::optional<RelocationScenario> RelocationScenario::fromJson(const QJsonObject &json, QStringList *errors) {
  RelocationScenario s;
  QStringList errs;
  FieldReader r(json, QString(), &errs);
  r.text("name", &s.name);
  r.text("start_month", &s.startMonth);
  r.integer("months", &s.months);
  r.number("backlog_penalty_months", &s.backlogPenaltyMonths);
  r.text("boundaries", &s.boundaries);
  r.text("boundary_code_property", &s.boundaryCodeProperty);
  const QJsonValue deriv = json.value(QLatin1String("travel_derivation"));
  if (deriv.isObject()) {
    FieldReader dr(deriv.toObject(), QStringLiteral("travel_derivation"), &errs);
    dr.number("road_factor", &s.derivation.roadFactor);
    dr.number("speed_kmh", &s.derivation.speedKmh);
  } else if (!deriv.isUndefined() && !deriv.isNull()) {
    errs.append(QStringLiteral("travel_derivation: %1").arg(RelocationText::tr("must be an object")));
  }
  r.array("districts", [&](const QJsonObject &o, const QString &path) {
    RelocationDistrict d;
    FieldReader fr(o, path, &errs);
    fr.text("code", &d.code);
    fr.text("name", &d.name);
    fr.number("lat", &d.lat);
    fr.number("lon", &d.lon);
    s.districts.push_back(d);
  });
  r.array("groups", [&](const QJsonObject &o, const QString &path) {
    ProcedureGroup g;
    FieldReader fr(o, path, &errs);
    fr.text("id", &g.id);
    fr.text("name", &g.name);
    fr.number("urgency", &g.urgency);
    fr.number("max_travel_hours", &g.maxTravelHours);
    fr.integer("deadline_months", &g.deadlineMonths);
    s.groups.push_back(g);
  });
  r.array("facilities", [&](const QJsonObject &o, const QString &path) {
    RelocationFacility f;
    FieldReader fr(o, path, &errs);
    fr.text("id", &f.id);
    fr.text("district", &f.district);
    fr.text("name", &f.name);
    fr.number("surge_cost", &f.surgeCost);
    fr.number("cost_per_patient", &f.costPerPatient);
    s.facilities.push_back(f);
  });
  r.array("demand", [&](const QJsonObject &o, const QString &path) {
    DemandEntry e;
    FieldReader fr(o, path, &errs);
    fr.text("district", &e.district);
    fr.text("group", &e.group);
    fr.integer("month", &e.month);
    fr.number("patients", &e.patients);
    s.demand.push_back(e);
  });
  r.array("capacity", [&](const QJsonObject &o, const QString &path) {
    CapacityEntry e;
    FieldReader fr(o, path, &errs);
    fr.text("facility", &e.facility);
    fr.text("group", &e.group);
    fr.integer("month", &e.month);
    fr.number("capacity", &e.capacity);
    fr.number("surge", &e.surge);
    s.capacity.push_back(e);
  });
  r.array("travel", [&](const QJsonObject &o, const QString &path) {
    TravelEntry e;
    FieldReader fr(o, path, &errs);
    fr.text("from", &e.from);
    fr.text("to", &e.to);
    fr.number("hours", &e.hours);
    s.travel.push_back(e);
  });
  if (errors)
    *errors += errs;
  if (!errs.isEmpty())
    return std::nullopt;
  return s;
}

// ---------------------------------------------------------------------------- RelocationWeights

QJsonObject RelocationWeights::toJson() const {
  return QJsonObject{{"risk", risk}, {"travel", travel}, {"cost", cost}};
}

std::optional<RelocationWeights> RelocationWeights::fromJson(const QJsonObject &json, QStringList *errors) {
  RelocationWeights w;
  QStringList errs;
  FieldReader r(json, QString(), &errs);
  r.number("risk", &w.risk);
  r.number("travel", &w.travel);
  r.number("cost", &w.cost);
  for (const auto &[key, value] : {std::pair{"risk", w.risk}, {"travel", w.travel}, {"cost", w.cost}})
    if (!(value >= 0) || !std::isfinite(value))
      errs.append(
          QStringLiteral("%1: %2").arg(QLatin1String(key), RelocationText::tr("must be a number >= 0")));
  if (errors)
    *errors += errs;
  if (!errs.isEmpty())
    return std::nullopt;
  return w;
}

std::optional<RelocationWeights> RelocationWeights::parse(const QString &text, QString *error) {
  QJsonObject json;
  for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    const QStringList kv = part.split(QLatin1Char('='));
    const QString key = kv.value(0).trimmed();
    bool ok = false;
    const double value = kv.value(1).trimmed().toDouble(&ok);
    if (kv.size() != 2 || !ok ||
        (key != QLatin1String("risk") && key != QLatin1String("travel") && key != QLatin1String("cost"))) {
      if (error)
        *error = QStringLiteral("weights: %1")
                     .arg(RelocationText::tr("expected risk=R,travel=T,cost=C with numbers >= 0"));
      return std::nullopt;
    }
    json.insert(key, value);
  }
  QStringList errs;
  auto w = fromJson(json, &errs);
  if (!w && error)
    *error = QStringLiteral("weights.") + errs.join(QStringLiteral("; "));
  return w;
}

// ---------------------------------------------------------------------------- SolverSettings

QJsonObject SolverSettings::toJson() const {
  QJsonObject o{{"time_limit_seconds", timeLimitSeconds},
                {"relative_gap", relativeGap},
                {"max_candidates", maxCandidates},
                {"unmet_penalty", unmetPenalty}};
  if (!writeModelPath.isEmpty())
    o.insert("write_model", writeModelPath);
  return o;
}

std::optional<SolverSettings> SolverSettings::fromJson(const QJsonObject &json, QStringList *errors) {
  SolverSettings s;
  QStringList errs;
  FieldReader r(json, QString(), &errs);
  r.number("time_limit_seconds", &s.timeLimitSeconds);
  r.number("relative_gap", &s.relativeGap);
  r.integer("max_candidates", &s.maxCandidates);
  r.number("unmet_penalty", &s.unmetPenalty);
  r.text("write_model", &s.writeModelPath);
  if (errs.isEmpty())
    errs += s.validate();
  if (errors)
    *errors += errs;
  if (!errs.isEmpty())
    return std::nullopt;
  return s;
}

QStringList SolverSettings::validate() const {
  QStringList errs;
  if (!(timeLimitSeconds > 0))
    errs.append(QStringLiteral("time_limit_seconds: %1").arg(RelocationText::tr("must be a number > 0")));
  if (!(relativeGap >= 0 && relativeGap < 1))
    errs.append(QStringLiteral("relative_gap: %1").arg(RelocationText::tr("must be a number in [0, 1)")));
  if (maxCandidates < 0)
    errs.append(QStringLiteral("max_candidates: %1").arg(RelocationText::tr("must be an integer >= 0")));
  if (!(unmetPenalty > 0) || !std::isfinite(unmetPenalty))
    errs.append(QStringLiteral("unmet_penalty: %1").arg(RelocationText::tr("must be a number > 0")));
  return errs;
}

// ---------------------------------------------------------------------------- RelocationPlan

QJsonObject RelocationPlan::toJson() const {
  QJsonArray jf, ju, juse, js;
  for (const auto &f : flows)
    jf.append(QJsonObject{{"from_district", f.fromDistrict},
                          {"facility", f.facility},
                          {"group", f.group},
                          {"month", f.month},
                          {"patients", f.patients}});
  for (const auto &u : unmet)
    ju.append(QJsonObject{
        {"district", u.district}, {"group", u.group}, {"month", u.month}, {"patients", u.patients}});
  for (const auto &u : facilityUse)
    juse.append(QJsonObject{{"facility", u.facility},
                            {"month", u.month},
                            {"group", u.group},
                            {"used", u.used},
                            {"capacity", u.capacity}});
  for (const auto &s : surge)
    js.append(QJsonObject{{"facility", s.facility}, {"month", s.month}});
  return QJsonObject{{"status", status},
                     {"message", message},
                     {"objective", numberOrNull(objective)},
                     {"bound", numberOrNull(bound)},
                     {"gap", numberOrNull(gap)},
                     {"seconds", seconds},
                     {"flows", jf},
                     {"unmet", ju},
                     {"facility_use", juse},
                     {"surge", js},
                     {"totals", QJsonObject{{"risk_patient_months", riskPatientMonths},
                                            {"travel_patient_hours", travelPatientHours},
                                            {"cost", cost},
                                            {"unmet_patients", unmetPatients}}},
                     {"model", QJsonObject{{"variables", variables}, {"constraints", constraints}}}};
}

RelocationPlan RelocationPlan::fromJson(const QJsonObject &json) {
  RelocationPlan p;
  p.status = json.value("status").toString();
  p.message = json.value("message").toString();
  p.objective = numberOrNaN(json.value("objective"));
  p.bound = numberOrNaN(json.value("bound"));
  p.gap = numberOrNaN(json.value("gap"));
  p.seconds = json.value("seconds").toDouble();
  for (const QJsonValue &v : json.value("flows").toArray()) {
    const QJsonObject o = v.toObject();
    p.flows.push_back({o.value("from_district").toString(), o.value("facility").toString(),
                       o.value("group").toString(), o.value("month").toInt(),
                       o.value("patients").toDouble()});
  }
  for (const QJsonValue &v : json.value("unmet").toArray()) {
    const QJsonObject o = v.toObject();
    p.unmet.push_back({o.value("district").toString(), o.value("group").toString(), o.value("month").toInt(),
                       o.value("patients").toDouble()});
  }
  for (const QJsonValue &v : json.value("facility_use").toArray()) {
    const QJsonObject o = v.toObject();
    p.facilityUse.push_back({o.value("facility").toString(), o.value("month").toInt(),
                             o.value("group").toString(), o.value("used").toDouble(),
                             o.value("capacity").toDouble()});
  }
  for (const QJsonValue &v : json.value("surge").toArray()) {
    const QJsonObject o = v.toObject();
    p.surge.push_back({o.value("facility").toString(), o.value("month").toInt()});
  }
  const QJsonObject totals = json.value("totals").toObject();
  p.riskPatientMonths = totals.value("risk_patient_months").toDouble();
  p.travelPatientHours = totals.value("travel_patient_hours").toDouble();
  p.cost = totals.value("cost").toDouble();
  p.unmetPatients = totals.value("unmet_patients").toDouble();
  const QJsonObject model = json.value("model").toObject();
  p.variables = model.value("variables").toInt();
  p.constraints = model.value("constraints").toInt();
  return p;
}

} // namespace epidesk
