#!/usr/bin/env bash
# PostgreSQL warehouse benchmark: ingest against plain COPY, and the
# dashboard's trend query on a warehouse of >= 20 million raw rows.
#
#   bench/run-warehouse-bench.sh         # build, generate, time, update docs
#
# 1. Builds a Release tree ($BUILD_DIR, default build-whbench) with
#    epidesk-cli and epidesk-warehouse-query-bench (bench/warehouse_query.cpp,
#    added through bench/warehouse-bench.cmake).
# 2. Generates demo files: epidesk-cli demo generate DIR --scale $SCALE
#    (0.004 = ~2.14 million rows, 2014-2021, 96 monthly files).
# 3. On one throw-away PostgreSQL cluster (scripts/pg-throwaway.sh, stopped on
#    exit), $RUNS rounds, each: plain COPY of the files into an UNLOGGED table
#    of 15 text columns (psql \copy ... FORMAT csv, ENCODING 'WIN1252'), first
#    from one session, then from 2 sessions in parallel (files dealt
#    alternately); then `epidesk-cli import anvisa --db URI FILES...` into a
#    fresh database (created and migrated outside the timing, like the
#    baseline's table). CHECKPOINT before each timing. Best of $RUNS each.
#    Import rows/s = rows_read / seconds of its JSON summary (wall-clock,
#    process start included, in brackets); COPY rows/s = wall-clock of psql.
# 4. Grows a second database to >= 20 million raw rows (demo generate at
#    $BIG_SCALE, default 0.04 = ~21 M rows, ~2 GB in $TMPDIR, deleted after
#    loading) and times the dashboard trend query (azitromicina, every UF,
#    monthly, 2014-2021) $QUERY_RUNS times: in-process (runTrends on an open
#    WarehouseSource, epidesk-warehouse-query-bench), the mart SQL alone
#    (EXPLAIN ANALYZE execution time), and `epidesk-cli trends --db`
#    end-to-end minus the median of `epidesk-cli trends --help` (process start).
# 5. Appends a row to the "Warehouse" section of docs/benchmarks.md.
#
# Environment: SCALE (0.004), BIG_SCALE (0.04; 0 skips step 4), RUNS (3),
# QUERY_RUNS (20), JOBS (build parallelism, 2), BUILD_DIR, SKIP_BUILD=1,
# FILES_DIR (files already generated, with demo_manifest.json), NO_DOCS=1,
# BENCH_DOC, KEEP=1 (keep the work dir), EPIDESK_SHARED_DIR, PG_BIN, TMPDIR.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCALE=${SCALE:-0.004}
BIG_SCALE=${BIG_SCALE:-0.04}
RUNS=${RUNS:-3}
QUERY_RUNS=${QUERY_RUNS:-20}
JOBS=${JOBS:-2}
BUILD_DIR=${BUILD_DIR:-$ROOT/build-whbench}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
# shellcheck source=bench/doc-row.sh
source "$ROOT/bench/doc-row.sh"
INGREDIENT=azitromicina
export EPIDESK_SHARED_DIR=$SHARED EPIDESK_LANG=en

# shellcheck source=scripts/pg-throwaway.sh
. "$ROOT/scripts/pg-throwaway.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/epidesk-whbench.XXXXXX")
cleanup() {
  pg_throwaway_stop || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work dir kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[whbench] %s\n' "$*" >&2; }
LOAD=$(cut -d' ' -f1 /proc/loadavg) # at the start: other work on the machine skews the numbers
now() { date +%s.%N; }
py() { python3 -c "$@"; }
json_get() { py 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }
fmt() { py 'import sys; print(f"{float(sys.argv[1]):,.0f}")' "$1"; }
max() { py "print(max($1,$2))"; }

# --- 1. build -----------------------------------------------------------------
CLI=$BUILD_DIR/app/epidesk-cli
QBENCH=$BUILD_DIR/bench/epidesk-warehouse-query-bench # bench/ added by the top-level CMakeLists.txt
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building epidesk-cli and epidesk-warehouse-query-bench (Release) in $BUILD_DIR"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCMAKE_PROJECT_INCLUDE="$ROOT/bench/warehouse-bench.cmake" -DEPIDESK_SHARED_DIR="$SHARED" \
    >"$WORK/cmake.log" 2>&1 || {
    tail -n 30 "$WORK/cmake.log" >&2
    exit 1
  }
  cmake --build "$BUILD_DIR" --target epidesk-cli epidesk-warehouse-query-bench -j "$JOBS" \
    >"$WORK/build.log" 2>&1 || {
    tail -n 30 "$WORK/build.log" >&2
    exit 1
  }
fi
[ -x "$QBENCH" ] || QBENCH=$BUILD_DIR/epidesk-warehouse-query-bench # or by bench/warehouse-bench.cmake
[ -x "$CLI" ] && [ -x "$QBENCH" ] || {
  log "no $CLI or $QBENCH"
  exit 1
}

# --- 2. demo files --------------------------------------------------------------
if [ -n "${FILES_DIR:-}" ]; then
  DATA=$FILES_DIR
else
  DATA=$WORK/files
  log "generating demo files at scale $SCALE"
  "$CLI" demo generate "$DATA" --scale "$SCALE" >/dev/null
fi
ROWS=$(json_get "$DATA/demo_manifest.json" total_rows)
ROWS=${ROWS%.*}
FILES=("$DATA"/EDA_Industrializados_*.csv)
log "$(fmt "$ROWS") rows in ${#FILES[@]} files ($(du -sh "$DATA" | cut -f1))"
[ "$ROWS" -ge 2000000 ] || {
  log "fewer than 2 million rows; raise SCALE"
  exit 1
}

# --- 3. ingest against COPY -------------------------------------------------------
log "starting a throw-away PostgreSQL cluster"
pg_throwaway_start
PSQL=("$PG_THROWAWAY_BIN/psql" -X -q -v ON_ERROR_STOP=1)
BASE_URL=$DATABASE_URL
db_url() { echo "${BASE_URL%/*}/$1"; }
fresh_db() {
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\""
}

"${PSQL[@]}" -c "CREATE UNLOGGED TABLE anvisa_sales (
  ano_venda text, mes_venda text, uf_venda text, municipio_venda text, principio_ativo text,
  descricao_apresentacao text, qtd_vendida text, unidade_medida text, conselho_prescritor text,
  uf_conselho_prescritor text, tipo_receituario text, cid10 text, sexo text, idade text, unidade_idade text)"
mkdir -p "$WORK/pg"
: >"$WORK/copy.sql"
: >"$WORK/copy-a.sql"
: >"$WORK/copy-b.sql"
i=0
for f in "${FILES[@]}"; do
  src=$f
  if LC_ALL=C grep -aqE $'^\r?$' "$f"; then # blank lines: COPY csv would fail (outside the timing)
    src=$WORK/pg/$(basename "$f")
    LC_ALL=C grep -avE $'^\r?$' "$f" >"$src"
  fi
  line=$(printf "\\\\copy anvisa_sales FROM '%s' WITH (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'WIN1252')" "$src")
  echo "$line" >>"$WORK/copy.sql"
  if [ $((i % 2)) = 0 ]; then echo "$line" >>"$WORK/copy-a.sql"; else echo "$line" >>"$WORK/copy-b.sql"; fi
  i=$((i + 1))
done

COPY1_BEST=0
COPY2_BEST=0
OUR_BEST=0
OUR_WALL_BEST=0
for run in $(seq 1 "$RUNS"); do
  "${PSQL[@]}" -c "TRUNCATE anvisa_sales" -c "CHECKPOINT"
  t0=$(now)
  "${PSQL[@]}" -f "$WORK/copy.sql"
  t1=$(now)
  PG_ROWS=$("${PSQL[@]}" -tA -c "SELECT count(*) FROM anvisa_sales")
  rate=$(py "print($PG_ROWS/($t1-$t0))")
  COPY1_BEST=$(max "$COPY1_BEST" "$rate")
  log "run $run: COPY, 1 session: $(fmt "$rate") rows/s"

  "${PSQL[@]}" -c "TRUNCATE anvisa_sales" -c "CHECKPOINT"
  t0=$(now)
  "${PSQL[@]}" -f "$WORK/copy-a.sql" &
  pa=$!
  "${PSQL[@]}" -f "$WORK/copy-b.sql"
  wait "$pa"
  t1=$(now)
  rate=$(py "print($("${PSQL[@]}" -tA -c "SELECT count(*) FROM anvisa_sales")/($t1-$t0))")
  COPY2_BEST=$(max "$COPY2_BEST" "$rate")
  log "run $run: COPY, 2 sessions: $(fmt "$rate") rows/s"

  fresh_db wh_ingest
  "$CLI" warehouse migrate --db "$(db_url wh_ingest)" >/dev/null
  "${PSQL[@]}" -c "CHECKPOINT"
  t0=$(now)
  "$CLI" import anvisa --db "$(db_url wh_ingest)" "${FILES[@]}" >"$WORK/import-$run.json"
  t1=$(now)
  read_rows=$(json_get "$WORK/import-$run.json" rows_read)
  secs=$(json_get "$WORK/import-$run.json" seconds)
  rate=$(py "print(${read_rows%.*}/max($secs,1e-9))")
  wall=$(py "print(${read_rows%.*}/($t1-$t0))")
  OUR_BEST=$(max "$OUR_BEST" "$rate")
  OUR_WALL_BEST=$(max "$OUR_WALL_BEST" "$wall")
  log "run $run: import --db: $(fmt "$rate") rows/s (wall $(fmt "$wall"))"
done
"${PSQL[@]}" -d "$(db_url wh_ingest)" -tA -c "SELECT 'raw ' || (SELECT count(*) FROM sale_record) || \
  ', sales_month ' || (SELECT count(*) FROM sales_month) || ', sales_month_uf ' || \
  (SELECT count(*) FROM sales_month_uf) || ', sales_profile ' || (SELECT count(*) FROM sales_profile)" |
  sed 's/^/[whbench] rows: /' >&2
"${PSQL[@]}" -c "DROP TABLE anvisa_sales"
PG_VERSION=$("${PSQL[@]}" -tA -c "SHOW server_version" | cut -d' ' -f1)
RATIO1=$(py "print(f'{$OUR_BEST/$COPY1_BEST:.2f}')")
RATIO2=$(py "print(f'{$OUR_BEST/$COPY2_BEST:.2f}')")

# --- 4. trend query on >= 20 M rows ---------------------------------------------------
BIG_ROWS=0
Q_INPROC="-"
Q_SQL="-"
Q_CLI="-"
Q_MUNI="-"
if [ "$BIG_SCALE" != 0 ]; then
  fresh_db wh_big
  "${PSQL[@]}" -d postgres -c "DROP DATABASE wh_ingest WITH (FORCE)"
  BIG=$WORK/big
  log "generating demo files at scale $BIG_SCALE"
  "$CLI" demo generate "$BIG" --scale "$BIG_SCALE" >/dev/null
  log "$(fmt "$(json_get "$BIG/demo_manifest.json" total_rows)") rows ($(du -sh "$BIG" | cut -f1)); importing"
  t0=$(now)
  "$CLI" import anvisa --db "$(db_url wh_big)" "$BIG"/EDA_Industrializados_*.csv >"$WORK/import-big.json"
  t1=$(now)
  rm -rf "$BIG"
  BIG_URL=$(db_url wh_big)
  "${PSQL[@]}" -d "$BIG_URL" -c "VACUUM ANALYZE"
  BIG_ROWS=$("${PSQL[@]}" -d "$BIG_URL" -tA -c "SELECT count(*) FROM sale_record")
  log "warehouse: $(fmt "$BIG_ROWS") raw rows, import $(fmt "$(py "print($BIG_ROWS/($t1-$t0))")") rows/s wall"
  [ "$BIG_ROWS" -ge 20000000 ] || log "WARNING: fewer than 20 million raw rows; raise BIG_SCALE"
  "${PSQL[@]}" -d "$BIG_URL" -tA -c "SELECT 'sales_month ' || (SELECT count(*) FROM sales_month) || \
    ', sales_month_uf ' || (SELECT count(*) FROM sales_month_uf) || ', database ' || \
    pg_size_pretty(pg_database_size(current_database()))" | sed 's/^/[whbench] /' >&2

  # In-process: runTrends on an open source (median/p95 of QUERY_RUNS).
  "$QBENCH" "$BIG_URL" "$INGREDIENT" "$QUERY_RUNS" >"$WORK/query.json"
  log "in-process: $(cat "$WORK/query.json")"
  Q_INPROC=$(py 'import json,sys; t=json.load(open(sys.argv[1]))["trend_uf_month"]; print("%.1f / %.1f" % (t["median_ms"], t["p95_ms"]))' "$WORK/query.json")
  Q_MUNI=$(py 'import json,sys; t=json.load(open(sys.argv[1]))["cells_municipality"]; print("%.0f" % t["median_ms"])' "$WORK/query.json")

  # The SQL alone, as WarehouseSource sends it (ids looked up the same way).
  IDS=$("${PSQL[@]}" -d "$BIG_URL" -tA -c "SELECT '{' || string_agg(id::text, ',') || '}' FROM ingredient \
    WHERE name_key LIKE '%' || upper('$INGREDIENT') || '%'")
  SQL="SELECT period, uf_code, 0, SUM(prescriptions)::bigint, SUM(units)::bigint FROM sales_month_uf \
WHERE ingredient_id = ANY('$IDS'::integer[]) AND period BETWEEN 201401 AND 202112 GROUP BY 1, 2 ORDER BY 1, 2"
  "${PSQL[@]}" -d "$BIG_URL" -c "EXPLAIN (ANALYZE, BUFFERS) $SQL" >"$WORK/plan.txt"
  sed 's/^/[whbench]   /' "$WORK/plan.txt" >&2
  : >"$WORK/sql-ms"
  for _ in $(seq 1 "$QUERY_RUNS"); do
    "${PSQL[@]}" -d "$BIG_URL" -tA -c "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) $SQL" |
      py 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])' >>"$WORK/sql-ms"
  done

  # End to end through the CLI, minus process start.
  : >"$WORK/cli-ms"
  : >"$WORK/start-ms"
  for _ in $(seq 1 "$QUERY_RUNS"); do
    t0=$(now)
    "$CLI" trends --db "$BIG_URL" --ingredient-contains "$INGREDIENT" --level uf --period month \
      --from 2014 --to 2021 >"$WORK/trends.json"
    t1=$(now)
    "$CLI" trends --help >/dev/null
    t2=$(now)
    py "print(($t1-$t0)*1000)" >>"$WORK/cli-ms"
    py "print(($t2-$t1)*1000)" >>"$WORK/start-ms"
  done
  stats() { py 'import sys,statistics as s; v=sorted(float(x) for x in open(sys.argv[1])); print(f"{s.median(v):.1f} / {v[min(len(v)-1,int(0.95*len(v)+0.999)-1)]:.1f}")' "$1"; }
  Q_SQL=$(stats "$WORK/sql-ms")
  CLI_STATS=$(stats "$WORK/cli-ms")
  START_STATS=$(stats "$WORK/start-ms")
  Q_CLI=$(py "import statistics as s; a=[float(x) for x in open('$WORK/cli-ms')]; b=[float(x) for x in open('$WORK/start-ms')]; print(f'{s.median(a)-s.median(b):.0f}')")
  log "SQL execution (median / p95 ms): $Q_SQL"
  log "CLI trends end-to-end: $CLI_STATS ms; process start (trends --help): $START_STATS ms"
fi
pg_throwaway_stop

# --- 5. report ------------------------------------------------------------------------
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//' || echo unknown)
RAM=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
DATE=$(date -u +%Y-%m-%dT%H:%MZ)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "?")
[ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null | head -n 1)" ] && COMMIT="$COMMIT+changes"

echo
echo "ingest rows:             $(fmt "$ROWS")"
echo "import anvisa --db:      $(fmt "$OUR_BEST") rows/s ($(fmt "$OUR_WALL_BEST") wall), best of $RUNS"
echo "COPY unlogged, 1 / 2:    $(fmt "$COPY1_BEST") / $(fmt "$COPY2_BEST") rows/s (PG $PG_VERSION)"
echo "ratio vs 1 / 2 sessions: $RATIO1 / $RATIO2   (target >= 0.8)"
echo "trend query at $(fmt "$BIG_ROWS") raw rows (median / p95 ms): in-process $Q_INPROC, SQL $Q_SQL, CLI minus start $Q_CLI"
echo "municipality-level cells (median ms, for comparison): $Q_MUNI"

if [ "${NO_DOCS:-0}" != 1 ]; then
  if ! grep -q '^## Warehouse' "$DOC" 2>/dev/null; then
    cat >>"$DOC" <<'EOF'

## Warehouse (`bench/run-warehouse-bench.sh`)

Ingest: `epidesk-cli import anvisa --db URI FILES...` (2 files in parallel,
each its own transaction: raw COPY into the month partitions of
`sale_record`, the marts, provenance) on the same ≥ 2-million-row demo files
as the import benchmark, into a fresh, migrated database on a throw-away
cluster (`scripts/pg-throwaway.sh`: fsync off, so WAL is written but not
flushed, for both sides). Beside it, in the same run and on the same cluster,
plain `\copy` of the same files into an UNLOGGED table of 15 text columns from
1 psql session and from 2 in parallel. Best of 3 each; "ratio" = import ÷
COPY. Target ≥ 0.8.

Query: the dashboard's trend (azitromicina, every UF, monthly, 2014-2021) on
a warehouse of ≥ 20 million raw rows (demo scale 0.04), median / p95 of 20
runs: in-process = `runTrends()` on an open `WarehouseSource` (SQL, transfer
and the Mann-Kendall tests); SQL = server execution time of the mart query;
CLI = `epidesk-cli trends --db` wall-clock minus the median start of
`epidesk-cli trends --help` (so it includes connecting and reading the
reference geography). Target < 100 ms.

| date (UTC) | commit | machine | ingest rows | import rows/s (wall) | COPY 1 / 2 sessions rows/s | ratio 1 / 2 | raw rows (query) | trend in-process ms | SQL ms | CLI − start ms |
|---|---|---|---|---|---|---|---|---|---|---|
EOF
  fi
  doc_add_row "$DOC" "## Warehouse" "$(printf '| %s | %s | %s CPU(s), %s, %s, load %s | %s | %s (%s) | %s / %s (PG %s) | %s / %s | %s | %s | %s | %s |' \
    "$DATE" "$COMMIT" "$(nproc)" "$CPU" "$RAM" "$LOAD" "$(fmt "$ROWS")" "$(fmt "$OUR_BEST")" "$(fmt "$OUR_WALL_BEST")" \
    "$(fmt "$COPY1_BEST")" "$(fmt "$COPY2_BEST")" "$PG_VERSION" "$RATIO1" "$RATIO2" "$(fmt "$BIG_ROWS")" \
    "$Q_INPROC" "$Q_SQL" "$Q_CLI")"
  log "appended the result to $DOC"
fi
