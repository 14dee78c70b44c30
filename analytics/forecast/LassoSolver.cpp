#include "LassoSolver.h"
#include <algorithm>
#include <cmath>
#include <limits>

namespace epidesk {

int LassoSolver::solve(Eigen::VectorXd &theta, bool &converged) const {
  int used = 0;
  if (featureSign(theta, used)) {
    converged = true;
    return used;
  }
  return used + coordinateDescent(theta, converged);
}

double LassoSolver::objective(const Eigen::VectorXd &theta) const {
  double penalty = 0;
  for (int j = 0; j < int(theta.size()); ++j)
    if (m_l1[size_t(j)])
      penalty += std::abs(theta[j]);
  return 0.5 * theta.dot(m_h * theta) - m_c.dot(theta) + m_mu * penalty;
}

bool LassoSolver::featureSign(Eigen::VectorXd &theta, int &used) const {
  const int p = int(theta.size());
  std::vector<int> sign(size_t(p), 0);
  std::vector<char> active(size_t(p), 0);
  for (int j = 0; j < p; ++j) {
    active[size_t(j)] = !m_l1[size_t(j)] || theta[j] != 0;
    sign[size_t(j)] = theta[j] > 0 ? 1 : theta[j] < 0 ? -1 : 0;
  }
  const int maxSteps = 20 * p + 100;
  for (; used < maxSteps; ++used) {
    bool crossed = false;
    if (!featureSignStep(theta, active, sign, crossed))
      return false;
    if (crossed)
      continue; // a coefficient reached zero: re-solve on the smaller support
    // Optimal on the support: add the zero coordinate that violates |g| <= mu most.
    const Eigen::VectorXd g = m_c - m_h * theta;
    int worst = -1;
    double worstValue = m_mu * (1 + 1e-9) + 1e-12;
    for (int j = 0; j < p; ++j)
      if (m_l1[size_t(j)] && !active[size_t(j)] && std::abs(g[j]) > worstValue) {
        worst = j;
        worstValue = std::abs(g[j]);
      }
    if (worst < 0)
      return true;
    active[size_t(worst)] = 1;
    sign[size_t(worst)] = g[worst] > 0 ? 1 : -1;
  }
  return false;
}

bool LassoSolver::featureSignStep(Eigen::VectorXd &theta, std::vector<char> &active, std::vector<int> &sign,
                                  bool &crossed) const {
  std::vector<int> a;
  for (int j = 0; j < int(theta.size()); ++j)
    if (active[size_t(j)])
      a.push_back(j);
  const Eigen::Index n = Eigen::Index(a.size());
  Eigen::MatrixXd haa(n, n);
  Eigen::VectorXd rhs(n);
  for (Eigen::Index r = 0; r < n; ++r) {
    for (Eigen::Index q = 0; q < n; ++q)
      haa(r, q) = m_h(a[size_t(r)], a[size_t(q)]);
    rhs[r] = m_c[a[size_t(r)]] - m_mu * sign[size_t(a[size_t(r)])];
  }
  const Eigen::LDLT<Eigen::MatrixXd> ldlt(haa);
  const Eigen::VectorXd x = ldlt.solve(rhs);
  if (ldlt.info() != Eigen::Success || !x.allFinite() || (haa * x - rhs).norm() > 1e-6 * (1 + rhs.norm()))
    return false;
  Eigen::VectorXd target = theta;
  for (Eigen::Index r = 0; r < n; ++r)
    target[a[size_t(r)]] = x[r];
  std::vector<double> steps{1.0};
  for (int j : a)
    if (m_l1[size_t(j)] && theta[j] != 0 && target[j] * theta[j] < 0)
      steps.push_back(theta[j] / (theta[j] - target[j]));
  double bestStep = 1, best = std::numeric_limits<double>::infinity();
  for (double step : steps) {
    Eigen::VectorXd point = theta + step * (target - theta);
    for (int j : a) // land exactly on zero at a crossing
      if (m_l1[size_t(j)] && theta[j] != 0 && std::abs(point[j]) <= 1e-14 * (1 + std::abs(theta[j])))
        point[j] = 0;
    const double value = objective(point);
    if (value < best) {
      best = value;
      bestStep = step;
    }
  }
  crossed = bestStep < 1;
  const Eigen::VectorXd next = theta + bestStep * (target - theta);
  for (int j : a) {
    double v = next[j];
    if (m_l1[size_t(j)] && theta[j] != 0 && std::abs(v) <= 1e-14 * (1 + std::abs(theta[j])))
      v = 0;
    theta[j] = v;
    if (m_l1[size_t(j)]) {
      sign[size_t(j)] = v > 0 ? 1 : v < 0 ? -1 : sign[size_t(j)];
      if (v == 0 && bestStep < 1)
        active[size_t(j)] = 0, sign[size_t(j)] = 0;
    }
  }
  return true;
}

int LassoSolver::coordinateDescent(Eigen::VectorXd &theta, bool &converged) const {
  const int p = int(theta.size());
  Eigen::VectorXd ht = m_h * theta;
  converged = false;
  constexpr int kMaxSweeps = 20000;
  int sweep = 0;
  for (; sweep < kMaxSweeps; ++sweep) {
    double maxChange = 0;
    for (int j = 0; j < p; ++j) {
      const double hjj = m_h(j, j);
      const double z = m_c[j] - ht[j] + hjj * theta[j];
      const double next = m_l1[size_t(j)] ? softThreshold(z, m_mu) / hjj : z / hjj;
      const double d = next - theta[j];
      if (d != 0) {
        ht += m_h.col(j) * d;
        theta[j] = next;
        maxChange = std::max(maxChange, std::abs(d) * std::sqrt(hjj));
      }
    }
    // Coordinate descent finds the signs fast but converges slowly along
    // correlated hinge columns; an exact solve on the support finishes it.
    if ((sweep % 5 == 4 || maxChange < 1e-11) && polish(theta)) {
      converged = true;
      return sweep + 1;
    }
    if (maxChange < 1e-11) {
      converged = true;
      return sweep + 1;
    }
  }
  return sweep;
}

double LassoSolver::softThreshold(double z, double mu) {
  return z > mu ? z - mu : z < -mu ? z + mu : 0.0;
}

bool LassoSolver::polish(Eigen::VectorXd &theta) const {
  const int p = int(theta.size());
  std::vector<int> active;
  for (int j = 0; j < p; ++j)
    if (!m_l1[size_t(j)] || theta[j] != 0)
      active.push_back(j);
  const int a = int(active.size());
  Eigen::MatrixXd haa(a, a);
  Eigen::VectorXd rhs(a);
  for (int r = 0; r < a; ++r) {
    const int j = active[size_t(r)];
    for (int q = 0; q < a; ++q)
      haa(r, q) = m_h(j, active[size_t(q)]);
    rhs[r] = m_c[j] - (m_l1[size_t(j)] ? m_mu * (theta[j] > 0 ? 1 : -1) : 0.0);
  }
  const Eigen::LDLT<Eigen::MatrixXd> ldlt(haa);
  if (ldlt.info() != Eigen::Success)
    return false;
  const Eigen::VectorXd x = ldlt.solve(rhs);
  if (!x.allFinite() || (haa * x - rhs).norm() > 1e-6 * (1 + rhs.norm()))
    return false;
  Eigen::VectorXd candidate = Eigen::VectorXd::Zero(p);
  for (int r = 0; r < a; ++r) {
    const int j = active[size_t(r)];
    if (m_l1[size_t(j)] && x[r] * theta[j] <= 0)
      return false; // a sign flipped: support not settled yet
    candidate[j] = x[r];
  }
  const Eigen::VectorXd grad = m_c - m_h * candidate;
  for (int j = 0; j < p; ++j)
    if (m_l1[size_t(j)] && candidate[j] == 0 && std::abs(grad[j]) > m_mu * (1 + 1e-9) + 1e-12)
      return false;
  theta = candidate;
  return true;
}

} // namespace epidesk
