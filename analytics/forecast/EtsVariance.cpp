#include "EtsVariance.h"
#include <Eigen/Dense>
#include <vector>

namespace epidesk::ets {

namespace {

Eigen::MatrixXd kron(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b) {
  Eigen::MatrixXd k(a.rows() * b.rows(), a.cols() * b.cols());
  for (int i = 0; i < a.rows(); ++i)
    for (int j = 0; j < a.cols(); ++j)
      k.block(i * b.rows(), j * b.cols(), b.rows(), b.cols()) = a(i, j) * b;
  return k;
}

// Linear forms (class 1): mean H F^j x, variance sigma2 (1 + sum c_j^2), c_j = H F^(j-1) G.
EtsModel::Prediction class1(const Fit &fit, int h, std::vector<double> *cj) {
  const Form &f = fit.form;
  const int p = int(fit.finalState.size()), m = fit.m;
  const bool trend = hasTrend(f), seasonA = f.season == Component::Additive;
  Eigen::RowVectorXd H = Eigen::RowVectorXd::Zero(p);
  Eigen::MatrixXd F = Eigen::MatrixXd::Zero(p, p);
  Eigen::VectorXd G = Eigen::VectorXd::Zero(p);
  H(0) = 1;
  F(0, 0) = 1;
  G(0) = fit.alpha;
  if (trend) {
    H(1) = F(0, 1) = F(1, 1) = fit.phi;
    G(1) = fit.beta;
  }
  if (seasonA) {
    H(p - 1) = 1;
    F(p - m, p - 1) = 1;
    for (int i = 1; i < m; ++i)
      F(p - m + i, p - m + i - 1) = 1;
    G(p - m) = fit.gamma; // the newest season (R's class1 puts gamma at row 3, right only with a trend)
  }
  const Eigen::VectorXd x = Eigen::Map<const Eigen::VectorXd>(fit.finalState.data(), p);
  EtsModel::Prediction out;
  Eigen::MatrixXd Fj = Eigen::MatrixXd::Identity(p, p);
  double cum = 0;
  for (int i = 0; i < h; ++i) {
    out.mean.push_back(H * Fj * x);
    out.variance.push_back(fit.sigma2 * (1 + cum));
    const double c = H * Fj * G;
    if (cj)
      cj->push_back(c);
    cum += c * c;
    Fj = Fj * F;
  }
  return out;
}

// Multiplicative errors, linear mean (class 2).
EtsModel::Prediction class2(const Fit &fit, int h) {
  std::vector<double> cj;
  EtsModel::Prediction out = class1(fit, h, &cj);
  std::vector<double> theta(h);
  const double s2 = fit.sigma2;
  for (int j = 0; j < h; ++j) {
    theta[j] = out.mean[j] * out.mean[j];
    for (int i = 0; i < j; ++i)
      theta[j] += s2 * cj[i] * cj[i] * theta[j - 1 - i];
  }
  for (int j = 0; j < h; ++j)
    out.variance[j] = (1 + s2) * theta[j] - out.mean[j] * out.mean[j];
  return out;
}

// Multiplicative errors and season (class 3), R's class3().
EtsModel::Prediction class3(const Fit &fit, int h) {
  const Form &f = fit.form;
  const int m = fit.m, k = 1 + hasTrend(f);
  const double s2 = fit.sigma2;
  Eigen::MatrixXd H1 = Eigen::MatrixXd::Ones(1, k);
  Eigen::MatrixXd H2 = Eigen::MatrixXd::Zero(1, m);
  H2(0, m - 1) = 1;
  Eigen::MatrixXd F1(k, k), G1(k, k);
  if (k == 1) {
    F1(0, 0) = 1;
    G1(0, 0) = fit.alpha;
  } else {
    F1 << 1, 1, 0, fit.phi;
    G1 << fit.alpha, fit.alpha, fit.beta, fit.beta;
  }
  Eigen::MatrixXd F2 = Eigen::MatrixXd::Zero(m, m);
  F2(0, m - 1) = 1;
  for (int i = 1; i < m; ++i)
    F2(i, i - 1) = 1;
  Eigen::MatrixXd G2 = Eigen::MatrixXd::Zero(m, m);
  G2(0, m - 1) = fit.gamma;
  Eigen::MatrixXd Mh(k, m);
  for (int i = 0; i < k; ++i)
    for (int j = 0; j < m; ++j)
      Mh(i, j) = fit.finalState[i] * fit.finalState[k + j];
  Eigen::MatrixXd Vh = Eigen::MatrixXd::Zero(k * m, k * m);
  const Eigen::MatrixXd H21 = kron(H2, H1), F21 = kron(F2, F1), G21 = kron(G2, G1);
  const Eigen::MatrixXd K = kron(G2, F1) + kron(F2, G1);
  EtsModel::Prediction out;
  for (int i = 0; i < h; ++i) {
    const double mu = (H1 * Mh * H2.transpose())(0, 0);
    out.mean.push_back(mu);
    out.variance.push_back((1 + s2) * (H21 * Vh * H21.transpose())(0, 0) + s2 * mu * mu);
    const Eigen::VectorXd vecMh = Eigen::Map<const Eigen::VectorXd>(Mh.data(), Mh.size());
    const Eigen::MatrixXd mm = vecMh * vecMh.transpose();
    Vh = (F21 * Vh * F21.transpose() +
          s2 * (F21 * Vh * G21.transpose() + G21 * Vh * F21.transpose() + K * (Vh + mm) * K.transpose() +
                s2 * G21 * (3 * Vh + 2 * mm) * G21.transpose()))
             .eval();
    Mh = (F1 * Mh * F2.transpose() + G1 * Mh * G2.transpose() * s2).eval();
  }
  return out;
}

} // namespace

EtsModel::Prediction forecastVariances(const Fit &fit, int horizon) {
  const Form &f = fit.form;
  if (f.error == Component::Additive)
    return class1(fit, horizon, nullptr);
  if (f.season != Component::Multiplicative)
    return class2(fit, horizon);
  return class3(fit, horizon);
}

} // namespace epidesk::ets
