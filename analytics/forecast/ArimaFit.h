#pragma once
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace epidesk {

// Estimation of one seasonal ARIMA(p,d,q)(P,D,Q)[m] model, as R's
// stats::arima() called by forecast::Arima()/auto.arima() (R 4.2, forecast
// 8.20). Used by AutoArimaModel (ArimaModel.h).
//
// Model: phi(B) Phi(B^m) (w[t] - mu) = theta(B) Theta(B^m) e[t], e ~ N(0, sigma2),
// w = (1 - B)^d (1 - B^m)^D y. The constant is R's "intercept" (d + D = 0,
// mu = intercept) or "drift" (d + D = 1, y[t] = drift * t + ARIMA; then
// mu = drift * (1 for d = 1, m for D = 1)).
//
// Reproduced from R:
// - "CSS-ML": conditional sum of squares (ARIMA_CSS, conditioning on the first
//   p + mP differenced values) minimised from zeros (constant: its least-squares
//   value, parscale 10 standard errors), then the exact Gaussian likelihood
//   from a Kalman filter (ARIMA_Like, Harvey's state space form with
//   r = max(p + mP, q + mQ + 1) states) maximised from the CSS values, with R's
//   transform.pars = TRUE (AR parts through tanh + Durbin-Levinson, so they
//   stay stationary) and non-invertible MA parts flipped inside the unit circle
//   (maInvert) before and after. A CSS fit with a non-stationary AR part fails,
//   as in R ("non-stationary AR part from CSS").
// - "CSS": the CSS fit alone (auto.arima's approximation for n > 150 or m > 12);
//   criterion n* log(sigma2_CSS) + 2 k (R's additive offset is the same for
//   every model, so it is left out).
// - Optimiser: a port of R's BFGS (vmmin in optim.c: maxit 100, reltol
//   sqrt(eps)) with optim's central-difference gradient (ndeps 1e-3 on the
//   parscale'd parameters).
// - loglik, aic = -2 loglik + 2 (k + 1), aicc, bic with n* = n - d - mD, and
//   forecast's sigma2 = sum(residuals^2) / (n* - k) (k + 1 counting sigma2).
// - Forecasts: the state space model including the differencing, from the
//   filtered state after the last observation, variances sigma2 * (F C F' + g g').
// Simplified:
// - The likelihood is that of the differenced series w (the exact limit of R's
//   diffuse prior, kappa = 1e6, on the differencing states; R differs from it by
//   O(1/kappa)). The stationary initial state covariance is computed exactly from
//   the ARMA autocovariances instead of Gardner et al.'s (1980) algorithm.
// - The filter switches to the steady-state recursion (gain 1, as CSS) once
//   the filtered state covariance is below 1e-10, which speeds up long series.
// - R's check that the numerical Hessian gives finite standard errors
//   (forecast's checkarima) is not done.
namespace arima {

struct Order {
  int p = 0, d = 0, q = 0;
  int P = 0, D = 0, Q = 0;
  int m = 1;             // seasonal period (1: no seasonal part)
  bool constant = false; // intercept when d + D = 0, drift when d + D = 1, ignored otherwise
  bool hasIntercept() const { return constant && d + D == 0; }
  bool hasDrift() const { return constant && d + D == 1; }
  int coefficientCount() const { return p + q + P + Q + (hasIntercept() || hasDrift()); }
  QString name() const; // R's arima.string: "ARIMA(2,1,1)(0,1,1)[12] with drift"
};

enum class Method { CssMl, Css };

struct Fit {
  Order order;
  Method method = Method::CssMl;
  // R's coefficients: ar1..p, ma1..q, sar1..P, sma1..Q, then intercept or drift.
  std::vector<double> coef;
  std::vector<double> phi, theta; // expanded AR and MA polynomials (R's model$phi, model$theta)
  double mu = 0;                  // mean of the differenced series
  double loglik = 0, aic = 0, aicc = 0, bic = 0;
  double ic = 0;                    // criterion used in the search (aicc; for CSS fits the CSS version)
  double sigma2 = 0;                // forecast's sigma2 (for intervals)
  double minRoot = 2;               // smallest AR/MA root modulus (2 when none)
  int nstar = 0;                    // n - d - mD
  std::vector<double> residuals;    // standardized innovations (0 for the first d + mD values)
  std::vector<double> state;        // filtered ARMA state after the last observation
  std::vector<double> stateCov;     // its covariance (r x r, row-major, in units of sigma2)
  QJsonObject coefficients() const; // {"ar1": ..., "sma1": ..., "drift": ...}
};

// Fits one order; nullopt when R's arima() would fail (too few values,
// non-stationary CSS AR part, non-finite likelihood).
std::optional<Fit> fit(const std::vector<double> &y, const Order &order, Method method = Method::CssMl);

// A model with no free parameters: ARIMA(0,d,0)(0,D,0)[m] whose constant (if
// any) is fixed at `constant`; used for constant differenced series.
Fit fixedFit(const std::vector<double> &y, const Order &order, double constant);

struct Prediction {
  std::vector<double> mean, variance;
};
Prediction predict(const Fit &fit, const std::vector<double> &y, int horizon);

// (1 - B)^d (1 - B^m)^D applied to y (length n - d - mD).
std::vector<double> difference(const std::vector<double> &y, int d, int D, int m);

} // namespace arima
} // namespace epidesk
