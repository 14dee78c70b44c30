#pragma once
#include <Eigen/Dense>
#include <QString>
#include <cmath>
#include <vector>

// StructuralModel's design matrix (not for other callers).
namespace epidesk::structural {

constexpr double kPi = 3.14159265358979323846;

struct Seasonality {
  QString name;
  double period = 0; // in steps of the series
  int order = 0;
};

// Columns: k (t), m (1), one (t - s_j)_+ per changepoint, then sin/cos pairs
// per seasonality. t = index / (n - 1); Fourier terms use the step index.
class FeatureMap {
public:
  FeatureMap(int n, std::vector<double> changepoints, const std::vector<Seasonality> &seasonalities);

  int deltaBegin() const { return 2; }
  int deltaEnd() const { return 2 + int(m_changepoints.size()); }
  int columns() const { return deltaEnd() + int(m_terms.size()); }
  double time(double index) const { return index / double(m_n - 1); }
  const std::vector<double> &changepoints() const { return m_changepoints; }
  // Index of the seasonality a column belongs to, -1 for trend columns.
  int seasonalityOf(int column) const {
    return column < deltaEnd() ? -1 : m_terms[size_t(column - deltaEnd())].seasonality;
  }

  void row(double index, double *out) const;
  Eigen::MatrixXd matrix(int firstIndex, int rows) const;

private:
  struct Term {
    int seasonality;
    int order;
    bool isCos;
    double period;
    double value(double index) const {
      const double a = 2 * kPi * order * index / period;
      return isCos ? std::cos(a) : std::sin(a);
    }
  };
  int m_n;
  std::vector<double> m_changepoints;
  std::vector<Term> m_terms;
};

} // namespace epidesk::structural
