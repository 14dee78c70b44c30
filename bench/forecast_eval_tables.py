#!/usr/bin/env python3
"""Markdown tables of `epidesk-cli forecast-eval` JSON files.

    bench/forecast_eval_tables.py DEFAULT.json [OWN.json]

Per family and model: series, mean MASE, mean sMAPE, pooled 80 % / 95 %
coverage, seconds per forecast, and (with OWN.json: the same run with
{"calibration": "model"}) the 95 % coverage of the models' own intervals;
then how often `auto` made each choice.
"""
import json
import sys

default = json.load(open(sys.argv[1]))
own = {}
if len(sys.argv) > 2:
    for s in json.load(open(sys.argv[2]))["summary"]:
        own[(s["family"], s["model"])] = s
print("| family | model | series | mean MASE | mean sMAPE | 80 % coverage | 95 % coverage | 95 % coverage, own intervals | s per forecast |")
print("|---|---|---|---|---|---|---|---|---|")
for s in default["summary"]:
    o = own.get((s["family"], s["model"]))
    own95 = f"{o['coverage95']:.3f}" if o else "—"
    n = f"{s['series']}" + (f" (+{s['failed']} failed)" if s["failed"] else "")
    print(f"| {s['family']} | {s['model']} | {n} | {s['mase']:.3f} | {s['smape']:.2f} | {s['coverage80']:.3f} | "
          f"{s['coverage95']:.3f} | {own95} | {s['seconds']:.3f} |")
print()
for s in default["summary"]:
    if s["model"] == "auto" and s["family"] == "all" and s.get("selected"):
        choices = sorted(s["selected"].items(), key=lambda kv: -kv[1])
        print("auto's choices (last origin): " + "; ".join(f"{k} {v}" for k, v in choices))
