#!/usr/bin/env python3
"""Daily `period,value` CSVs of a few powiats from the covid-pl TSV.

    bench/cut_daily_series.py TSV OUT_DIR CODE[,CODE...]

Every day from the file's first to its last date; days without a row are 0
(as `import covid-pl` stores them); negative counts are dropped (the
importer quarantines them). One file per code: OUT_DIR/powiat_CODE.csv.
Used by bench/run-forecast-bench.sh and bench/run-forecast-eval.sh.
"""
import datetime, os, sys
tsv, out, codes = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
values = {c: {} for c in codes}
first = last = None
with open(tsv) as f:
    next(f)
    for line in f:
        cases, _, teryt, date = [x.strip('"') for x in line.rstrip("\r\n").split("\t")]
        try:
            day = datetime.date(int(date[:4]), int(date[4:6]), int(date[6:8]))
            n = int(cases)
        except ValueError:
            continue
        first = day if first is None or day < first else first
        last = day if last is None or day > last else last
        code = teryt[1:] if teryt.startswith("t") else teryt
        if code in values and n >= 0:
            values[code][day] = values[code].get(day, 0) + n
for code in codes:
    with open(os.path.join(out, f"powiat_{code}.csv"), "w") as o:
        o.write("period,value\n")
        day = first
        while day <= last:
            o.write(f"{day.isoformat()},{values[code].get(day, 0)}\n")
            day += datetime.timedelta(days=1)
