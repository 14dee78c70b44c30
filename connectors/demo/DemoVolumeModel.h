#pragma once
// Demo generator: the allocation model — how many rows of each product group
// a state sells in a month (calibrated azithromycin, trend x season x noise
// for the rest) and how they spread over municipalities by population.
#include "DemoCalibration.h"
#include "DemoCatalogue.h"
#include "DemoRandom.h"
#include "DemoReferenceData.h"

#include <array>
#include <vector>

namespace epidesk::demo {

class VolumeModel {
public:
  VolumeModel(const ReferenceData &ref, const Calibration &cal, const std::vector<ProductGroup> &groups,
              quint64 seed, double scale);

  // Azithromycin (group 0): the exact calibrated count for (state, month).
  // Others: expected volume with noise, rounded stochastically with rng.
  qint64 rowsFor(int uf, int g, int year, int month, Rng &rng) const;

  // Weighted choice of a state's municipalities by the year's population.
  AliasTable municipalities(const UfData &uf, int year) const;

private:
  const ReferenceData &m_ref;
  const Calibration &m_cal;
  const std::vector<ProductGroup> &m_groups;
  double m_scale;
  std::vector<std::vector<std::array<double, kYears>>> m_groupNoise; // uf -> group -> year
};

} // namespace epidesk::demo
