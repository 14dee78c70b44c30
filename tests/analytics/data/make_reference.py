#!/usr/bin/python3
"""Reference values for tests/analytics/test_trend_stats.cpp.

Run with Debian 12's /usr/bin/python3 and python3-scipy 1.10.1:
    /usr/bin/python3 tests/analytics/data/make_reference.py
It rewrites kendall_reference.json beside this script.

For every case:
  tau, p_value  <- scipy.stats.kendalltau(x, y)   (defaults: method='auto', variant='b')
  method        <- scipy 1.10's 'auto' rule, restated below (scipy does not report it)
  sen_slope     <- scipy.stats.theilslopes(y, x).slope
  s, var_s, z   <- written out by hand from the textbook formulas (Kendall 1970,
                   "Rank Correlation Methods", 4th ed., ch. 4 / Mann-Kendall):
                   S = sum_{i<j} sign(x_j - x_i) sign(y_j - y_i)
                   Var S = [n(n-1)(2n+5) - Sx - Sy] / 18
                           + [sum t(t-1)][sum u(u-1)] / (2n(n-1))
                           + [sum t(t-1)(t-2)][sum u(u-1)(u-2)] / (9n(n-1)(n-2))
                   with t/u the tie-group sizes of x/y and S* = sum t(t-1)(2t+5).
                   With x untied this is the Mann-Kendall variance.
                   z = S / sqrt(Var S) (no continuity correction).
The script asserts that 2*norm.sf(|z|) equals scipy's p whenever scipy took the
asymptotic branch, i.e. that the hand formula is the one scipy uses.
"""
import json
import math
import os
from collections import Counter

import numpy as np
import scipy
from scipy import stats

assert scipy.__version__ == "1.10.1", scipy.__version__


def sign(v):
    return (v > 0) - (v < 0)


def mann_kendall(x, y):
    n = len(x)
    s = sum(sign(x[j] - x[i]) * sign(y[j] - y[i]) for i in range(n) for j in range(i + 1, n))
    tx = [t for t in Counter(x).values() if t > 1]
    ty = [t for t in Counter(y).values() if t > 1]
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in tx)
           - sum(t * (t - 1) * (2 * t + 5) for t in ty)) / 18.0
    var += sum(t * (t - 1) for t in tx) * sum(t * (t - 1) for t in ty) / (2.0 * n * (n - 1))
    if n > 2:
        var += (sum(t * (t - 1) * (t - 2) for t in tx) * sum(t * (t - 1) * (t - 2) for t in ty)
                / (9.0 * n * (n - 1) * (n - 2)))
    z = s / math.sqrt(var) if var > 0 else None
    return s, var, z, bool(tx), bool(ty)


def auto_method(x, y):
    n = len(x)
    tot = n * (n - 1) // 2
    dis = sum(1 for i in range(n) for j in range(i + 1, n) if sign(x[j] - x[i]) * sign(y[j] - y[i]) < 0)
    xt = len(set(x)) < n
    yt = len(set(y)) < n
    if not xt and not yt and (n <= 33 or min(dis, tot - dis) <= 1):
        return "exact"
    return "asymptotic"


def num(v):
    v = float(v)
    return None if math.isnan(v) else v


def case(name, x, y):
    x = [float(v) for v in x]
    y = [float(v) for v in y]
    res = stats.kendalltau(x, y)
    s, var, z, _, _ = mann_kendall(x, y)
    method = auto_method(x, y)
    if method == "asymptotic" and not math.isnan(res.pvalue):
        assert abs(2 * stats.norm.sf(abs(z)) - res.pvalue) <= 1e-12 * max(res.pvalue, 1e-300), name
    slope = stats.theilslopes(y, x).slope if len(set(x)) > 1 else float("nan")
    return {
        "name": name, "x": x, "y": y,
        "tau": num(res.statistic), "p_value": num(res.pvalue),
        "method": method if not math.isnan(res.statistic) else "",
        "s": s, "var_s": var, "z": z, "sen_slope": num(slope),
    }


def idx(n):
    return list(range(n))


rng = np.random.default_rng(20240601)
cases = [
    case("increasing_n8", idx(8), [1, 2, 3, 5, 8, 13, 21, 34]),
    case("random_n10", idx(10), [round(v, 3) for v in rng.normal(100, 15, 10)]),
    case("ties_in_y_n12", idx(12), [3, 5, 5, 4, 7, 7, 7, 9, 8, 10, 10, 12]),
    case("n2", idx(2), [5, 3]),
    case("balanced_n4", idx(4), [2, 4, 1, 3]),  # con = dis: the 4c == n(n-1) branch
    case("constant_n6", idx(6), [4, 4, 4, 4, 4, 4]),
    case("random_n40", idx(40), [round(v, 3) for v in rng.normal(50, 10, 40) + 0.3 * np.arange(40)]),
    # One swapped neighbour pair: dis = 1, so scipy stays exact above n = 33.
    case("one_discordance_n34", idx(34), [i if i not in (10, 11) else 21 - i for i in range(34)]),
    case("decreasing_n34", idx(34), list(range(34, 0, -1))),
    case("ties_in_x_and_y_n9", [1, 1, 2, 2, 2, 3, 4, 4, 5], [2, 3, 3, 1, 4, 4, 6, 5, 6]),
    case("zeros_with_counts_n15", idx(15), [0, 0, 0, 1, 0, 2, 0, 3, 4, 4, 6, 0, 7, 9, 9]),
    case("random_n25_exact", idx(25), [round(v, 4) for v in rng.uniform(0, 1, 25)]),
    case("uneven_x_sen_odd_pairs", [0, 1, 3, 4, 7, 8, 9], [1.0, 2.5, 2.0, 5.0, 4.0, 7.5, 7.0]),
    case("sen_even_pairs_x_ties", [0, 0, 1, 2, 2], [1, 3, 2, 6, 5]),
]
# Municipality-like monthly series (96 months, 2014-2021): sparse counts with
# heavy ties and mostly-zero pairwise slopes, the case the trend tests of
# 5,570 municipalities are tuned for (time-axis fast path, median split at 0).
for lam in (0.05, 0.3, 0.7, 2.0, 20.0, 300.0):
    trend = np.linspace(0.7, 1.3, 96)
    cases.append(case(f"municipality_poisson_{lam:g}_n96", idx(96),
                      [int(v) for v in rng.poisson(lam * trend)]))
cases.append(case("municipality_one_spike_n96", idx(96), [0] * 60 + [7] + [0] * 35))
cases.append(case("municipality_rate_per_1000_n96", idx(96),
                  [round(1000 * v / 12345.0, 9) for v in rng.poisson(3.0, 96)]))

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kendall_reference.json")
with open(out, "w") as f:
    json.dump({"generator": "make_reference.py, scipy " + scipy.__version__ + ", numpy " + np.__version__,
               "cases": cases}, f, indent=1)
print("wrote", out, len(cases), "cases")
