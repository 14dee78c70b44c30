#include "ScenarioWriter.h"
#include "CsvWriter.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace epidesk {

namespace {

constexpr int kExact = CsvWriter::shortestDigits; // numbers round-trip exactly

QString cannotWrite(const QString &file) {
  return QCoreApplication::translate("epidesk::ScenarioWriter", "cannot write %1").arg(file);
}

bool writeFile(const QString &path, const QByteArray &data) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Scenario tables are data EpiDesk reads back verbatim: quoting, no inert prefix.
CsvWriter table(const QStringList &header) {
  CsvWriter w(CsvWriter::Cells::Data);
  w.header(header);
  return w;
}

// lat/lon, empty without a centroid.
void coordinate(CsvWriter &w, const RelocationDistrict &d, double v) {
  if (d.hasCentroid())
    w.number(v, kExact);
  else
    w.empty();
}

} // namespace

QString ScenarioWriter::write(const RelocationScenario &s, const QString &path) {
  if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
    return writeFile(path, QJsonDocument(s.toJson()).toJson()) ? QString() : cannotWrite(path);
  QDir dir(path);
  if (!dir.mkpath(QStringLiteral(".")))
    return cannotWrite(path);

  QJsonObject meta = s.toJson();
  for (const char *key : {"districts", "groups", "facilities", "demand", "capacity", "travel"})
    meta.remove(QLatin1String(key));
  CsvWriter districts = table({"code", "name", "lat", "lon"});
  for (const auto &d : s.districts) {
    districts.text(d.code).text(d.name);
    coordinate(districts, d, d.lat);
    coordinate(districts, d, d.lon);
    districts.endRow();
  }
  CsvWriter groups = table({"id", "name", "urgency", "max_travel_hours", "deadline_months"});
  for (const auto &g : s.groups) {
    groups.text(g.id).text(g.name).number(g.urgency, kExact).number(g.maxTravelHours, kExact);
    groups.integer(g.deadlineMonths).endRow();
  }
  CsvWriter facilities = table({"id", "district", "name", "surge_cost", "cost_per_patient"});
  for (const auto &f : s.facilities) {
    facilities.text(f.id).text(f.district).text(f.name).number(f.surgeCost, kExact);
    facilities.number(f.costPerPatient, kExact).endRow();
  }
  CsvWriter demand = table({"district", "group", "month", "patients"});
  for (const auto &e : s.demand)
    demand.text(e.district).text(e.group).integer(e.month).number(e.patients, kExact).endRow();
  CsvWriter capacity = table({"facility", "group", "month", "capacity", "surge"});
  for (const auto &e : s.capacity) {
    capacity.text(e.facility).text(e.group).integer(e.month).number(e.capacity, kExact);
    capacity.number(e.surge, kExact).endRow();
  }
  CsvWriter travel = table({"from", "to", "hours"});
  for (const auto &e : s.travel)
    travel.text(e.from).text(e.to).number(e.hours, kExact).endRow();

  const std::pair<const char *, QByteArray> files[] = {{"scenario.json", QJsonDocument(meta).toJson()},
                                                       {"districts.csv", districts.data()},
                                                       {"groups.csv", groups.data()},
                                                       {"facilities.csv", facilities.data()},
                                                       {"demand.csv", demand.data()},
                                                       {"capacity.csv", capacity.data()}};
  for (const auto &[name, data] : files)
    if (!writeFile(dir.filePath(QLatin1String(name)), data))
      return cannotWrite(dir.filePath(QLatin1String(name)));
  if (!s.travel.empty() && !writeFile(dir.filePath(QStringLiteral("travel.csv")), travel.data()))
    return cannotWrite(dir.filePath(QStringLiteral("travel.csv")));
  return {};
}

} // namespace epidesk
