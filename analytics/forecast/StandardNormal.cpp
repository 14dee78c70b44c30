#include "StandardNormal.h"
#include <cmath>
#include <limits>

namespace epidesk {

namespace {

// Horner evaluation of c[0] + c[1] x + ... + c[7] x^7, highest power first.
double poly(const double (&c)[8], double x) {
  double v = c[7];
  for (int i = 6; i >= 0; --i)
    v = v * x + c[i];
  return v;
}

// AS 241 (PPND16) coefficients, lowest power first; the denominators' constant is 1.
constexpr double kCentralNum[8] = {3.387132872796366608,  133.14166789178437745, 1971.5909503065514427,
                                   13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
                                   33430.575583588128105, 2509.0809287301226727};
constexpr double kCentralDen[8] = {1.,
                                   42.313330701600911252,
                                   687.1870074920579083,
                                   5394.1960214247511077,
                                   21213.794301586595867,
                                   39307.89580009271061,
                                   28729.085735721942674,
                                   5226.495278852854561};
constexpr double kNearNum[8] = {1.42343711074968357734,  4.6303378461565452959,   5.7694972214606914055,
                                3.64784832476320460504,  1.27045825245236838258,  .24178072517745061177,
                                .0227238449892691845833, 7.7454501427834140764e-4};
constexpr double kNearDen[8] = {1.,
                                2.05319162663775882187,
                                1.6763848301838038494,
                                .68976733498510000455,
                                .14810397642748007459,
                                .0151986665636164571966,
                                5.475938084995344946e-4,
                                1.05075007164441684324e-9};
constexpr double kFarNum[8] = {6.6579046435011037772,     5.4637849111641143699,    1.7848265399172913358,
                               .29656057182850489123,     .026532189526576123093,   .0012426609473880784386,
                               2.71155556874348757815e-5, 2.01033439929228813265e-7};
constexpr double kFarDen[8] = {1.,
                               .59983220655588793769,
                               .13692988092273580531,
                               .0148753612908506148525,
                               7.868691311456132591e-4,
                               1.8463183175100546818e-5,
                               1.4215117583164458887e-7,
                               2.04426310338993978564e-15};

} // namespace

double StandardNormal::quantile(double p) {
  if (std::isnan(p) || p < 0 || p > 1)
    return std::numeric_limits<double>::quiet_NaN();
  if (p == 0)
    return -std::numeric_limits<double>::infinity();
  if (p == 1)
    return std::numeric_limits<double>::infinity();
  const double q = p - 0.5;
  if (std::fabs(q) <= .425) { // 0.075 <= p <= 0.925
    const double r = .180625 - q * q;
    return q * poly(kCentralNum, r) / poly(kCentralDen, r);
  }
  // r = sqrt(-log(min(p, 1 - p))), from the tail p is closer to.
  const double r = std::sqrt(-std::log(q > 0 ? 0.5 - p + 0.5 : p));
  const double value = r <= 5. ? poly(kNearNum, r - 1.6) / poly(kNearDen, r - 1.6)
                               : poly(kFarNum, r - 5.) / poly(kFarDen, r - 5.);
  return q < 0 ? -value : value;
}

} // namespace epidesk
