#include "NelderMead.h"
#include <algorithm>
#include <cmath>

namespace epidesk {

namespace {
constexpr double kBig = 1.0e35; // optim's stand-in for non-finite objective values
} // namespace

std::vector<double> nelderMead(std::vector<double> b,
                               const std::function<double(const std::vector<double> &)> &fn, double abstol,
                               double intol, int maxit) {
  const double alpha = 1.0, bet = 0.5, gamm = 2.0;
  const int n = int(b.size());
  auto eval = [&](const std::vector<double> &v) {
    const double f = fn(v);
    return std::isfinite(f) ? f : kBig;
  };
  double f = fn(b);
  if (!std::isfinite(f))
    return b;
  int funcount = 1;
  const double convtol = intol * (std::fabs(f) + intol);
  const int n1 = n + 1, C = n + 2;
  std::vector<std::vector<double>> P(n1, std::vector<double>(C, 0.0)); // P[i][j]: coordinate i of vertex j
  P[n1 - 1][0] = f;
  for (int i = 0; i < n; ++i)
    P[i][0] = b[i];
  int L = 1;
  double size = 0, step = 0;
  for (int i = 0; i < n; ++i)
    step = std::max(step, 0.1 * std::fabs(b[i]));
  if (step == 0.0)
    step = 0.1;
  for (int j = 2; j <= n1; ++j) {
    for (int i = 0; i < n; ++i)
      P[i][j - 1] = b[i];
    double trystep = step;
    while (P[j - 2][j - 1] == b[j - 2]) {
      P[j - 2][j - 1] = b[j - 2] + trystep;
      trystep *= 10;
    }
    size += trystep;
  }
  double oldsize = size;
  bool calcvert = true;
  do {
    if (calcvert) {
      for (int j = 0; j < n1; ++j) {
        if (j + 1 != L) {
          for (int i = 0; i < n; ++i)
            b[i] = P[i][j];
          P[n1 - 1][j] = eval(b);
          ++funcount;
        }
      }
      calcvert = false;
    }
    double VL = P[n1 - 1][L - 1], VH = VL;
    int H = L;
    for (int j = 1; j <= n1; ++j) {
      if (j != L) {
        const double fj = P[n1 - 1][j - 1];
        if (fj < VL) {
          L = j;
          VL = fj;
        }
        if (fj > VH) {
          H = j;
          VH = fj;
        }
      }
    }
    if (VH <= VL + convtol || VL <= abstol)
      break;

    for (int i = 0; i < n; ++i) {
      double temp = -P[i][H - 1];
      for (int j = 0; j < n1; ++j)
        temp += P[i][j];
      P[i][C - 1] = temp / n;
    }
    for (int i = 0; i < n; ++i)
      b[i] = (1.0 + alpha) * P[i][C - 1] - alpha * P[i][H - 1];
    f = eval(b);
    ++funcount;
    const double VR = f;
    if (VR < VL) {
      P[n1 - 1][C - 1] = f;
      for (int i = 0; i < n; ++i) {
        const double e = gamm * b[i] + (1 - gamm) * P[i][C - 1];
        P[i][C - 1] = b[i];
        b[i] = e;
      }
      f = eval(b);
      ++funcount;
      if (f < VR) {
        for (int i = 0; i < n; ++i)
          P[i][H - 1] = b[i];
        P[n1 - 1][H - 1] = f;
      } else {
        for (int i = 0; i < n; ++i)
          P[i][H - 1] = P[i][C - 1];
        P[n1 - 1][H - 1] = VR;
      }
    } else {
      if (VR < VH) {
        for (int i = 0; i < n; ++i)
          P[i][H - 1] = b[i];
        P[n1 - 1][H - 1] = VR;
      }
      for (int i = 0; i < n; ++i)
        b[i] = (1 - bet) * P[i][H - 1] + bet * P[i][C - 1];
      f = eval(b);
      ++funcount;
      if (f < P[n1 - 1][H - 1]) {
        for (int i = 0; i < n; ++i)
          P[i][H - 1] = b[i];
        P[n1 - 1][H - 1] = f;
      } else if (VR >= VH) {
        calcvert = true;
        size = 0.0;
        for (int j = 0; j < n1; ++j) {
          if (j + 1 != L) {
            for (int i = 0; i < n; ++i) {
              P[i][j] = bet * (P[i][j] - P[i][L - 1]) + P[i][L - 1];
              size += std::fabs(P[i][j] - P[i][L - 1]);
            }
          }
        }
        if (size < oldsize)
          oldsize = size;
        else
          break; // polytope no longer shrinks
      }
    }
  } while (funcount <= maxit);

  std::vector<double> best(n);
  for (int i = 0; i < n; ++i)
    best[i] = P[i][L - 1];
  return best;
}

} // namespace epidesk
