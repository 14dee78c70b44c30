#pragma once
#include "ArimaFit.h"
#include <vector>

namespace epidesk {
namespace arima {

// Building blocks of ArimaFit (ports of R's arima.c where named so).

// (1 - B)^d (1 - B^m)^D = 1 - sum_k delta[k-1] B^k (R's Delta).
std::vector<double> differencingPolynomial(int d, int D, int m);
// R's ARIMA_transPars(trans = FALSE): coefficients -> expanded phi, theta.
void expand(const Order &o, const double *par, std::vector<double> &phi, std::vector<double> &theta);
// R's partrans (tanh + Durbin-Levinson) and its inverse, on p AR coefficients.
void partrans(int p, const double *raw, double *out);
void invpartrans(int p, const double *phi, double *out);
// partrans applied to the AR and seasonal AR parts of a coefficient vector.
std::vector<double> transformed(const Order &o, const std::vector<double> &par);
// R's arCheck: all roots of 1 - ar(z) outside the unit circle.
bool arStationary(const double *ar, int p);
// R's maInvert: MA roots inside the unit circle reflected outside.
void maInvert(double *ma, int q);
// Smallest modulus of the AR and MA roots (seasonal factors: root^(1/m)); 2 when none.
double rootCheck(const Order &o, const std::vector<double> &coef);

// Stationary covariance (sigma2 = 1) of Harvey's r-dimensional ARMA state;
// false when it does not exist (non-stationary AR part).
bool initialCovariance(const std::vector<double> &phi, const std::vector<double> &theta, int r,
                       std::vector<double> &P0);

struct Filtered {
  double ssq = 0, sumlog = 0; // sum of e^2 / F and of log F over the innovations used
  int nu = 0;                 // innovations used (F < 1e4, as R)
};
// R's ARIMA_Like (no differencing states) on w - mu: optionally the
// standardized residuals and the filtered state and covariance after the last value.
Filtered kalman(const std::vector<double> &w, double mu, const std::vector<double> &phi,
                const std::vector<double> &theta, const std::vector<double> &P0, int r,
                std::vector<double> *resid = nullptr, std::vector<double> *aOut = nullptr,
                std::vector<double> *POut = nullptr);

// R's ARIMA_CSS on the differenced series: sum of squares of the conditional
// residuals after the first p + mP values; nu = their number.
double cssSsq(const std::vector<double> &w, double mu, const std::vector<double> &phi,
              const std::vector<double> &theta, int &nu, std::vector<double> *residOut = nullptr);

} // namespace arima
} // namespace epidesk
