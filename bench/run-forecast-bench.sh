#!/usr/bin/env bash
# Forecast benchmark: accuracy and speed of EpiDesk's models against R
# (forecast::ets and Prophet) on the same series and hold-outs, in one run.
#
#   bench/run-forecast-bench.sh          # build, run, record in docs/benchmarks.md
#
# 1. Builds epidesk-forecast-bench (bench/forecast_accuracy.cpp) and
#    epidesk-cli in a Release tree (BUILD_DIR).
# 2. Cuts daily series of a few powiats ($DAILY_POWIATS) from
#    $EPIDESK_SHARED_DIR/data/pl/covid_cases_powiat_daily.tsv into
#    `period,value` CSVs: every day from the file's first to its last date,
#    days without a row are 0 (as `import covid-pl` stores them), negative
#    counts dropped (quarantined by the importer).
# 3. R, when installed: tests/analytics/forecast/data/make_ets_reference.R (forecast::ets
#    on the monthly/quarterly series) and bench/prophet_reference.R (Prophet
#    with defaults on the same series and the daily ones; see that file for the
#    exact calls). Both time inside R, without R's start-up. TZ=UTC so that R
#    does not shell out to timedatectl for the time zone.
# 4. The bench: hold-out of 12 (monthly) / 8 (quarterly) / 14 (daily) points;
#    MASE, sMAPE, coverage, fit + forecast seconds of ets, snaive, bayes (and
#    auto on monthly/quarterly), R ets and R Prophet.
# 5. ETS through the command line as a user runs it: `epidesk-cli forecast
#    --csv DAILY.csv --model ets --horizon 14` wall-clock minus the same with
#    `--model snaive` (process start, reading), median of 3, per daily series.
# 6. Records a row in the speed table and the per-series tables of the run
#    under "## Forecast accuracy" in docs/benchmarks.md.
#
# Environment: BUILD_DIR (build-bench), JOBS (2), EPIDESK_SHARED_DIR (../shared),
# AUTO_ORIGINS (3), DAILY_POWIATS (1465,1261,0264,3064,3014), SKIP_BUILD=1,
# NO_DOCS=1, BENCH_DOC (other report file), NO_R=1 (skip R), NOTE (text for the
# speed table's note column).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench}
JOBS=${JOBS:-2}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
AUTO_ORIGINS=${AUTO_ORIGINS:-3}
DAILY_POWIATS=${DAILY_POWIATS:-1465,1261,0264,3064,3014}
SERIES=$SHARED/data/series
TSV=$SHARED/data/pl/covid_cases_powiat_daily.tsv
WORK=$(mktemp -d "${TMPDIR:-/tmp}/epidesk-fcbench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >"$WORK/cmake.log" ||
    { cat "$WORK/cmake.log"; exit 1; }
  ninja -C "$BUILD_DIR" -j "$JOBS" epidesk-forecast-bench epidesk-cli
fi
BENCH=$BUILD_DIR/bench/epidesk-forecast-bench
CLI=$BUILD_DIR/app/epidesk-cli
for exe in "$BENCH" "$CLI"; do
  [ -x "$exe" ] || { echo "$exe not built" >&2; exit 1; }
done
export XDG_CACHE_HOME=$WORK/cache TZ=UTC

mkdir -p "$WORK/daily"
python3 "$ROOT/bench/cut_daily_series.py" "$TSV" "$WORK/daily" "$DAILY_POWIATS"

ARGS=("$SERIES" --daily "$WORK/daily" --auto-origins "$AUTO_ORIGINS")
R_VERSION="not installed"
PROPHET_VERSION="not installed"
if [ "${NO_R:-0}" != 1 ] && command -v Rscript >/dev/null; then
  R_VERSION=$(Rscript -e 'cat(R.version$major, ".", R.version$minor, sep = "")')
  if Rscript -e 'quit(status = !requireNamespace("forecast", quietly = TRUE))' >/dev/null 2>&1; then
    echo "R forecast::ets ..." >&2
    Rscript "$ROOT/tests/analytics/forecast/data/make_ets_reference.R" "$SERIES" "$WORK/r-ets.json" 2>/dev/null
    ARGS+=(--ets-reference "$WORK/r-ets.json")
    R_VERSION="$R_VERSION / forecast $(Rscript -e 'cat(format(packageVersion("forecast")))')"
  fi
  if Rscript -e 'quit(status = !requireNamespace("prophet", quietly = TRUE))' >/dev/null 2>&1; then
    echo "R prophet ..." >&2
    Rscript "$ROOT/bench/prophet_reference.R" "$WORK/r-prophet.json" "$SERIES"/*.csv "$WORK"/daily/*.csv \
      2>"$WORK/prophet.log" || { tail -20 "$WORK/prophet.log" >&2; exit 1; }
    ARGS+=(--prophet-reference "$WORK/r-prophet.json")
    PROPHET_VERSION=$(Rscript -e 'cat(format(packageVersion("prophet")))')
  fi
fi

echo "EpiDesk ..." >&2
"$BENCH" "${ARGS[@]}" >"$WORK/out.tsv"
cat "$WORK/out.tsv"

echo "epidesk-cli forecast --model ets on the daily series ..." >&2
wall() { # seconds of one epidesk-cli run
  local t0 t1
  t0=$(date +%s.%N)
  "$CLI" "$@" >/dev/null
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}
: >"$WORK/cli.tsv"
for csv in "$WORK"/daily/*.csv; do
  for i in 1 2 3; do
    printf '%s\t%s\t%s\n' "$(basename "$csv" .csv)" \
      "$(wall forecast --csv "$csv" --model ets --horizon 14)" \
      "$(wall forecast --csv "$csv" --model snaive --horizon 14)" >>"$WORK/cli.tsv"
  done
done

[ "${NO_DOCS:-0}" = 1 ] && exit 0

COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null | head -1)" ] && COMMIT="$COMMIT+changes"
MACHINE="$(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1 /proc/loadavg)"
DATE=$(date -u +%Y-%m-%dT%H:%MZ)

python3 - "$WORK/out.tsv" "$WORK/cli.tsv" "$DOC" "$DATE" "$COMMIT" "$MACHINE" "$R_VERSION" "$PROPHET_VERSION" \
  "$AUTO_ORIGINS" "${NOTE:-}" <<'PY'
import statistics, sys
out, cli, doc, date, commit, machine, rver, pver, origins, note = sys.argv[1:]
rows, summary, speed = [], {}, {}
for line in open(out):
    f = line.rstrip("\n").split("\t")
    if not line.strip() or f[0] == "group":
        continue
    if f[0] == "summary":
        if f[1] != "group":
            summary[(f[1], f[2])] = f[3:]
        continue
    if f[0] == "speed":
        if f[1] != "group":
            speed[f[1]] = f[2:]
        continue
    rows.append(f)
series, by = {}, {}
for f in rows:
    series.setdefault(f[0], [])
    if f[1] not in series[f[0]]:
        series[f[0]].append(f[1])
    by.setdefault(f[1], {})[f[4]] = f
cli_times = {}
for line in open(cli):
    name, ets, snaive = line.split("\t")
    cli_times.setdefault(name, []).append(float(ets) - float(snaive))
cli_median = {k: statistics.median(v) for k, v in cli_times.items()}

def num(x, fmt):
    try:
        v = float(x)
    except ValueError:
        return "-"
    return "-" if v != v else fmt.format(v)

def cell(s, model, i, fmt):
    f = by[s].get(model)
    return num(f[i], fmt) if f else "-"

lines = open(doc).read().split("\n")
heading = "## Forecast accuracy (`bench/run-forecast-bench.sh`)"
start = next(i for i, l in enumerate(lines) if l.startswith(heading))
end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
speed_heading = "### Speed"
sp = next((i for i in range(start, end) if lines[i].startswith(speed_heading)), None)

# One row per run in the speed table.
def s(group, model, i):
    v = summary.get((group, model))
    return float(v[i]) if v else float("nan")
sp_mq, sp_d = speed.get("mq"), speed.get("daily")
def speed_cell(sp_row):
    if not sp_row:
        return "-", "-", "-"
    n, b, p, ratio, bc, pc, cratio, minr = sp_row
    return (f"{float(b):.4f} ({float(bc):.4f}) / {float(p):.2f} ({float(pc):.2f})",
            f"{float(ratio):.0f}x ({float(cratio):.0f}x), min {float(minr):.0f}x",
            "yes" if float(ratio) >= 100 else "no")
mq_t, mq_r, mq_ok = speed_cell(sp_mq)
d_t, d_r, d_ok = speed_cell(sp_d)
cli_all = statistics.median(cli_median.values()) if cli_median else float("nan")
ets_daily = summary.get(("daily", "ets"))
row = (f"| {date} | {commit} | {machine} | {mq_t} | {mq_r} | {d_t} | {d_r} | "
       f"{s('mq', 'bayes', 1):.3f} / {s('mq', 'r-prophet', 1):.3f} | {s('daily', 'bayes', 1):.3f} / {s('daily', 'r-prophet', 1):.3f} | "
       f"{float(ets_daily[4]):.3f} ({float(ets_daily[5]):.3f}), max {float(ets_daily[6]):.3f} | "
       f"{cli_all:.2f}, max {max(cli_median.values()):.2f} | "
       f"{'yes' if mq_ok == 'yes' and d_ok == 'yes' else 'no'} / {'yes' if cli_all < 0.3 else 'no'} | {note} |")
if sp is None:
    table = [speed_heading + " (issue 4: bayes against R Prophet; ETS on long daily series)", "",
             "Per run: median fit + forecast seconds per series, wall (CPU in parentheses), EpiDesk `bayes` /",
             "R `prophet()` + `predict()` (defaults, 1,000 uncertainty samples; bench/prophet_reference.R), on",
             "the 15 monthly/quarterly series (mq) and the daily powiat series (daily) of the run, with the",
             "speed-up (ratio of the medians; min = smallest per-series ratio) and the mean hold-out MASE of",
             "both. ETS: in-process fit + forecast per daily series (median, max) and through",
             "`epidesk-cli forecast --csv ... --model ets --horizon 14` (median of the per-series medians of",
             "3 runs, minus a `--model snaive` run; max over series). Targets: speed-up >= 100x in both",
             "groups; ETS < 0.3 s per long daily series.", "",
             "| date (UTC) | commit | machine | mq bayes / Prophet s | mq speed-up | daily bayes / Prophet s | daily speed-up | mq MASE bayes / Prophet | daily MASE bayes / Prophet | ETS daily in-process s | ETS daily via CLI s | targets met (100x / ETS) | note |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
             row, ""]
    # After the section's description: before the first run block.
    at = next((i for i in range(start + 1, end) if lines[i].startswith("### ")), end)
    lines[at:at] = table
    end += len(table)
else:
    nxt = next((i for i in range(sp + 1, end) if lines[i].startswith("### ")), end)
    last = max(i for i in range(sp, nxt) if lines[i].startswith("|"))
    lines.insert(last + 1, row)
    end += 1

# The run's per-series tables, at the end of the section.
block = [f"### {date}, {commit}, {machine}, R {rver}, prophet {pver}, auto origins {origins}", ""]
if note:
    block += [note, ""]
block += ["| series | n | h | EpiDesk auto (chosen) | MASE auto | cov95 auto | MASE ets | R ets form | MASE R ets | MASE bayes | MASE R Prophet | bayes s | R Prophet s | cov80 bayes | cov80 Prophet |",
          "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
for group in ("mq", "daily"):
    for name in series.get(group, []):
        a = by[name].get("auto")
        r = by[name].get("r-ets")
        n, h = by[name]["ets"][2], by[name]["ets"][3]
        block.append(" | ".join([
            f"| {name}", n, h, a[5] if a else "-", cell(name, "auto", 6, "{:.3f}"), cell(name, "auto", 9, "{:.2f}"),
            cell(name, "ets", 6, "{:.3f}") + (f" ({by[name]['ets'][5]})" if group == "daily" else ""),
            r[5] if r else "-", cell(name, "r-ets", 6, "{:.3f}"), cell(name, "bayes", 6, "{:.3f}"),
            cell(name, "r-prophet", 6, "{:.3f}"), cell(name, "bayes", 10, "{:.4f}"),
            cell(name, "r-prophet", 10, "{:.2f}"), cell(name, "bayes", 8, "{:.2f}"),
            cell(name, "r-prophet", 8, "{:.2f}")]) + " |")
block += ["", "| group | model | series | mean MASE | mean coverage 80 % | mean coverage 95 % | median fit+forecast s | median CPU s | max s |",
          "|---|---|---|---|---|---|---|---|---|"]
names = {"auto": "EpiDesk auto", "ets": "EpiDesk ets", "snaive": "EpiDesk snaive", "bayes": "EpiDesk bayes",
         "r-ets": "R forecast::ets", "r-prophet": "R prophet"}
for (group, model), v in summary.items():
    n, mase, c80, c95, secs, cpu, mx = v
    block.append(f"| {group} | {names.get(model, model)} | {n} | {num(mase, '{:.4f}')} | {num(c80, '{:.3f}')} | "
                 f"{num(c95, '{:.3f}')} | {num(secs, '{:.4f}')} | {num(cpu, '{:.4f}')} | {num(mx, '{:.4f}')} |")
if ("mq", "auto") in summary and ("mq", "r-ets") in summary:
    ok_mase = float(summary[("mq", "auto")][1]) <= float(summary[("mq", "r-ets")][1])
    ok_cov = 0.85 <= float(summary[("mq", "auto")][3]) <= 1.0
    block += ["", f"Accuracy targets met: MASE {'yes' if ok_mase else 'no'}, 95 % coverage {'yes' if ok_cov else 'no'}."]
while end > 0 and lines[end - 1] == "":
    end -= 1
lines[end:end] = [""] + block
open(doc, "w").write("\n".join(lines).rstrip("\n") + "\n")
PY
echo "recorded in $DOC" >&2
