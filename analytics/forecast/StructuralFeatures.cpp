#include "StructuralFeatures.h"
#include <algorithm>

namespace epidesk::structural {

FeatureMap::FeatureMap(int n, std::vector<double> changepoints, const std::vector<Seasonality> &seasonalities)
    : m_n(n), m_changepoints(std::move(changepoints)) {
  for (int s = 0; s < int(seasonalities.size()); ++s)
    for (int r = 1; r <= seasonalities[size_t(s)].order; ++r)
      for (int isCos = 0; isCos < 2; ++isCos) {
        const Term term{s, r, isCos == 1, seasonalities[size_t(s)].period};
        // sin at the Nyquist frequency is zero on the grid: an empty column.
        double maxAbs = 0;
        for (int i = 0; i < n; ++i)
          maxAbs = std::max(maxAbs, std::abs(term.value(i)));
        if (maxAbs > 1e-8)
          m_terms.push_back(term);
      }
}

void FeatureMap::row(double index, double *out) const {
  const double t = time(index);
  out[0] = t;
  out[1] = 1;
  for (size_t j = 0; j < m_changepoints.size(); ++j)
    out[2 + j] = std::max(0.0, t - m_changepoints[j]);
  for (size_t c = 0; c < m_terms.size(); ++c)
    out[size_t(deltaEnd()) + c] = m_terms[c].value(index);
}

Eigen::MatrixXd FeatureMap::matrix(int firstIndex, int rows) const {
  Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> x(rows, columns());
  for (int i = 0; i < rows; ++i)
    row(firstIndex + i, x.row(i).data());
  return x;
}

} // namespace epidesk::structural
