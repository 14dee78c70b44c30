#include "EtsParameters.h"
#include <algorithm>
#include <cmath>
#include <vector>

namespace epidesk::ets {

namespace {

// True when every root of the real polynomial (coefficients in increasing
// order) has modulus <= radius: the Schur-Cohn-Jury recursion on p(radius z),
// O(d^2) and much cheaper than root finding, which R's cpolyroot does here.
bool rootsWithin(std::vector<double> a, double radius) {
  double scale = 1;
  for (double &c : a) {
    c *= scale;
    scale *= radius;
  }
  while (a.size() > 1) {
    const size_t d = a.size() - 1;
    const double a0 = a[0], ad = a[d];
    if (std::fabs(a0) >= std::fabs(ad))
      return false;
    // (ad p(z) - a0 z^d p(1/z)) / z: one degree less, same roots-inside status.
    std::vector<double> next(d);
    for (size_t k = 1; k <= d; ++k)
      next[k - 1] = ad * a[k] - a0 * a[d - k];
    const double lead = std::fabs(next.back());
    if (!(lead > 0) || !std::isfinite(lead))
      return false;
    for (double &c : next)
      c /= lead; // keep the numbers in range
    a.swap(next);
  }
  return true;
}

} // namespace

bool admissible(const Form &f, const Params &p, int m) {
  const double phi = p.phi;
  if (phi < 0 || phi > 1 + 1e-8)
    return false;
  if (!hasSeason(f)) {
    if (p.alpha < 1 - 1 / phi || p.alpha > 1 + 1 / phi)
      return false;
    if (hasTrend(f) && (p.beta < p.alpha * (phi - 1) || p.beta > (1 + phi) * (2 - p.alpha)))
      return false;
    return true;
  }
  if (m <= 1)
    return true;
  const double alpha = p.alpha, gamma = p.gamma, beta = hasTrend(f) ? p.beta : 0;
  if (gamma < std::max(1 - 1 / phi - alpha, 0.0) || gamma > 1 + 1 / phi - alpha)
    return false;
  if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m))
    return false;
  if (beta < -(1 - phi) * (gamma / m + alpha))
    return false;
  std::vector<double> poly;
  poly.push_back(phi * (1 - alpha - gamma));
  poly.push_back(alpha + beta - alpha * phi + gamma - 1);
  for (int i = 0; i < m - 2; ++i)
    poly.push_back(alpha + beta - alpha * phi);
  poly.push_back(alpha + beta - phi);
  poly.push_back(1);
  return rootsWithin(poly, 1 + 1e-10);
}

bool checkParams(const Form &f, const Params &p, int m) {
  if (p.alpha < kLower[0] || p.alpha > kUpper[0])
    return false;
  if (hasTrend(f) && (p.beta < kLower[1] || p.beta > p.alpha || p.beta > kUpper[1]))
    return false;
  if (f.damped && (p.phi < kLower[3] || p.phi > kUpper[3]))
    return false;
  if (hasSeason(f) && (p.gamma < kLower[2] || p.gamma > 1 - p.alpha || p.gamma > kUpper[2]))
    return false;
  return admissible(f, p, m);
}

} // namespace epidesk::ets
