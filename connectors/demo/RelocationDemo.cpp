#include "RelocationDemo.h"
#include "BoundaryCentroids.h"
#include "CsvReader.h"
#include "Feedback.h"
#include "ScenarioWriter.h"
#include "TravelTimes.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class RelocationDemoText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::RelocationDemo)
};

// splitmix64: the same numbers on every platform and standard library.
class Random {
public:
  explicit Random(std::uint64_t seed) : m_state(seed) {}
  double uniform(double lo, double hi) { return lo + (hi - lo) * double(next() >> 11) * 0x1.0p-53; }
  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

private:
  std::uint64_t m_state;
};

struct GroupSpec {
  const char *id;
  const char *name;
  double urgency;
  double maxTravelHours;
  int deadlineMonths;
  double nationalPerMonth; // patients a month in all of Poland
};

// Twelve procedure groups: urgent ones wait little and travel less far.
constexpr GroupSpec kGroups[] = {
    {"CARD", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "Cardiology interventions"), 8, 2.0, 1, 9000},
    {"ONCS", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "Oncological surgery"), 10, 2.5, 1, 7000},
    {"CHEM", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "Chemotherapy"), 9, 2.0, 1, 15000},
    {"NEUR", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "Neurosurgery"), 7, 3.0, 1, 2500},
    {"VASC", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "Vascular surgery"), 6, 3.0, 2, 3500},
    {"GENS", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "General surgery"), 4, 2.5, 2, 20000},
    {"ORTH", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "Orthopaedics and joint replacement"), 2, 3.5, 3,
     14000},
    {"OPHT", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "Ophthalmology (cataract)"), 1, 3.5, 3, 22000},
    {"GYNE", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "Gynaecology"), 3, 2.5, 2, 10000},
    {"UROL", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "Urology"), 3, 3.0, 2, 8000},
    {"ENTS", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "ENT surgery"), 2, 3.5, 3, 6000},
    {"ENDO", QT_TRANSLATE_NOOP("epidesk::RelocationDemo", "Diagnostic endoscopy"), 2, 3.0, 2, 25000},
};

// Total recorded cases per 4-digit TERYT code.
std::map<QString, double> readCaseTotals(const QString &path, QString *error) {
  std::map<QString, double> totals;
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    *error = RelocationDemoText::tr("cannot read %1").arg(path);
    return totals;
  }
  CsvReader::Options options;
  options.delimiter = '\t';
  CsvReader reader(f, options);
  CsvRecord r;
  reader.next(r); // header
  while (reader.next(r)) {
    if (r.size() < 3)
      continue;
    const QByteArrayView code = r.field(2);
    if (!code.startsWith('t'))
      continue; // NA
    bool ok = false;
    const double cases = r.field(0).toDouble(&ok);
    if (ok)
      totals[QString::fromLatin1(code.sliced(1))] += cases;
  }
  return totals;
}

double round1(double v) {
  return std::round(v * 10) / 10;
}

} // namespace

RelocationDemoResult RelocationDemo::generate(const RelocationDemoOptions &options, const QString &sharedDir,
                                              Feedback *feedback) {
  RelocationDemoResult result;
  const QString geojson = QDir(sharedDir).filePath(QStringLiteral("data/pl/powiaty.geojson"));
  const QString casesFile = QDir(sharedDir).filePath(QStringLiteral("data/pl/covid_cases_powiat_daily.tsv"));
  if (feedback)
    feedback->setStatus(RelocationDemoText::tr("Reading powiat boundaries and case totals"));
  const QHash<QString, BoundaryCentroid> centroids =
      BoundaryCentroids::read(geojson, QStringLiteral("terc"), &result.error);
  if (!result.ok())
    return result;
  const std::map<QString, double> cases = readCaseTotals(casesFile, &result.error);
  if (!result.ok())
    return result;
  if (feedback && feedback->isCanceled())
    throw Canceled{};
  if (feedback)
    feedback->setProgress(40);

  Random rng(options.seed);
  RelocationScenario &s = result.scenario;
  s.name = RelocationDemoText::tr("Poland, 380 powiats: relocation after a COVID-19 wave (seed %1)")
               .arg(options.seed);
  s.startMonth = QStringLiteral("2022-01");
  s.months = options.months;
  s.boundaries = QFileInfo(geojson).absoluteFilePath();
  s.boundaryCodeProperty = QStringLiteral("terc");

  QStringList codes = centroids.keys();
  std::sort(codes.begin(), codes.end());
  const int nD = int(codes.size());
  std::vector<double> weight(static_cast<size_t>(nD));
  double totalCases = 0;
  for (int d = 0; d < nD; ++d) {
    const BoundaryCentroid &c = centroids.value(codes.at(d));
    s.districts.push_back({codes.at(d), c.name, c.lat, c.lon});
    const auto it = cases.find(codes.at(d));
    weight[size_t(d)] = std::max(100.0, it == cases.end() ? 0.0 : it->second);
    totalCases += weight[size_t(d)];
  }

  // Hospitals: every voivodeship's largest powiat, then the largest of the others.
  std::vector<int> order(static_cast<size_t>(nD));
  for (int d = 0; d < nD; ++d)
    order[size_t(d)] = d;
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return weight[size_t(a)] > weight[size_t(b)]; });
  std::vector<int> hospitals;
  QSet<QString> voivodeships;
  for (int d : order)
    if (!voivodeships.contains(codes.at(d).left(2))) {
      voivodeships.insert(codes.at(d).left(2));
      hospitals.push_back(d);
    }
  for (int d : order)
    if (int(hospitals.size()) < std::min(options.facilities, nD) &&
        std::find(hospitals.begin(), hospitals.end(), d) == hospitals.end())
      hospitals.push_back(d);
  std::sort(hospitals.begin(), hospitals.end());
  const int nF = int(hospitals.size());
  for (int f = 0; f < nF; ++f) {
    const RelocationDistrict &d = s.districts[size_t(hospitals[size_t(f)])];
    s.facilities.push_back({QStringLiteral("H%1").arg(f + 1, 2, 10, QLatin1Char('0')), d.code,
                            RelocationDemoText::tr("Hospital %1").arg(d.name), 0,
                            round1(rng.uniform(1.0, 1.5))});
  }

  // Each powiat's nearest hospital sizes that hospital's capacity; the farthest
  // nearest-hospital time sets the minimum travel limit, so every powiat has a candidate.
  const TravelTimes travel(s);
  std::vector<int> nearest(static_cast<size_t>(nD), 0);
  double coverage = 0;
  for (int d = 0; d < nD; ++d) {
    double best = 1e300;
    for (int f = 0; f < nF; ++f) {
      const double h = travel.hours(d, hospitals[size_t(f)]);
      if (h < best) {
        best = h;
        nearest[size_t(d)] = f;
      }
    }
    coverage = std::max(coverage, best);
  }
  const double minLimit = std::ceil(coverage * 1.15 * 4) / 4;
  for (const GroupSpec &g : kGroups)
    s.groups.push_back({QLatin1String(g.id), RelocationDemoText::tr(g.name), g.urgency,
                        std::max(g.maxTravelHours, minLimit), g.deadlineMonths});
  const int nG = int(s.groups.size());

  // Demand: national volume x case share, a mild seasonal swing, noise; backlog = a quarter of a month.
  std::vector<double> assigned(size_t(nF) * size_t(nG), 0.0);
  double demandTotal = 0;
  for (int d = 0; d < nD; ++d) {
    const double share = weight[size_t(d)] / totalCases;
    for (int g = 0; g < nG; ++g) {
      const double monthly = kGroups[g].nationalPerMonth * share;
      assigned[size_t(nearest[size_t(d)]) * size_t(nG) + size_t(g)] += monthly;
      for (int m = 0; m <= s.months; ++m) {
        const double seasonal = m == 0 ? 0.25 : 1.0 + 0.08 * std::cos(2 * 3.14159265358979 * (m - 1) / 12.0);
        const double patients = std::round(monthly * seasonal * rng.uniform(0.9, 1.1));
        if (patients > 0) {
          s.demand.push_back({codes.at(d), s.groups[size_t(g)].id, m, patients});
          demandTotal += patients;
        }
      }
    }
  }

  // The wave: two voivodeships (seeded) lose 50-70 % of their hospitals' capacity in months 2-4.
  QStringList allVoivodeships = voivodeships.values();
  std::sort(allVoivodeships.begin(), allVoivodeships.end());
  QStringList wave;
  while (wave.size() < 2) {
    const QString v = allVoivodeships.at(int(rng.next() % std::uint64_t(allVoivodeships.size())));
    if (!wave.contains(v))
      wave << v;
  }
  std::sort(wave.begin(), wave.end());
  QJsonArray waveFacilities;
  double capacityTotal = 0;
  for (int f = 0; f < nF; ++f) {
    RelocationFacility &fac = s.facilities[size_t(f)];
    const bool hit = wave.contains(fac.district.left(2));
    if (hit)
      waveFacilities.append(fac.id);
    const double loss = hit ? rng.uniform(0.5, 0.7) : 0;
    double size = 0;
    for (int g = 0; g < nG; ++g) {
      const double base =
          std::ceil(1.08 * assigned[size_t(f) * size_t(nG) + size_t(g)] * rng.uniform(0.95, 1.15));
      size += base;
      const double surge = std::ceil(0.25 * base);
      for (int m = 1; m <= s.months; ++m) {
        const double cap = hit && m >= 2 && m <= 4 ? std::round(base * (1 - loss)) : base;
        s.capacity.push_back({fac.id, s.groups[size_t(g)].id, m, cap, surge});
        capacityTotal += cap;
      }
    }
    // Opening surge for a month costs about a patient-day of staff per bed-equivalent.
    fac.surgeCost = std::round(0.5 * size);
  }
  if (feedback)
    feedback->setProgress(80);

  QJsonArray waveMonths{2, 3, 4};
  result.manifest = QJsonObject{{"name", s.name},
                                {"seed", QString::number(options.seed)},
                                {"districts", nD},
                                {"facilities", nF},
                                {"groups", nG},
                                {"months", s.months},
                                {"demand_patients", demandTotal},
                                {"capacity_patients", capacityTotal},
                                {"min_travel_limit_hours", minLimit},
                                {"wave", QJsonObject{{"voivodeships", QJsonArray::fromStringList(wave)},
                                                     {"facilities", waveFacilities},
                                                     {"months", waveMonths}}}};
  if (!options.outDir.isEmpty()) {
    result.manifest.insert("dir", QDir(options.outDir).absolutePath());
    result.error = ScenarioWriter::write(s, options.outDir);
  }
  if (feedback)
    feedback->setProgress(100);
  return result;
}

} // namespace epidesk
