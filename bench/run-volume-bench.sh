#!/usr/bin/env bash
# National volume: import the synthetic 2014-2021 ANVISA series at several
# scales (1 = the real ~530 million rows) and time every kind of dashboard
# query as a whole `epidesk-cli trends` process, on the embedded store and on
# the warehouse.
#
#   bench/run-volume-bench.sh                       # scales 0.0025 0.025 0.1 1
#   SCALES="0.0025 0.025" bench/run-volume-bench.sh # a quick run
#
# Per scale:
# 1. Data, one year at a time, so the CSVs of scale 1 (~53 GB) never sit on
#    disk together: `demo generate DIR --scale S --from Y --to Y` (12 monthly
#    files), then `import anvisa --store` and `import anvisa --db` of them,
#    then the files are deleted. Generation is timed apart from the imports.
#    The import figures are the sums of the eight imports' seconds
#    (/usr/bin/time, whole processes) and the largest max RSS; rows from the
#    JSON summaries (rows read = loaded + quarantined is checked).
# 2. Sizes: the store file (with its WAL), the warehouse database
#    (pg_database_size), sales_month rows.
# 3. Queries: each $RUNS times as a whole process, median (and best) ms; the
#    embedded and warehouse answers must be identical (the parity check of
#    the test suite, at every scale).
# 4. A table per data source into the "National volume" section of
#    docs/benchmarks.md (unless NO_DOCS=1).
#
# The warehouse keeps every raw record (sale_record, ~95 bytes a row), so
# scale 1 needs ~55 GB for PostgreSQL alone: WAREHOUSE_MAX_SCALE (default
# 0.1) bounds the scales imported into it; the embedded store runs at all.
#
# Environment: SCALES, RUNS (5), BUILD_DIR (build-bench), SKIP_BUILD=1, JOBS,
# WAREHOUSE_MAX_SCALE, NO_WAREHOUSE=1, NO_DOCS=1, BENCH_DOC,
# EPIDESK_SHARED_DIR, KEEP=1, TMPDIR (where data and PostgreSQL live).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCALES=${SCALES:-0.0025 0.025 0.1 1}
RUNS=${RUNS:-5}
JOBS=${JOBS:-2}
BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench}
WAREHOUSE_MAX_SCALE=${WAREHOUSE_MAX_SCALE:-0.1}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
PY=/usr/bin/python3
# shellcheck source=bench/doc-row.sh
source "$ROOT/bench/doc-row.sh"
# shellcheck source=scripts/pg-throwaway.sh
. "$ROOT/scripts/pg-throwaway.sh"
export EPIDESK_SHARED_DIR=$SHARED EPIDESK_LANG=en

WORK=$(mktemp -d "${TMPDIR:-/tmp}/epidesk-volume-bench.XXXXXX")
cleanup() {
  pg_throwaway_stop 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work dir kept: $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
LOAD=$(cut -d' ' -f1 /proc/loadavg)

CLI=$BUILD_DIR/app/epidesk-cli
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building epidesk-cli in $BUILD_DIR"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD_DIR" --target epidesk-cli -j "$JOBS" >/dev/null
fi
[ -x "$CLI" ] || { log "no epidesk-cli at $CLI"; exit 1; }

WAREHOUSE=1
[ "${NO_WAREHOUSE:-0}" = 1 ] && WAREHOUSE=0
if [ "$WAREHOUSE" = 1 ]; then
  pg_throwaway_start >/dev/null || { log "cannot start PostgreSQL"; exit 1; }
fi
in_warehouse() { [ "$WAREHOUSE" = 1 ] && "$PY" -c 'import sys; sys.exit(float(sys.argv[1]) > float(sys.argv[2]))' "$1" "$WAREHOUSE_MAX_SCALE"; }

# The dashboard's queries: name|arguments.
QUERIES=(
  "municipality x month, all|--level municipality --period month"
  "municipality x month, azitromicina|--level municipality --period month --ingredient-contains azitromicina"
  "municipality x year, all|--level municipality --period year"
  "municipality x year, azitromicina|--level municipality --period year --ingredient-contains azitromicina"
  "UF x year, all|--level uf --period year"
  "UF x year, azitromicina|--level uf --period year --ingredient-contains azitromicina"
  "region x month, all, per 1,000|--level region --period month --per-1000"
  "country x month, =azitromicina or amoxicilina|--level country --period month --ingredient-contains =azitromicina|amoxicilina"
)

# timed OUT ARGS...: the CLI $RUNS times (last output to OUT); prints "median best" ms.
timed() {
  local out=$1
  shift
  "$PY" - "$RUNS" "$out" "$CLI" "$@" <<'PYEOF'
import statistics, subprocess, sys, time
runs, out, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    with open(out, "wb") as f:
        subprocess.run(cmd, stdout=f, check=True)
    times.append(1000 * (time.perf_counter() - t0))
print(f"{statistics.median(times):.0f} {min(times):.0f}")
PYEOF
}

# import_year KIND TARGET FILES...: one import process; appends "seconds rss_kb rows_read" to $WORK/KIND.log.
import_year() {
  local kind=$1 target=$2
  shift 2
  local flag=--store
  [ "$kind" = db ] && flag=--db
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$CLI" import anvisa "$flag" "$target" "$@" >"$WORK/summary.json"
  "$PY" - "$WORK/summary.json" "$WORK/time.txt" >>"$WORK/$kind.log" <<'PYEOF'
import json, sys
s = json.load(open(sys.argv[1]))
assert s["rows_read"] == s["rows_loaded"] + s["rows_quarantined"], "rows read != loaded + quarantined"
secs, rss = open(sys.argv[2]).read().split()[-2:]
print(secs, rss, s["rows_read"])
PYEOF
}

# sums KIND -> "seconds max_rss_mb rows"
sums() {
  awk '{ s += $1; if ($2 > m) m = $2; r += $3 } END { printf "%.1f %.0f %d\n", s, m / 1024, r }' "$WORK/$1.log"
}

RESULTS=$WORK/results.txt
: >"$RESULTS"
for SCALE in $SCALES; do
  STORE=$WORK/store-$SCALE.gpkg
  DB_URI=
  rm -f "$WORK/store.log" "$WORK/db.log"
  if in_warehouse "$SCALE"; then
    DBNAME="volume_${SCALE//./_}"
    psql -q -c "DROP DATABASE IF EXISTS $DBNAME" -c "CREATE DATABASE $DBNAME" >/dev/null
    DB_URI="postgresql://$PGUSER@$PGHOST:$PGPORT/$DBNAME"
    "$CLI" warehouse migrate --db "$DB_URI" >/dev/null
  fi
  GEN_SECONDS=0
  for YEAR in 2014 2015 2016 2017 2018 2019 2020 2021; do
    GEN=$WORK/gen
    rm -rf "$GEN"
    T0=$(date +%s.%N)
    "$CLI" demo generate "$GEN" --scale "$SCALE" --from "$YEAR" --to "$YEAR" >/dev/null
    GEN_SECONDS=$("$PY" -c "import sys; print(float(sys.argv[1]) + float(sys.argv[3]) - float(sys.argv[2]))" \
      "$GEN_SECONDS" "$T0" "$(date +%s.%N)")
    FILES=("$GEN"/EDA_Industrializados_*.csv)
    log "scale $SCALE $YEAR: ${#FILES[@]} files, $(du -sh "$GEN" | cut -f1)"
    import_year store "$STORE" "${FILES[@]}"
    [ -n "$DB_URI" ] && import_year db "$DB_URI" "${FILES[@]}"
    rm -rf "$GEN"
  done
  read -r S_SECS S_RSS S_ROWS < <(sums store)
  S_SIZE=$(du -cb "$STORE"* | tail -1 | cut -f1)
  S_MART=$(sqlite3 "$STORE" "SELECT COUNT(*) FROM sales_month")
  log "scale $SCALE: $S_ROWS rows; store import ${S_SECS} s, ${S_RSS} MB, $((S_SIZE / 1048576)) MB; gen ${GEN_SECONDS} s"
  echo "import|store|$SCALE|$S_ROWS|$S_SECS|$S_RSS|$S_SIZE|$S_MART|$GEN_SECONDS" >>"$RESULTS"
  if [ -n "$DB_URI" ]; then
    read -r D_SECS D_RSS D_ROWS < <(sums db)
    D_SIZE=$(psql -At -c "SELECT pg_database_size('$DBNAME')")
    log "scale $SCALE: warehouse import ${D_SECS} s, ${D_RSS} MB, $((D_SIZE / 1048576)) MB"
    echo "import|db|$SCALE|$D_ROWS|$D_SECS|$D_RSS|$D_SIZE|-|$GEN_SECONDS" >>"$RESULTS"
  fi
  for Q in "${QUERIES[@]}"; do
    NAME=${Q%%|*}
    read -r -a ARGS <<<"${Q#*|}"
    read -r S_MED S_BEST < <(timed "$WORK/store.out" trends --store "$STORE" --format csv --csv-table tests "${ARGS[@]}")
    LINE="query|$SCALE|$NAME|$S_MED|$S_BEST"
    if [ -n "$DB_URI" ]; then
      read -r D_MED D_BEST < <(timed "$WORK/db.out" trends --db "$DB_URI" --format csv --csv-table tests "${ARGS[@]}")
      cmp -s "$WORK/store.out" "$WORK/db.out" || { log "PARITY: store and warehouse differ on '$NAME' at scale $SCALE"; exit 1; }
      LINE="$LINE|$D_MED|$D_BEST"
    else
      LINE="$LINE|-|-"
    fi
    log "$LINE"
    echo "$LINE" >>"$RESULTS"
  done
  [ "${KEEP:-0}" = 1 ] || rm -f "$STORE"*
  [ -n "$DB_URI" ] && [ "${KEEP:-0}" != 1 ] && psql -q -c "DROP DATABASE $DBNAME" >/dev/null
done

# --- report ------------------------------------------------------------------
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
git -C "$ROOT" diff --quiet HEAD -- . ':!docs' 2>/dev/null || COMMIT="$COMMIT+changes"
MACHINE="$(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $LOAD"
TABLE=$WORK/table.md
"$PY" - "$RESULTS" "$(date -u +%Y-%m-%dT%H:%MZ)" "$COMMIT" "$MACHINE" "$RUNS" >"$TABLE" <<'PYEOF'
import sys
results, when, commit, machine, runs = sys.argv[1:6]
imports, queries, names, scales = {}, {}, [], []
for line in open(results):
    f = line.rstrip("\n").split("|")
    if f[0] == "import":
        imports[(f[1], f[2])] = f[3:]
        if f[2] not in scales:
            scales.append(f[2])
    else:
        queries[(f[1], f[2])] = f[3:]
        if f[2] not in names:
            names.append(f[2])
mb = lambda b: f"{int(b) / 1048576:,.0f} MB"
print(f"Run {when}, commit {commit}, {machine}; whole `epidesk-cli trends` processes "
      f"with the trend tests (`--csv-table tests`), median of {runs} (best in brackets), ms.\n")
print("| scale | CSV rows | generate s | store import s (max RSS) | store size | `sales_month` rows | warehouse import s (max RSS) | warehouse size |")
print("|---|---|---|---|---|---|---|---|")
for s in scales:
    st = imports.get(("store", s))
    db = imports.get(("db", s))
    print(f"| {s} | {int(st[0]):,} | {float(st[5]):.0f} | {float(st[1]):.1f} ({st[2]} MB) | {mb(st[3])} | {int(st[4]):,} | "
          + (f"{float(db[1]):.1f} ({db[2]} MB) | {mb(db[3])} |" if db else "not run | — |"))
print()
print("| query | source | " + " | ".join(f"scale {s}" for s in scales) + " |")
print("|---|---|" + "---|" * len(scales))
for n in names:
    for label, i in (("store", 0), ("warehouse", 2)):
        cells = []
        for s in scales:
            q = queries.get((s, n))
            cells.append("—" if q is None or q[i] == "-" else f"{q[i]} ({q[i + 1]})")
        print(f"| {n} | {label} | " + " | ".join(cells) + " |")
PYEOF
cat "$TABLE"
if [ "${NO_DOCS:-0}" != 1 ]; then
  doc_add_section "$DOC" "## National volume" "$(cat "$TABLE")"
  log "table added to $DOC"
fi
