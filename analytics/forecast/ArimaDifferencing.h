#pragma once
#include <vector>

namespace epidesk {
namespace arima {

// The tests auto.arima uses to choose the orders of differencing (R forecast
// 8.20, urca 1.3, stats::stl of R 4.2).

// forecast's is.constant: all.equal(x, rep(x[1], n)) (mean relative difference < 1.5e-8).
bool isConstant(const std::vector<double> &x);

// urca::ur.kpss(x, type = "mu", use.lag = trunc(3 sqrt(n) / 13))@teststat.
double kpssStatistic(const std::vector<double> &x);

// forecast::ndiffs(x, test = "kpss", alpha = 0.05): difference while the KPSS
// p-value (urca's table interpolated) is below 5 %, i.e. statistic > 0.463.
int ndiffs(std::vector<double> x, int maxD = 2);

struct Decomposition {
  std::vector<double> seasonal, trend, remainder;
};
// stats::stl(x, s.window, robust = FALSE) with R's defaults for the other
// windows, degrees and jumps (a port of stl.f); period m >= 2, n > 2m.
Decomposition stl(const std::vector<double> &x, int m, int sWindow);

// forecast's seas.heuristic: 1 - var(remainder) / var(remainder + seasonal) of
// mstl(x) (one STL with s.window 11), clamped to [0, 1]; 0 when n <= 2m.
double seasonalStrength(const std::vector<double> &x, int m);

// forecast::nsdiffs(x, test = "seas", max.D = 1): 1 when the strength > 0.64.
int nsdiffs(const std::vector<double> &x, int m);

} // namespace arima
} // namespace epidesk
