#include "DemoVolumeModel.h"

#include "DemoApportion.h"

#include <cmath>

namespace epidesk::demo {

namespace {
// National volume of the non-azithromycin groups relative to 2014: fewer
// antibiotics in the 2020 lockdown, steadily more psychotropics.
double trendFactor(Trend trend, int year) {
  static const double kAnti[kYears] = {1.00, 0.97, 0.96, 0.97, 0.99, 1.01, 0.82, 0.93};
  static const double kCtrl[kYears] = {1.00, 1.03, 1.06, 1.09, 1.12, 1.16, 1.24, 1.30};
  return (trend == Trend::Antimicrobial ? kAnti : kCtrl)[yearIndex(year)];
}

// Monthly weight: winter (July) peak for respiratory drugs, strongest in the
// south; the 2020/2021 COVID waves for azithromycin.
double monthWeight(Season season, Region region, int year, int month, bool azithromycin) {
  static const double kAmplitude[RegionCount] = {0.04, 0.08, 0.18, 0.28, 0.12};
  double w = 1.0;
  if (season == Season::Respiratory)
    w += kAmplitude[region] * std::cos(6.283185307179586 * (month - 7) / 12.0);
  if (azithromycin && year == 2020) {
    static const double kCovid[12] = {0.9, 0.9, 1.3, 1.6, 1.9, 2.1, 2.0, 1.7, 1.4, 1.2, 1.3, 1.5};
    w *= kCovid[month - 1];
  } else if (azithromycin && year == 2021) {
    static const double kWave[12] = {1.1, 1.1, 1.35, 1.3, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    w *= kWave[month - 1];
  }
  return w;
}
} // namespace

VolumeModel::VolumeModel(const ReferenceData &ref, const Calibration &cal,
                         const std::vector<ProductGroup> &groups, quint64 seed, double scale)
    : m_ref(ref), m_cal(cal), m_groups(groups), m_scale(scale) {
  // Per-state, per-group level noise (fixed over years) and yearly wobble.
  Rng rng(streamSeed(seed, 0x6E01));
  m_groupNoise.assign(ref.ufs().size(), std::vector<std::array<double, kYears>>(groups.size()));
  for (auto &perUf : m_groupNoise)
    for (auto &perGroup : perUf) {
      const double level = rng.logNoise(0.15);
      for (double &v : perGroup)
        v = level * rng.logNoise(0.04);
    }
}

qint64 VolumeModel::rowsFor(int uf, int g, int year, int month, Rng &rng) const {
  const Region region = m_ref.ufs()[uf].region;
  const ProductGroup &group = m_groups[g];
  std::vector<double> w(12);
  for (int m = 1; m <= 12; ++m)
    w[m - 1] = monthWeight(group.season, region, year, m, g == 0);
  if (g == 0)
    return apportion(m_cal.stateAzithromycin(uf, year), w)[month - 1];
  double sum = 0;
  for (double v : w)
    sum += v;
  const double expected = group.rows2014 * trendFactor(group.trend, year) * m_cal.stateShare(uf, year) *
                          m_groupNoise[uf][g][yearIndex(year)] * w[month - 1] / sum * m_scale;
  return rng.stochasticRound(expected);
}

AliasTable VolumeModel::municipalities(const UfData &uf, int year) const {
  std::vector<double> muniWeights;
  for (int code : uf.muniCodes)
    muniWeights.push_back(m_ref.municipalityPopulation(code, year));
  return AliasTable(muniWeights);
}

} // namespace epidesk::demo
