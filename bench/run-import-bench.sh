#!/usr/bin/env bash
# ANVISA import benchmark: epidesk-cli against a PostgreSQL COPY baseline.
#
#   bench/run-import-bench.sh            # build, generate, time, update docs
#
# 1. Builds a Release tree (build-bench) with epidesk-cli.
# 2. Generates demo files: epidesk-cli demo generate DIR --scale $SCALE
#    (0.004 = ~2.14 million rows, 2014-2021, 96 monthly files).
# 3. Times `epidesk-cli import anvisa --store FILE FILES...` $RUNS times, each
#    into a fresh store; rows/s = rows_read / seconds from its JSON summary
#    (the wall-clock rate, process start included, is reported too). Best run.
# 4. Baseline on a throw-away PostgreSQL cluster (scripts/pg-throwaway.sh):
#    one psql session running \copy (= COPY ... FROM STDIN) per file into an
#    UNLOGGED table of 15 text columns, WITH (FORMAT csv, DELIMITER ';',
#    HEADER true, ENCODING 'WIN1252'); TRUNCATE before each run. PostgreSQL's
#    CSV mode rejects blank lines ("missing data for column"), so files with
#    blank lines are copied without them beforehand, outside the timing.
#    Wall-clock rows/s of the psql session. Best of $RUNS.
# 5. Appends a row to docs/benchmarks.md (date, machine, rows, both rates,
#    ratio, target >= 1,000,000 rows/s).
#
# Environment: SCALE (default 0.004), RUNS (3), JOBS (build parallelism, 2),
# BUILD_DIR (build-bench), EPIDESK_SHARED_DIR (../shared), SKIP_BUILD=1 (use
# an existing build), FILES_DIR (use files already generated there, with their
# demo_manifest.json), PG_ONLY=1 (baseline only: no build, no import; needs
# FILES_DIR), NO_DOCS=1 (do not touch docs/benchmarks.md), BENCH_DOC (other
# report file), KEEP=1 (keep the work dir), PG_BIN (scripts/pg-throwaway.sh).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCALE=${SCALE:-0.004}
RUNS=${RUNS:-3}
JOBS=${JOBS:-2}
BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
# shellcheck source=bench/doc-row.sh
source "$ROOT/bench/doc-row.sh"
TARGET=1000000
export EPIDESK_SHARED_DIR=$SHARED

# shellcheck source=scripts/pg-throwaway.sh
. "$ROOT/scripts/pg-throwaway.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/epidesk-bench.XXXXXX")
cleanup() {
  pg_throwaway_stop || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work dir kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[bench] %s\n' "$*" >&2; }
LOAD=$(cut -d' ' -f1 /proc/loadavg) # at the start: other work on the machine skews the numbers
now() { date +%s.%N; }
json_get() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }
fmt() { python3 -c 'import sys; print(f"{float(sys.argv[1]):,.0f}")' "$1"; }

# --- 1. build ---------------------------------------------------------------
CLI=$BUILD_DIR/app/epidesk-cli
PG_ONLY=${PG_ONLY:-0}
if [ "$PG_ONLY" = 1 ] && [ -z "${FILES_DIR:-}" ]; then
  log "PG_ONLY=1 needs FILES_DIR"
  exit 1
fi
if [ "${SKIP_BUILD:-0}" != 1 ] && [ "$PG_ONLY" != 1 ]; then
  log "building epidesk-cli (Release) in $BUILD_DIR"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DEPIDESK_SHARED_DIR="$SHARED" >"$WORK/cmake.log" 2>&1 || {
    tail -n 30 "$WORK/cmake.log" >&2
    exit 1
  }
  cmake --build "$BUILD_DIR" --target epidesk-cli -j "$JOBS" >"$WORK/build.log" 2>&1 || {
    tail -n 30 "$WORK/build.log" >&2
    exit 1
  }
fi
[ -x "$CLI" ] || [ "$PG_ONLY" = 1 ] || {
  log "no $CLI"
  exit 1
}

# --- 2. demo files ----------------------------------------------------------
if [ -n "${FILES_DIR:-}" ]; then
  DATA=$FILES_DIR
  log "using the files in $DATA"
else
  DATA=$WORK/files
  log "generating demo files at scale $SCALE"
  t0=$(now)
  "$CLI" demo generate "$DATA" --scale "$SCALE" >"$WORK/generate.out"
  t1=$(now)
  log "generated at $(fmt "$(python3 -c "print($(json_get "$DATA/demo_manifest.json" total_rows)/($t1-$t0))")") rows/s"
fi
ROWS=$(json_get "$DATA/demo_manifest.json" total_rows)
ROWS=${ROWS%.*}
FILES=("$DATA"/EDA_Industrializados_*.csv) # glob order = month order
log "$(fmt "$ROWS") rows in ${#FILES[@]} files ($(du -sh "$DATA" | cut -f1))"
if [ "$ROWS" -lt 2000000 ]; then # the benchmark's minimum size
  log "fewer than 2 million rows; raise SCALE"
  exit 1
fi

# --- 3. epidesk-cli import --------------------------------------------------
OUR_BEST=0
OUR_WALL_BEST=0
OUR_ROWS=0
for run in $(seq 1 "$RUNS"); do
  [ "$PG_ONLY" = 1 ] && break
  store=$WORK/store-$run.gpkg
  rm -f "$store"
  sync
  t0=$(now)
  "$CLI" import anvisa --store "$store" "${FILES[@]}" >"$WORK/import-$run.json"
  t1=$(now)
  read_rows=$(json_get "$WORK/import-$run.json" rows_read)
  secs=$(json_get "$WORK/import-$run.json" seconds)
  rate=$(python3 -c "print(${read_rows%.*}/max($secs,1e-9))")
  wall=$(python3 -c "print(${read_rows%.*}/($t1-$t0))")
  log "epidesk-cli run $run: $(fmt "$read_rows") rows in $(python3 -c "print(round($secs,3))")s = $(fmt "$rate") rows/s (wall $(fmt "$wall") rows/s)"
  OUR_BEST=$(python3 -c "print(max($OUR_BEST,$rate))")
  OUR_WALL_BEST=$(python3 -c "print(max($OUR_WALL_BEST,$wall))")
  OUR_ROWS=${read_rows%.*}
  rm -f "$store"
done

# --- 4. PostgreSQL COPY baseline ----------------------------------------------
log "starting a throw-away PostgreSQL cluster"
pg_throwaway_start
PSQL=("$PG_THROWAWAY_BIN/psql" -X -q -v ON_ERROR_STOP=1)
"${PSQL[@]}" -c "CREATE UNLOGGED TABLE anvisa_sales (
  ano_venda text, mes_venda text, uf_venda text, municipio_venda text, principio_ativo text,
  descricao_apresentacao text, qtd_vendida text, unidade_medida text, conselho_prescritor text,
  uf_conselho_prescritor text, tipo_receituario text, cid10 text, sexo text, idade text, unidade_idade text)"

mkdir -p "$WORK/pg"
: >"$WORK/copy.sql"
stripped=0
for f in "${FILES[@]}"; do
  src=$f
  if LC_ALL=C grep -aqE $'^\r?$' "$f"; then # blank lines: COPY csv would fail
    src=$WORK/pg/$(basename "$f")
    LC_ALL=C grep -avE $'^\r?$' "$f" >"$src"
    stripped=$((stripped + 1))
  fi
  printf "\\\\copy anvisa_sales FROM '%s' WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'WIN1252')\n" \
    "$src" >>"$WORK/copy.sql"
done
log "PostgreSQL: $stripped file(s) had blank lines stripped before timing"

PG_BEST=0
for run in $(seq 1 "$RUNS"); do
  "${PSQL[@]}" -c "TRUNCATE anvisa_sales" -c "CHECKPOINT"
  t0=$(now)
  "${PSQL[@]}" -f "$WORK/copy.sql"
  t1=$(now)
  PG_ROWS=$("${PSQL[@]}" -tA -c "SELECT count(*) FROM anvisa_sales")
  rate=$(python3 -c "print($PG_ROWS/($t1-$t0))")
  log "PostgreSQL COPY run $run: $(fmt "$PG_ROWS") rows in $(python3 -c "print(round($t1-$t0,3))")s = $(fmt "$rate") rows/s"
  PG_BEST=$(python3 -c "print(max($PG_BEST,$rate))")
done
PG_VERSION=$("${PSQL[@]}" -tA -c "SHOW server_version" | cut -d' ' -f1)
pg_throwaway_stop

# --- 5. report ----------------------------------------------------------------
RATIO=$(python3 -c "print(f'{$OUR_BEST/$PG_BEST:.2f}')")
MEETS=$(python3 -c "print('yes' if $OUR_BEST >= $TARGET else 'no')")
OUR_CELL="$(fmt "$OUR_BEST") ($(fmt "$OUR_WALL_BEST"))"
if [ "$PG_ONLY" = 1 ]; then
  RATIO="-"
  MEETS="-"
  OUR_CELL="not measured (PG_ONLY)"
fi
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//' || echo unknown)
RAM=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
DATE=$(date -u +%Y-%m-%dT%H:%MZ)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "?")
DIRTY=$(git -C "$ROOT" status --porcelain 2>/dev/null | head -n 1)
[ -n "$DIRTY" ] && COMMIT="$COMMIT+changes"

echo
echo "rows:                 $(fmt "$ROWS") (epidesk read $(fmt "$OUR_ROWS"), PostgreSQL loaded $(fmt "$PG_ROWS"))"
echo "epidesk-cli import:   $OUR_CELL rows/s = reported (wall), best of $RUNS"
echo "PostgreSQL $PG_VERSION COPY: $(fmt "$PG_BEST") rows/s, best of $RUNS"
echo "ratio:                $RATIO x   target >= $(fmt $TARGET) rows/s: $MEETS"

if [ "${NO_DOCS:-0}" != 1 ]; then
  if [ ! -f "$DOC" ]; then
    cat >"$DOC" <<'EOF'
# Benchmarks

## ANVISA import (`bench/run-import-bench.sh`)

What is measured: `epidesk-cli import anvisa --store FILE FILES...` on the
synthetic ANVISA files of `epidesk-cli demo generate DIR --scale S` (96 monthly
files 2014-2021, `;`-separated, Windows-1252, CRLF, both header variants, a few
dirty rows), Release build, a fresh store each run, best of 3. "rows/s" is
`rows_read / seconds` from the CLI's JSON summary; "wall" includes process
start and exit.

Baseline: PostgreSQL `COPY` of the same files into an UNLOGGED table of 15
`text` columns on a throw-away local cluster (`scripts/pg-throwaway.sh`;
fsync off), one `psql` session issuing `\copy ... WITH (FORMAT csv,
DELIMITER ';', HEADER true, ENCODING 'WIN1252')` per file, `TRUNCATE` before
each run, best of 3, wall-clock of the session. PostgreSQL's CSV mode rejects
blank lines, so the files holding one are copied without it beforehand,
outside the timing. The baseline only parses and stores text; the import also
converts the encoding, validates and types every field, matches municipality
names and aggregates.

Target: at least 1,000,000 rows/s for the import.

| date (UTC) | commit | machine | rows | epidesk rows/s (wall) | PostgreSQL COPY rows/s | ratio | target met |
|---|---|---|---|---|---|---|---|
EOF
  fi
  doc_add_row "$DOC" "## ANVISA import" "$(printf '| %s | %s | %s CPU(s), %s, %s, load %s | %s | %s | %s (PG %s) | %s | %s |' \
    "$DATE" "$COMMIT" "$(nproc)" "$CPU" "$RAM" "$LOAD" "$(fmt "$ROWS")" "$OUR_CELL" "$(fmt "$PG_BEST")" "$PG_VERSION" "$RATIO" "$MEETS")"
  log "appended the result to $DOC"
fi
