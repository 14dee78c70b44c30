#pragma once
// Demo generator: integer split of a total by weights (largest remainder),
// so calibrated parts add up exactly.
#include <QtGlobal>

#include <vector>

namespace epidesk::demo {

std::vector<qint64> apportion(qint64 total, const std::vector<double> &weights);

} // namespace epidesk::demo
