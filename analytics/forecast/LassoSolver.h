#pragma once
#include <Eigen/Dense>
#include <vector>

namespace epidesk {

// Minimises 1/2 theta' H theta - c' theta + mu sum_{j in L} |theta_j| (a lasso):
// StructuralModel's MAP step for the changepoint deltas (L) and the other
// coefficients. Holds references to H, c and L, which must outlive it.
class LassoSolver {
public:
  LassoSolver(const Eigen::MatrixXd &h, const Eigen::VectorXd &c, const std::vector<char> &l1, double mu)
      : m_h(h), m_c(c), m_l1(l1), m_mu(mu) {}

  // Warm-started from theta; returns the iterations used. Feature-sign search
  // (Lee et al. 2007, an active-set method) is exact in a few small solves;
  // coordinate descent is the fallback should it stall.
  int solve(Eigen::VectorXd &theta, bool &converged) const;

private:
  double objective(const Eigen::VectorXd &theta) const;
  // Feature-sign search from theta; false when it stalls (used counts its steps).
  bool featureSign(Eigen::VectorXd &theta, int &used) const;

  // Minimises the quadratic on the support with the signs fixed, then takes
  // the best point on the segment towards it (ends and zero crossings).
  bool featureSignStep(Eigen::VectorXd &theta, std::vector<char> &active, std::vector<int> &sign,
                       bool &crossed) const;

  // Cyclic coordinate descent with soft thresholding; returns the sweeps used.
  int coordinateDescent(Eigen::VectorXd &theta, bool &converged) const;
  static double softThreshold(double z, double mu);

  // Solves the stationarity equations on the current support with fixed signs;
  // accepted only when signs and the optimality conditions off the support hold.
  bool polish(Eigen::VectorXd &theta) const;

  const Eigen::MatrixXd &m_h;
  const Eigen::VectorXd &m_c;
  const std::vector<char> &m_l1;
  double m_mu;
};

} // namespace epidesk
