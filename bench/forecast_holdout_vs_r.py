#!/usr/bin/env python3
"""Hold-out MASE of forecast-eval --origins 1 against R forecast::ets.

    bench/forecast_holdout_vs_r.py ETS_REFERENCE.json EVAL.json SERIES_DIR

ETS_REFERENCE.json: tests/analytics/forecast/data/ets_reference.json (R 4.2,
forecast 8.20: ets(y) on each series minus its last H = 12 monthly / 8
quarterly points, forecast H). EVAL.json: `epidesk-cli forecast-eval
--origins 1` on the same folder (the same split). R is scored the same way
(MASE scale: in-sample MAE of the lag-m naive forecast on the training part).
Prints a Markdown table: per series, the mean, and the change against R.
"""
import json, csv, sys, statistics
ref = json.load(open(sys.argv[1])); d = json.load(open(sys.argv[2])); sdir = sys.argv[3]
def mase_scale(train, m):
    e = [abs(train[i] - train[i - m]) for i in range(m, len(train))]
    s = sum(e) / len(e) if e else 0
    if s == 0:
        e = [abs(train[i] - train[i - 1]) for i in range(1, len(train))]; s = sum(e) / len(e)
    return s
rows = {}
for r in d['series']:
    rows.setdefault(r['series'], {})[r['model']] = r.get('mase')
out = {}
for name, v in ref.items():
    if name.startswith('_'): continue
    y = [float(r['value']) for r in csv.DictReader(open(f"{sdir}/{name}.csv"))]
    h = v['holdout']['h']; m = 12 if v['frequency'] == 12 else 4
    train, test = y[:-h], y[-h:]
    rm = sum(abs(a - b) for a, b in zip(test, v['holdout']['mean'])) / h / mase_scale(train, m)
    out[name] = dict(rows.get(name, {}), r_ets=rm)
models = ['r_ets'] + [m for m in ('ets', 'arima', 'theta', 'auto') if any(m in o for o in out.values())]
print('| series | ' + ' | '.join(models) + ' |'); print('|---' * (len(models) + 1) + '|')
for name in sorted(out):
    print(f'| {name} | ' + ' | '.join(f"{out[name][m]:.3f}" if out[name].get(m) is not None else '—' for m in models) + ' |')
means = {m: statistics.mean(out[n][m] for n in out if out[n].get(m) is not None) for m in models}
print('| **mean** | ' + ' | '.join(f"**{means[m]:.3f}**" for m in models) + ' |')
print('| vs R ets | ' + ' | '.join(f"{100 * (means[m] / means['r_ets'] - 1):+.1f} %" for m in models) + ' |')
