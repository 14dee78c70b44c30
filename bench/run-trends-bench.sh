#!/usr/bin/env bash
# Trend tests at municipality scale: the whole `epidesk-cli trends --level
# municipality --period month` process (read, aggregate, Kendall tau-b,
# Mann-Kendall, Sen slope, CSV out) against scipy's kendalltau + theilslopes
# loop over the same 5,564 series (the loop alone), in one run, on the
# embedded store and on the warehouse.
#
#   bench/run-trends-bench.sh            # build, demo data, time, update docs
#
# 1. Builds epidesk-cli in $BUILD_DIR (RelWithDebInfo) unless SKIP_BUILD=1.
# 2. Demo data: epidesk-cli demo create DIR (store + the 96 monthly files of
#    the default scale, 2014-2021), or DEMO_DIR when given.
# 3. Embedded: each query $RUNS times as a whole process, median and best:
#    municipality x month, all ingredients, the tests table (the issue's
#    query) and the series table; the same for azitromicina; UF x year.
# 4. scipy (Debian's /usr/bin/python3, python3-scipy 1.10.1):
#    bench/trends_scipy_loop.py on the series CSV of step 3, $RUNS times,
#    median of its loop seconds; it also checks tau, p and Sen's slope of
#    every series against EpiDesk's tests CSV (1e-9) and fails the run if any
#    differs.
# 5. Warehouse: a throw-away PostgreSQL cluster (scripts/pg-throwaway.sh),
#    `warehouse migrate` + `import anvisa --db` of the same files, then the
#    same queries with --db (PostgreSQL aggregates); same statistics.
# 6. Appends a row to the "Trends at municipality scale" section of
#    docs/benchmarks.md. Target: the whole embedded process >= 10x faster than
#    the scipy loop alone.
#
# Environment: BUILD_DIR (build-bench), SKIP_BUILD=1, JOBS (2), RUNS (5),
# DEMO_DIR, NO_WAREHOUSE=1, NO_DOCS=1, BENCH_DOC, EPIDESK_SHARED_DIR, KEEP=1.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench}
JOBS=${JOBS:-2}
RUNS=${RUNS:-5}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
PY=/usr/bin/python3
# shellcheck source=bench/doc-row.sh
source "$ROOT/bench/doc-row.sh"
# shellcheck source=scripts/pg-throwaway.sh
. "$ROOT/scripts/pg-throwaway.sh"
export EPIDESK_SHARED_DIR=$SHARED EPIDESK_LANG=en

WORK=$(mktemp -d "${TMPDIR:-/tmp}/epidesk-trends-bench.XXXXXX")
cleanup() {
  pg_throwaway_stop 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work dir kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { printf '[bench] %s\n' "$*" >&2; }
LOAD=$(cut -d' ' -f1 /proc/loadavg)

CLI=$BUILD_DIR/app/epidesk-cli
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building epidesk-cli in $BUILD_DIR"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD_DIR" --target epidesk-cli -j "$JOBS" >/dev/null
fi
[ -x "$CLI" ] || { log "no epidesk-cli at $CLI"; exit 1; }
"$PY" -c 'import scipy' 2>/dev/null || { log "needs python3-scipy for $PY"; exit 1; }

DEMO=${DEMO_DIR:-$WORK/demo}
if [ ! -f "$DEMO/demo.gpkg" ]; then
  log "demo create $DEMO"
  "$CLI" demo create "$DEMO" >/dev/null
fi
STORE=$DEMO/demo.gpkg
FILES=("$DEMO"/files/EDA_Industrializados_*.csv)

# timed NAME ARGS...: runs the CLI $RUNS times (output to $WORK/NAME.out),
# prints "median best" in ms of the whole process.
timed() {
  local name=$1
  shift
  "$PY" - "$RUNS" "$WORK/$name.out" "$CLI" "$@" <<'PYEOF'
import statistics, subprocess, sys, time
runs, out, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
times = []
for _ in range(runs):
    with open(out, "wb") as f:
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=f, check=True)
        times.append(1000 * (time.perf_counter() - t0))
print(f"{statistics.median(times):.0f} {min(times):.0f}")
PYEOF
}

MUNI=(trends --level municipality --period month --format csv)
AZI=(--ingredient-contains azitromicina)
run_queries() { # SOURCE_ARGS... -> sets Q_TESTS Q_SERIES Q_AZI Q_UF
  read -r Q_TESTS_MED Q_TESTS_BEST < <(timed tests "${MUNI[@]}" --csv-table tests "$@")
  read -r Q_SERIES_MED Q_SERIES_BEST < <(timed series "${MUNI[@]}" "$@")
  read -r Q_AZI_MED Q_AZI_BEST < <(timed azi "${MUNI[@]}" "${AZI[@]}" --csv-table tests "$@")
  read -r Q_UF_MED Q_UF_BEST < <(timed uf trends --level uf --period year --format csv --csv-table tests "$@")
}

log "embedded store: $RUNS runs per query"
run_queries --store "$STORE"
E_TESTS="$Q_TESTS_MED ($Q_TESTS_BEST)"; E_SERIES="$Q_SERIES_MED ($Q_SERIES_BEST)"
E_AZI="$Q_AZI_MED ($Q_AZI_BEST)"; E_UF="$Q_UF_MED ($Q_UF_BEST)"
SERIES_N=$(($(wc -l <"$WORK/tests.out") - 1))
log "embedded: tests $E_TESTS ms, series $E_SERIES ms, azitromicina $E_AZI ms, UF x year $E_UF ms; $SERIES_N series"

log "scipy loop ($RUNS runs) and agreement"
for _ in $(seq "$RUNS"); do "$PY" "$ROOT/bench/trends_scipy_loop.py" "$WORK/series.out" "$WORK/tests.out"; done \
  >"$WORK/scipy-s" 2>"$WORK/scipy.err" || { cat "$WORK/scipy.err" >&2; log "scipy disagrees"; exit 1; }
SCIPY_MS=$("$PY" -c "import statistics; print(f'{1000*statistics.median(float(x) for x in open(\"$WORK/scipy-s\")):.0f}')")
AGREE=$(tail -1 "$WORK/scipy.err" | sed 's/.*largest difference //')
RATIO=$("$PY" -c "print(f'{$SCIPY_MS / $Q_TESTS_MED:.1f}x')")
log "scipy loop alone: $SCIPY_MS ms (largest difference $AGREE); EpiDesk whole process is $RATIO faster"

W_TESTS="—"; W_SERIES="—"; W_AZI="—"; W_UF="—"
if [ "${NO_WAREHOUSE:-0}" != 1 ]; then
  pg_throwaway_start >/dev/null || { log "cannot start PostgreSQL"; exit 1; }
  "$CLI" warehouse migrate --db "$DATABASE_URL" >/dev/null
  log "warehouse: importing ${#FILES[@]} files"
  "$CLI" import anvisa --db "$DATABASE_URL" "${FILES[@]}" >"$WORK/import.json"
  psql -q -c "VACUUM ANALYZE" >/dev/null
  run_queries --db "$DATABASE_URL"
  W_TESTS="$Q_TESTS_MED ($Q_TESTS_BEST)"; W_SERIES="$Q_SERIES_MED ($Q_SERIES_BEST)"
  W_AZI="$Q_AZI_MED ($Q_AZI_BEST)"; W_UF="$Q_UF_MED ($Q_UF_BEST)"
  log "warehouse: tests $W_TESTS ms, series $W_SERIES ms, azitromicina $W_AZI ms, UF x year $W_UF ms"
fi

MET=no
[ "$("$PY" -c "print($SCIPY_MS >= 10 * ${E_TESTS%% *})")" = True ] && MET=yes
CPU="$(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $LOAD"
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ]; then COMMIT="$COMMIT+changes"; fi
ROW="| $(date -u +%Y-%m-%dT%H:%MZ) | $COMMIT | $CPU | $SERIES_N | $E_TESTS | $E_SERIES | $E_AZI | $E_UF | $SCIPY_MS | $RATIO | $AGREE | $W_TESTS | $W_SERIES | $W_AZI | $W_UF | $MET |"
echo "$ROW"

if [ "${NO_DOCS:-0}" != 1 ]; then
  if ! grep -q '^## Trends at municipality scale' "$DOC"; then
    cat >>"$DOC" <<'DOCEOF'

## Trends at municipality scale (`bench/run-trends-bench.sh`)

What is measured: `epidesk-cli trends --level municipality --period month
--format csv` on the demo store (`demo create`: 2014-2021 at the default
scale), as whole processes, median (best) of 5, in ms: the tests table
(`--csv-table tests`: read, aggregate, Kendall tau-b, Mann-Kendall, Sen's
slope of every series, CSV out), the series table, the tests of
azitromicina only, and UF x year. scipy: `bench/trends_scipy_loop.py`,
`scipy.stats.kendalltau` + `theilslopes` over the same series (read from
the series table), the loop alone, median of 5; it also compares every
series' tau, p and slope with EpiDesk's ("agreement" = largest absolute
difference, CSV numbers have 12 significant digits). Ratio = scipy loop /
EpiDesk whole process (tests). Warehouse: the same queries with `--db` on a
throw-away PostgreSQL 15 holding the same files. Target: ratio >= 10.

| date (UTC) | commit | machine | series | tests ms | series ms | azitromicina ms | UF x year ms | scipy loop ms | ratio | agreement | warehouse tests ms | warehouse series ms | warehouse azitromicina ms | warehouse UF x year ms | target met |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
DOCEOF
  fi
  doc_add_row "$DOC" "## Trends at municipality scale" "$ROW"
  log "appended to $DOC"
fi
