#!/usr/bin/python3
"""Reference class breaks for tests/mapping/test_classifiers.cpp.

Independent of the C++ code: quantiles with numpy.quantile(method="linear")
(Hyndman-Fan type 7); Jenks natural breaks by brute force over every
partition (small set) and by the classic Jenks (1977) / simple-statistics
variance-matrix algorithm (larger set), cross-checked against each other.
Run with Debian's python3-numpy: /usr/bin/python3 classify_reference.py
"""
import itertools
import math

import numpy as np

SMALL = [4, 1, float("nan"), 7, 2, 9, 12, 3, 15, float("inf"), 20, 5, 8, 30, 11, float("-inf"), 6, 10, 14, 25]


def lcg(n):
    """Same integer LCG as the C++ test: values in [0, 100) with one decimal."""
    x, out = 12345, []
    for _ in range(n):
        x = (1103515245 * x + 12345) % 2**31
        out.append((x % 1000) / 10.0)
    return out


def finite(values):
    return sorted(v for v in values if math.isfinite(v))


def quantile_breaks(values, k):
    v = np.array(finite(values))
    return [float(np.quantile(v, i / k, method="linear")) for i in range(1, k)] + [float(v.max())]


def equal_breaks(values, k):
    v = finite(values)
    lo, hi = v[0], v[-1]
    return [lo + (hi - lo) * i / k for i in range(1, k + 1)]


def ssd(xs):
    m = sum(xs) / len(xs)
    return sum((x - m) ** 2 for x in xs)


def jenks_brute(values, k):
    v = finite(values)
    n = len(v)
    best, best_cuts = None, None
    for cuts in itertools.combinations(range(1, n), k - 1):
        bounds = (0,) + cuts + (n,)
        total = sum(ssd(v[bounds[i]:bounds[i + 1]]) for i in range(k))
        if best is None or total < best - 1e-12:
            best, best_cuts = total, bounds
    return [v[best_cuts[i + 1] - 1] for i in range(k)]


def jenks_classic(values, k):
    """Jenks' matrix algorithm as published (lower class limits, variance
    combinations), 1-based like the original."""
    data = finite(values)
    n = len(data)
    lower = [[0] * (k + 1) for _ in range(n + 1)]
    var = [[0.0] * (k + 1) for _ in range(n + 1)]
    for i in range(1, k + 1):
        lower[1][i] = 1
        for j in range(2, n + 1):
            var[j][i] = float("inf")
    for l in range(2, n + 1):
        s = s2 = w = 0.0
        variance = 0.0
        for m in range(1, l + 1):
            lcl = l - m + 1
            val = data[lcl - 1]
            w += 1
            s += val
            s2 += val * val
            variance = s2 - (s * s) / w
            i4 = lcl - 1
            if i4 != 0:
                for j in range(2, k + 1):
                    if var[l][j] >= variance + var[i4][j - 1]:
                        lower[l][j] = lcl
                        var[l][j] = variance + var[i4][j - 1]
        lower[l][1] = 1
        var[l][1] = variance
    breaks = [0.0] * k
    breaks[k - 1] = data[-1]
    count, kk = k, n
    while count > 1:
        idx = lower[kk][count] - 2
        breaks[count - 2] = data[idx]
        kk = lower[kk][count] - 1
        count -= 1
    return breaks


if __name__ == "__main__":
    for k in (3, 4, 5):
        assert jenks_brute(SMALL, k) == jenks_classic(SMALL, k)
    assert jenks_brute(lcg(40), 4) == jenks_classic(lcg(40), 4)
    big = lcg(200)
    print("small quantile k=4", quantile_breaks(SMALL, 4))
    print("small quantile k=5", quantile_breaks(SMALL, 5))
    print("small equal k=4", equal_breaks(SMALL, 4))
    for k in (3, 4, 5):
        print(f"small jenks k={k}", jenks_brute(SMALL, k))
    print("lcg200 quantile k=5", quantile_breaks(big, 5))
    print("lcg200 quantile k=7", quantile_breaks(big, 7))
    print("lcg200 jenks k=5", jenks_classic(big, 5))
    print("lcg200 jenks k=7", jenks_classic(big, 7))
    print("lcg200 first values", big[:5])
