#include "ScenarioWriter.h"
#include "CsvCell.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace epidesk {

namespace {

QString num(double v) {
  return QString::number(v, 'g', QLocale::FloatingPointShortest); // round-trips exactly
}

// Scenario tables are data EpiDesk reads back verbatim: quoting, no inert prefix.
QString csvField(const QString &s) {
  return CsvCell::quoted(s);
}

QString cannotWrite(const QString &file) {
  return QCoreApplication::translate("epidesk::ScenarioWriter", "cannot write %1").arg(file);
}

bool writeFile(const QString &path, const QByteArray &data) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// rows: lines already joined by commas.
QByteArray table(const char *header, const QStringList &rows) {
  QByteArray out = QByteArray(header) + '\n';
  for (const QString &r : rows)
    out += r.toUtf8() + '\n';
  return out;
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
  QStringList districts, groups, facilities, demand, capacity, travel;
  for (const auto &d : s.districts)
    districts << QStringList{csvField(d.code), csvField(d.name), d.hasCentroid() ? num(d.lat) : QString(),
                             d.hasCentroid() ? num(d.lon) : QString()}
                     .join(QLatin1Char(','));
  for (const auto &g : s.groups)
    groups << QStringList{csvField(g.id), csvField(g.name), num(g.urgency), num(g.maxTravelHours),
                          QString::number(g.deadlineMonths)}
                  .join(QLatin1Char(','));
  for (const auto &f : s.facilities)
    facilities << QStringList{csvField(f.id), csvField(f.district), csvField(f.name), num(f.surgeCost),
                              num(f.costPerPatient)}
                      .join(QLatin1Char(','));
  for (const auto &e : s.demand)
    demand << QStringList{csvField(e.district), csvField(e.group), QString::number(e.month), num(e.patients)}
                  .join(QLatin1Char(','));
  for (const auto &e : s.capacity)
    capacity << QStringList{csvField(e.facility), csvField(e.group), QString::number(e.month),
                            num(e.capacity), num(e.surge)}
                    .join(QLatin1Char(','));
  for (const auto &e : s.travel)
    travel << QStringList{csvField(e.from), csvField(e.to), num(e.hours)}.join(QLatin1Char(','));

  const std::pair<const char *, QByteArray> files[] = {
      {"scenario.json", QJsonDocument(meta).toJson()},
      {"districts.csv", table("code,name,lat,lon", districts)},
      {"groups.csv", table("id,name,urgency,max_travel_hours,deadline_months", groups)},
      {"facilities.csv", table("id,district,name,surge_cost,cost_per_patient", facilities)},
      {"demand.csv", table("district,group,month,patients", demand)},
      {"capacity.csv", table("facility,group,month,capacity,surge", capacity)}};
  for (const auto &[name, data] : files)
    if (!writeFile(dir.filePath(QLatin1String(name)), data))
      return cannotWrite(dir.filePath(QLatin1String(name)));
  if (!s.travel.empty() &&
      !writeFile(dir.filePath(QStringLiteral("travel.csv")), table("from,to,hours", travel)))
    return cannotWrite(dir.filePath(QStringLiteral("travel.csv")));
  return {};
}

} // namespace epidesk
