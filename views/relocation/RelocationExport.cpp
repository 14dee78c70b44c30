#include "relocation/RelocationExport.h"
#include "FacilityUtilisation.h"
#include "CsvWriter.h"
#include "export/PdfPageWriter.h"
#include "RelocationPlanCsv.h"
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace epidesk {

namespace {

constexpr int kMaxFlowRows = 400; // the PDF lists the largest flows; the CSV has all of them
constexpr double kTablePoints = 8;
constexpr double kMapHeight = 420;

QString num(double v, int decimals = 2) {
  return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("–");
}

} // namespace

QString RelocationExport::defaultTitle() {
  return tr("EpiDesk relocation plan");
}

QByteArray RelocationExport::planCsv(const RelocationScenario &scenario, const RelocationPlan &plan) {
  return RelocationPlanCsv::plan(scenario, plan);
}

bool RelocationExport::writePlanCsv(const RelocationScenario &scenario, const RelocationPlan &plan,
                                    const QString &path, QString *error) {
  return CsvWriter::save(planCsv(scenario, plan), path, error);
}

bool RelocationExport::writePdf(const RelocationReportContent &c, const QString &path, QString *error) {
  PdfPageWriter pdf(path, c.title.isEmpty() ? defaultTitle() : c.title);
  if (!pdf.begin()) {
    if (error)
      *error = tr("Could not write %1.").arg(path);
    return false;
  }
  pdf.setFooter(QString(), QStringLiteral("%1"));
  const RelocationScenario &s = c.scenario;
  const RelocationPlan &p = c.plan;
  QHash<QString, QString> names;
  for (const auto &d : s.districts)
    names.insert(d.code, d.name);
  double demand = 0, capacity = 0;
  for (const auto &d : s.demand)
    demand += d.patients;
  for (const auto &e : s.capacity)
    capacity += e.capacity;

  pdf.title(c.title.isEmpty() ? defaultTitle() : c.title);
  pdf.paragraph(
      tr("Generated %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
  pdf.space(6);

  pdf.heading(tr("Scenario"));
  pdf.keyValues(
      {{tr("Name"), s.name},
       {tr("Planning horizon (months)"), QString::number(s.months)},
       {tr("Start month"), s.startMonth},
       {tr("Districts"), QString::number(s.districts.size())},
       {tr("Facilities"), QString::number(s.facilities.size())},
       {tr("Procedure groups"), QString::number(s.groups.size())},
       {tr("Total demand (patients)"), num(demand, 0)},
       {tr("Total capacity (patients, without surge)"), num(capacity, 0)},
       {tr("Weights"), tr("risk %1, travel %2, cost %3")
                           .arg(num(c.weights.risk, 4), num(c.weights.travel, 4), num(c.weights.cost, 4))}});

  pdf.heading(tr("Solver status"));
  pdf.keyValues({{tr("Status"), p.status},
                 {tr("Message"), p.message},
                 {tr("Objective"), num(p.objective)},
                 {tr("Bound"), num(p.bound)},
                 {tr("Gap"), num(p.gap, 4)},
                 {tr("Time (s)"), num(p.seconds)},
                 {tr("Variables"), QString::number(p.variables)},
                 {tr("Constraints"), QString::number(p.constraints)}});

  QList<PdfPageWriter::Row> comparison;
  auto add = [&](const QString &label, double current, double previous) {
    QStringList r{label};
    if (c.previous)
      r << num(previous);
    r << num(current);
    comparison.emplaceBack(r);
  };
  const RelocationPlan prev = c.previous.value_or(RelocationPlan{});
  add(tr("Objective"), p.objective, prev.objective);
  add(tr("Risk (urgency × months waited)"), p.riskPatientMonths, prev.riskPatientMonths);
  add(tr("Travel (patient-hours)"), p.travelPatientHours, prev.travelPatientHours);
  add(tr("Cost"), p.cost, prev.cost);
  add(tr("Unmet patients"), p.unmetPatients, prev.unmetPatients);
  QVector<PdfPageWriter::Column> header{{tr("Measure"), c.previous ? 0.5 : 0.75}};
  if (c.previous)
    header.append({tr("Previous plan"), 0.25, Qt::AlignRight});
  header.append({tr("This plan"), 0.25, Qt::AlignRight});
  pdf.heading(tr("Totals"));
  pdf.table(header, comparison, kTablePoints);

  if (!c.map.isNull()) {
    pdf.heading(tr("Map"), 12, kMapHeight);
    pdf.image(c.map, kMapHeight);
  }

  std::vector<PlanFlow> flows = p.flows;
  std::stable_sort(flows.begin(), flows.end(),
                   [](const PlanFlow &a, const PlanFlow &b) { return a.patients > b.patients; });
  QList<PdfPageWriter::Row> flowRows;
  for (std::size_t i = 0; i < flows.size() && i < std::size_t(kMaxFlowRows); ++i) {
    const PlanFlow &f = flows[i];
    flowRows.emplaceBack(QStringList{f.fromDistrict, names.value(f.fromDistrict), f.facility, f.group,
                                     QString::number(f.month), num(f.patients, 1)});
  }
  pdf.heading(tr("Flows"));
  if (flows.size() > std::size_t(kMaxFlowRows))
    pdf.paragraph(tr("The %1 largest of %2 flows; the CSV export has all of them.")
                      .arg(kMaxFlowRows)
                      .arg(flows.size()));
  pdf.table({{tr("From district"), 0.14},
             {tr("District name"), 0.30},
             {tr("Facility"), 0.16},
             {tr("Group"), 0.14},
             {tr("Month"), 0.10, Qt::AlignRight},
             {tr("Patients"), 0.16, Qt::AlignRight}},
            flowRows, kTablePoints);

  pdf.heading(tr("Unmet demand"));
  if (p.unmet.empty()) {
    pdf.paragraph(tr("All demand is served."));
    pdf.space(6);
  } else {
    QList<PdfPageWriter::Row> rows;
    for (const auto &u : p.unmet)
      rows.append(
          {{u.district, names.value(u.district), u.group, QString::number(u.month), num(u.patients, 1)}});
    pdf.table({{tr("District"), 0.16},
               {tr("District name"), 0.36},
               {tr("Group"), 0.18},
               {tr("Month"), 0.12, Qt::AlignRight},
               {tr("Patients"), 0.18, Qt::AlignRight}},
              rows, kTablePoints);
  }

  QList<PdfPageWriter::Row> useRows;
  for (const FacilityLoad &load : FacilityUtilisation::of(p)) // facilities with use rows only
    useRows.emplaceBack(QStringList{load.facility, num(load.used, 1), num(load.capacity, 1),
                                    num(100 * load.utilisation(), 1)});
  pdf.heading(tr("Facility utilisation"));
  pdf.table({{tr("Facility"), 0.4},
             {tr("Used"), 0.2, Qt::AlignRight},
             {tr("Capacity"), 0.2, Qt::AlignRight},
             {tr("Utilisation (%)"), 0.2, Qt::AlignRight}},
            useRows, kTablePoints);

  if (!pdf.finish()) {
    if (error)
      *error = tr("Could not write %1.").arg(path);
    return false;
  }
  return true;
}

} // namespace epidesk
