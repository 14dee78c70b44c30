#!/usr/bin/env bash
# Forecast accuracy benchmark: EpiDesk's automatic models against R forecast::ets.
#
#   bench/run-forecast-bench.sh          # build, run, append to docs/benchmarks.md
#
# 1. Builds epidesk-forecast-bench (bench/forecast_accuracy.cpp) in a Release
#    tree (build-bench). While the top-level CMakeLists.txt does not
#    add_subdirectory(bench), the target comes from bench/forecast-bench.cmake
#    (CMAKE_PROJECT_INCLUDE).
# 2. When Rscript with the forecast package is installed, runs
#    tests/forecast/data/make_ets_reference.R on the series (ets(y) with all
#    defaults on the training part, forecast(fit, h), timed per series) into a
#    temporary JSON; otherwise R columns are left out.
# 3. For every monthly / quarterly series of $EPIDESK_SHARED_DIR/data/series,
#    holds out the last 12 / 8 points and scores on them: MASE (scaled by the
#    training part's in-sample seasonal naive MAE), sMAPE, 80/95 % coverage,
#    fit + forecast seconds, for "ets", "snaive", "auto" (lowest rolling-origin
#    MASE on the training part, $AUTO_ORIGINS origins, among ets and snaive;
#    its time includes that selection) and R's ets.
# 4. Appends the per-series table and a summary under "## Forecast accuracy"
#    in docs/benchmarks.md.
#
# Environment: BUILD_DIR (build-bench), JOBS (2), EPIDESK_SHARED_DIR (../shared),
# AUTO_ORIGINS (3), SKIP_BUILD=1 (use an existing build), NO_DOCS=1,
# BENCH_DOC (other report file), NO_R=1 (skip R).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench}
JOBS=${JOBS:-2}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
AUTO_ORIGINS=${AUTO_ORIGINS:-3}
SERIES=$SHARED/data/series
WORK=$(mktemp -d "${TMPDIR:-/tmp}/epidesk-fcbench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PROJECT_INCLUDE="$ROOT/bench/forecast-bench.cmake" >"$WORK/cmake.log" ||
    { cat "$WORK/cmake.log"; exit 1; }
  ninja -C "$BUILD_DIR" -j "$JOBS" epidesk-forecast-bench
fi
BENCH=$(find "$BUILD_DIR" -name epidesk-forecast-bench -type f -perm -u+x | head -1)
[ -x "$BENCH" ] || { echo "epidesk-forecast-bench not built" >&2; exit 1; }

REF=""
R_VERSION="not installed"
if [ "${NO_R:-0}" != 1 ] && command -v Rscript >/dev/null &&
  Rscript -e 'quit(status = !requireNamespace("forecast", quietly = TRUE))' >/dev/null 2>&1; then
  echo "R forecast::ets ..." >&2
  Rscript "$ROOT/tests/forecast/data/make_ets_reference.R" "$SERIES" "$WORK/r.json" 2>/dev/null
  REF=$WORK/r.json
  R_VERSION=$(Rscript -e 'cat(R.version$major, ".", R.version$minor, " / forecast ", format(packageVersion("forecast")), sep = "")')
fi

echo "EpiDesk ..." >&2
"$BENCH" "$SERIES" $REF "$AUTO_ORIGINS" >"$WORK/out.tsv"
cat "$WORK/out.tsv"

[ "${NO_DOCS:-0}" = 1 ] && exit 0

COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null | head -1)" ] && COMMIT="$COMMIT+changes"
MACHINE="$(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1 /proc/loadavg)"
DATE=$(date -u +%Y-%m-%dT%H:%MZ)

python3 - "$WORK/out.tsv" "$DOC" "$DATE" "$COMMIT" "$MACHINE" "$R_VERSION" "$AUTO_ORIGINS" <<'PY'
import sys
out, doc, date, commit, machine, rver, origins = sys.argv[1:]
rows, summary = [], {}
for line in open(out):
    f = line.rstrip("\n").split("\t")
    if f[0] == "series" or not line.strip():
        continue
    if f[0] == "summary":
        if f[1] != "model":
            summary[f[1]] = f[2:]
        continue
    rows.append(f)
series = []
by = {}
for f in rows:
    if f[0] not in by:
        series.append(f[0])
    by.setdefault(f[0], {})[f[3]] = f
def cell(s, model, i, fmt):
    f = by[s].get(model)
    return fmt.format(float(f[i])) if f else "-"
text = []
heading = "## Forecast accuracy (`bench/run-forecast-bench.sh`)"
existing = open(doc).read() if True else ""
if heading not in existing:
    text += ["", heading, "",
             "What is measured: every monthly and quarterly series of `../shared/data/series/`; the last",
             "12 (monthly) or 8 (quarterly) points are held out, models fit on the rest and forecast them.",
             "MASE = MAE on the held-out points / in-sample MAE of the seasonal naive forecast on the",
             "training part (m = 12 or 4). Coverage = share of held-out points inside the 95 % interval.",
             "`ets` is EpiDesk's ETS (automatic AICc selection, a port of R forecast::ets); `auto` is",
             "EpiDesk's best automatic model: per series the lowest rolling-origin MASE on the training",
             "part (origins as noted, same horizon) among ets and snaive, refit on the whole training part.",
             "R is `forecast::ets(y)` + `forecast(fit, h)` with defaults (tests/forecast/data/make_ets_reference.R).",
             "Times are fit + forecast per series, single thread, Release build (R: elapsed in R, no",
             "process start); `auto` time includes its backtests.",
             "",
             "Targets: mean MASE of EpiDesk's best automatic model <= R ets's; 95 % coverage 85-100 %.", ""]
text += [f"### {date}, {commit}, {machine}, R {rver}, auto origins {origins}", "",
         "| series | n | h | EpiDesk auto (chosen) | MASE auto | cov95 auto | MASE ets | R ets form | MASE R | cov95 R |",
         "|---|---|---|---|---|---|---|---|---|---|"]
for s in series:
    a = by[s].get("auto")
    r = by[s].get("r-ets")
    text.append("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |".format(
        s, a[1], a[2], a[4], cell(s, "auto", 5, "{:.3f}"), cell(s, "auto", 8, "{:.2f}"),
        cell(s, "ets", 5, "{:.3f}"), r[4] if r else "-", cell(s, "r-ets", 5, "{:.3f}"),
        cell(s, "r-ets", 8, "{:.2f}")))
text += ["", "| model | series | mean MASE | mean coverage 80 % | mean coverage 95 % | median fit+forecast s |",
         "|---|---|---|---|---|---|"]
names = {"auto": "EpiDesk auto", "ets": "EpiDesk ets", "snaive": "EpiDesk snaive", "r-ets": "R forecast::ets"}
for m in ["auto", "ets", "snaive", "r-ets"]:
    if m in summary:
        n, mase, c80, c95, secs = summary[m]
        text.append(f"| {names[m]} | {n} | {float(mase):.4f} | {float(c80):.3f} | {float(c95):.3f} | {float(secs):.4f} |")
if "auto" in summary and "r-ets" in summary:
    ok_mase = float(summary["auto"][1]) <= float(summary["r-ets"][1])
    ok_cov = 0.85 <= float(summary["auto"][3]) <= 1.0
    text += ["", f"Target met: MASE {'yes' if ok_mase else 'no'}, 95 % coverage {'yes' if ok_cov else 'no'}."]
with open(doc, "a") as f:
    f.write("\n".join(text) + "\n")
PY
echo "appended to $DOC" >&2
