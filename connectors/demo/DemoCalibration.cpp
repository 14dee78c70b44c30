#include "DemoCalibration.h"

#include "DemoApportion.h"
#include "DemoRandom.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace epidesk::demo {

Calibration::Calibration(const ReferenceData &ref, quint64 seed, double scale) : m_ref(ref), m_scale(scale) {
  computeNational();
  computeStateShares();
  computeStateAzithromycin(seed);
}

QVector<DemoYearTarget> Calibration::targets(int fromYear, int toYear) const {
  QVector<DemoYearTarget> out;
  for (int year = fromYear; year <= toYear; ++year) {
    DemoYearTarget t;
    t.year = year;
    t.population = m_ref.brazilPopulation(year);
    t.fullScale = m_full[yearIndex(year)];
    t.per1000 = 1000.0 * double(t.fullScale) / t.population;
    t.scaled = m_scaled[yearIndex(year)];
    out.push_back(t);
  }
  return out;
}

// 2014 and 2020 = 1.321 x 2014 are placed so that both published rates
// (66.2 and 83.8 per 1,000) round correctly with equal margin; the other
// years share the rest of the published total in a fixed shape.
void Calibration::computeNational() {
  const double p14 = m_ref.brazilPopulation(2014), p20 = m_ref.brazilPopulation(2020);
  const double g = 1.0 + DemoGenerator::kPublishedGrowth;
  const double k = p14 / p20;
  const double delta =
      (DemoGenerator::kPublishedRate2020 - g * DemoGenerator::kPublishedRate2014 * k) / (1.0 + g * k);
  const qint64 a14 = std::llround(p14 * (DemoGenerator::kPublishedRate2014 + delta) / 1000.0);
  const qint64 a20 = std::llround(double(a14) * g);
  static const int kOtherYears[] = {2015, 2016, 2017, 2018, 2019, 2021};
  static const double kShape[] = {0.90, 0.80, 0.76, 0.77, 0.81, 0.84};
  const std::vector<qint64> rest = apportion(DemoGenerator::kPublishedTotal - a14 - a20,
                                             std::vector<double>(std::begin(kShape), std::end(kShape)));
  m_full[yearIndex(2014)] = a14;
  m_full[yearIndex(2020)] = a20;
  for (size_t i = 0; i < rest.size(); ++i)
    m_full[yearIndex(kOtherYears[i])] = rest[i];
  for (int y = 0; y < kYears; ++y)
    m_scaled[y] = std::llround(double(m_full[y]) * m_scale);
}

void Calibration::computeStateShares() {
  static const double kRegionFactor[RegionCount] = {0.80, 0.88, 1.08, 1.12, 1.00};
  const auto &ufs = m_ref.ufs();
  m_share.assign(ufs.size(), {});
  for (int y = 0; y < kYears; ++y) {
    double total = 0;
    for (size_t u = 0; u < ufs.size(); ++u)
      total += ufs[u].population[y] * kRegionFactor[ufs[u].region];
    for (size_t u = 0; u < ufs.size(); ++u)
      m_share[u][y] = ufs[u].population[y] * kRegionFactor[ufs[u].region] / total;
  }
}

// Monotone states get a fixed rising series; the others share the rest of
// each year's national total with noise (apportioned, so totals are exact).
void Calibration::computeStateAzithromycin(quint64 seed) {
  static const double kGrowth[kYears] = {1.00, 1.04, 1.08, 1.12, 1.16, 1.21, 1.55, 1.58};
  const auto &ufs = m_ref.ufs();
  const QStringList monotone = DemoGenerator::monotoneStates();
  m_byUf.assign(ufs.size(), {});
  std::vector<bool> isMonotone(ufs.size(), false);
  std::array<qint64, kYears> monotoneSum{};
  for (size_t u = 0; u < ufs.size(); ++u) {
    if (!monotone.contains(ufs[u].sigla))
      continue;
    isMonotone[u] = true;
    const double base = 0.80 * m_share[u][0] * double(m_full[0]) * m_scale;
    qint64 previous = 0;
    for (int y = 0; y < kYears; ++y) {
      const qint64 c = std::max(previous + 1, std::llround(base * kGrowth[y]));
      m_byUf[u][y] = previous = c;
      monotoneSum[y] += c;
    }
  }
  Rng rng(streamSeed(seed, 0xA217));
  for (int y = 0; y < kYears; ++y) {
    std::vector<double> weights;
    std::vector<size_t> index;
    for (size_t u = 0; u < ufs.size(); ++u) {
      const double noise = rng.logNoise(0.07); // drawn for every state: stable streams
      if (isMonotone[u])
        continue;
      weights.push_back(m_share[u][y] * noise);
      index.push_back(u);
    }
    const std::vector<qint64> parts = apportion(std::max<qint64>(0, m_scaled[y] - monotoneSum[y]), weights);
    for (size_t i = 0; i < parts.size(); ++i)
      m_byUf[index[i]][y] = parts[i];
  }
}

} // namespace epidesk::demo
