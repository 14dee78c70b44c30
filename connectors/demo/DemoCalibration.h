#pragma once
// Demo generator: the numbers the demo must reproduce — national yearly
// azithromycin targets (UFMG published total, 2014/2020 rates and growth)
// and their split by state (regional factors, monotone states, noise).
#include "DemoGenerator.h"
#include "DemoReferenceData.h"

#include <QVector>

#include <array>
#include <vector>

namespace epidesk::demo {

class Calibration {
public:
  Calibration(const ReferenceData &ref, quint64 seed, double scale);

  const std::array<qint64, kYears> &fullScale() const { return m_full; }
  qint64 scaledNational(int year) const { return m_scaled[yearIndex(year)]; }
  qint64 stateAzithromycin(int uf, int year) const { return m_byUf[uf][yearIndex(year)]; }
  double stateShare(int uf, int year) const { return m_share[uf][yearIndex(year)]; }

  QVector<DemoYearTarget> targets(int fromYear, int toYear) const;

private:
  void computeNational();
  void computeStateShares();
  void computeStateAzithromycin(quint64 seed);

  const ReferenceData &m_ref;
  double m_scale;
  std::array<qint64, kYears> m_full{};
  std::array<qint64, kYears> m_scaled{};
  std::vector<std::array<double, kYears>> m_share;
  std::vector<std::array<qint64, kYears>> m_byUf;
};

} // namespace epidesk::demo
