#include "RelocationExport.h"
#include "CsvExport.h"
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <algorithm>
#include <cmath>

namespace epidesk {

namespace {

constexpr int kMaxFlowRows = 400; // the PDF lists the largest flows; the CSV has all of them

QString esc(const QString &text) {
  return text.toHtmlEscaped();
}

QString num(double v, int decimals = 2) {
  return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("–");
}

QString row(const QStringList &cells, bool header = false) {
  const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
  QString out = QStringLiteral("<tr>");
  for (const QString &c : cells)
    out += QStringLiteral("<%1>%2</%1>").arg(tag, esc(c));
  return out + QStringLiteral("</tr>");
}

QString table(const QStringList &header, const QList<QStringList> &rows) {
  QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
  out += row(header, true);
  for (const QStringList &r : rows)
    out += row(r);
  return out + QStringLiteral("</table>");
}

} // namespace

QString RelocationExport::defaultTitle() {
  return tr("EpiDesk relocation plan");
}

QByteArray RelocationExport::planCsv(const RelocationScenario &scenario, const RelocationPlan &plan) {
  QHash<QString, QString> names, facilityDistricts;
  for (const auto &d : scenario.districts)
    names.insert(d.code, d.name);
  for (const auto &f : scenario.facilities)
    facilityDistricts.insert(f.id, f.district);
  QString out =
      QStringLiteral("kind,district,district_name,facility,facility_district,group,month,patients\n");
  for (const auto &f : plan.flows)
    out += QStringList{QStringLiteral("flow"),
                       CsvExport::field(f.fromDistrict),
                       CsvExport::field(names.value(f.fromDistrict)),
                       CsvExport::field(f.facility),
                       CsvExport::field(facilityDistricts.value(f.facility)),
                       CsvExport::field(f.group),
                       QString::number(f.month),
                       CsvExport::number(f.patients)}
               .join(QLatin1Char(',')) +
           QLatin1Char('\n');
  for (const auto &u : plan.unmet)
    out += QStringList{QStringLiteral("unmet"),
                       CsvExport::field(u.district),
                       CsvExport::field(names.value(u.district)),
                       QString(),
                       QString(),
                       CsvExport::field(u.group),
                       QString::number(u.month),
                       CsvExport::number(u.patients)}
               .join(QLatin1Char(',')) +
           QLatin1Char('\n');
  return out.toUtf8();
}

bool RelocationExport::writePlanCsv(const RelocationScenario &scenario, const RelocationPlan &plan,
                                    const QString &path, QString *error) {
  return CsvExport::writeFile(planCsv(scenario, plan), path, error);
}

QString RelocationExport::reportHtml(const RelocationReportContent &c) {
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

  QString html = QStringLiteral("<html><body style=\"font-size:9pt\">");
  html += QStringLiteral("<h2>%1</h2>").arg(esc(c.title.isEmpty() ? defaultTitle() : c.title));
  html += QStringLiteral("<p>%1</p>")
              .arg(esc(tr("Generated %1")
                           .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))));

  html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Scenario")));
  html += table(
      {tr("Item"), tr("Value")},
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

  html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Solver status")));
  html += table({tr("Item"), tr("Value")}, {{tr("Status"), p.status},
                                            {tr("Message"), p.message},
                                            {tr("Objective"), num(p.objective)},
                                            {tr("Bound"), num(p.bound)},
                                            {tr("Gap"), num(p.gap, 4)},
                                            {tr("Time (s)"), num(p.seconds)},
                                            {tr("Variables"), QString::number(p.variables)},
                                            {tr("Constraints"), QString::number(p.constraints)}});

  QList<QStringList> comparison;
  auto add = [&](const QString &label, double current, double previous) {
    QStringList r{label};
    if (c.previous)
      r << num(previous);
    r << num(current);
    comparison << r;
  };
  const RelocationPlan prev = c.previous.value_or(RelocationPlan{});
  add(tr("Objective"), p.objective, prev.objective);
  add(tr("Risk (urgency × months waited)"), p.riskPatientMonths, prev.riskPatientMonths);
  add(tr("Travel (patient-hours)"), p.travelPatientHours, prev.travelPatientHours);
  add(tr("Cost"), p.cost, prev.cost);
  add(tr("Unmet patients"), p.unmetPatients, prev.unmetPatients);
  QStringList header{tr("Measure")};
  if (c.previous)
    header << tr("Previous plan");
  header << tr("This plan");
  html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Totals")));
  html += table(header, comparison);

  if (!c.map.isNull())
    html += QStringLiteral("<h3>%1</h3><p><img src=\"epidesk://map\" width=\"600\"></p>").arg(esc(tr("Map")));

  std::vector<PlanFlow> flows = p.flows;
  std::stable_sort(flows.begin(), flows.end(),
                   [](const PlanFlow &a, const PlanFlow &b) { return a.patients > b.patients; });
  QList<QStringList> flowRows;
  for (std::size_t i = 0; i < flows.size() && i < std::size_t(kMaxFlowRows); ++i) {
    const PlanFlow &f = flows[i];
    flowRows << QStringList{f.fromDistrict, names.value(f.fromDistrict), f.facility,
                            f.group,        QString::number(f.month),    num(f.patients, 1)};
  }
  html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Flows")));
  if (flows.size() > std::size_t(kMaxFlowRows))
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("The %1 largest of %2 flows; the CSV export has all of them.")
                             .arg(kMaxFlowRows)
                             .arg(flows.size())));
  html += table(
      {tr("From district"), tr("District name"), tr("Facility"), tr("Group"), tr("Month"), tr("Patients")},
      flowRows);

  html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Unmet demand")));
  if (p.unmet.empty()) {
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("All demand is served.")));
  } else {
    QList<QStringList> rows;
    for (const auto &u : p.unmet)
      rows << QStringList{u.district, names.value(u.district), u.group, QString::number(u.month),
                          num(u.patients, 1)};
    html += table({tr("District"), tr("District name"), tr("Group"), tr("Month"), tr("Patients")}, rows);
  }

  QMap<QString, std::pair<double, double>> use;
  for (const auto &u : p.facilityUse) {
    use[u.facility].first += u.used;
    use[u.facility].second += u.capacity;
  }
  QList<QStringList> useRows;
  for (auto it = use.cbegin(); it != use.cend(); ++it)
    useRows << QStringList{it.key(), num(it->first, 1), num(it->second, 1),
                           it->second > 0 ? num(100 * it->first / it->second, 1) : QStringLiteral("–")};
  html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Facility utilisation")));
  html += table({tr("Facility"), tr("Used"), tr("Capacity"), tr("Utilisation (%)")}, useRows);
  return html + QStringLiteral("</body></html>");
}

bool RelocationExport::writePdf(const RelocationReportContent &content, const QString &path, QString *error) {
  QPdfWriter writer(path);
  writer.setPageSize(QPageSize(QPageSize::A4));
  writer.setResolution(150);
  writer.setTitle(content.title.isEmpty() ? defaultTitle() : content.title);
  writer.setCreator(QStringLiteral("EpiDesk"));
  QTextDocument doc;
  if (!content.map.isNull())
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("epidesk://map")), content.map);
  doc.setHtml(reportHtml(content));
  doc.print(&writer);
  if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0) {
    if (error)
      *error = tr("Could not write %1.").arg(path);
    return false;
  }
  return true;
}

} // namespace epidesk
