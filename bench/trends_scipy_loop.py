#!/usr/bin/python3
"""The scipy baseline of bench/run-trends-bench.sh, and its agreement check.

    /usr/bin/python3 bench/trends_scipy_loop.py SERIES.csv TESTS.csv

SERIES.csv: `epidesk-cli trends --format csv` (code,name,period,value; the
series exactly as EpiDesk tested them). For every code, in file order:
    scipy.stats.kendalltau(t, y)        (defaults: method 'auto', variant 'b')
    scipy.stats.theilslopes(y, t).slope
with t = 0..n-1. Prints the seconds of that loop alone (reading and grouping
excluded) on stdout. TESTS.csv: `epidesk-cli trends --format csv --csv-table
tests` of the same request; the script compares tau, p and Sen's slope and
exits 1 when any differs by more than 1e-9 (absolute) or NaN-ness differs.
Debian 12: python3-scipy 1.10.1.
"""
import csv
import math
import sys
import time
from collections import OrderedDict

import numpy as np
from scipy import stats


def main():
    series = OrderedDict()
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            series.setdefault(row["code"], []).append(float(row["value"]))
    arrays = [(code, np.asarray(v, dtype=float)) for code, v in series.items()]

    results = {}
    start = time.perf_counter()
    for code, y in arrays:
        t = np.arange(len(y), dtype=float)
        tau, p = stats.kendalltau(t, y)
        slope = stats.theilslopes(y, t).slope
        results[code] = (tau, p, slope)
    seconds = time.perf_counter() - start
    print(f"{seconds:.3f}")

    worst = 0.0
    bad = []
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["code"] not in results:
                continue
            ours = [float(row[k]) if row[k] not in ("", "null") else math.nan
                    for k in ("tau", "p_value", "sen_slope")]
            for a, b, name in zip(ours, results[row["code"]], ("tau", "p", "slope")):
                if math.isnan(a) or math.isnan(b):
                    if math.isnan(a) != math.isnan(b):
                        bad.append(f"{row['code']} {name}: {a} vs scipy {b}")
                    continue
                worst = max(worst, abs(a - b))
                if abs(a - b) > 1e-9:
                    bad.append(f"{row['code']} {name}: {a!r} vs scipy {b!r}")
    print(f"compared {len(results)} series; largest difference {worst:.3g}", file=sys.stderr)
    for line in bad[:20]:
        print(line, file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
