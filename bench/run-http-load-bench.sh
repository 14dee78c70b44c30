#!/usr/bin/env bash
# HTTP server under connection load, loopback only, bounded (about 60 s).
#
#   bench/run-http-load-bench.sh        # uses an existing build (BUILD_DIR)
#
# 1. Throw-away PostgreSQL (scripts/pg-throwaway.sh), a tiny embedded store
#    (demo data, 2021, scale 0.001), epidesk-server on a free loopback port
#    with its default timeouts and caps raised for one client address
#    (--max-connections-per-client; everything here comes from 127.0.0.1),
#    and one worker to compute a trends job once.
# 2. Plain: wrk on GET /v1/health (answered from memory) and on the cached
#    GET /v1/jobs/{id}, each paced by a Lua delay() to about $RATE requests/s
#    for $SECONDS_EACH s (as in run-cluster-bench.sh: latency per request,
#    no coordinated-omission correction).
# 3. Loaded: bench/hold-connections.py opens $IDLE idle keep-alive connections
#    (one request each, then silent) and $SLOW slowloris connections (a header
#    byte per second, reopened when the server cuts them at --header-timeout),
#    then the same two wrk runs while they are held.
# 4. Server RSS before and with the held connections; the helper's counts.
# 5. Adds the run to the HTTP server section of docs/benchmarks.md (NO_DOCS=1: print only).
#
# Environment: BUILD_DIR (default build), RATE (1000), SECONDS_EACH (10),
# IDLE (5000), SLOW (200), HEADER_TIMEOUT (10), EPIDESK_SHARED_DIR, BENCH_DOC,
# KEEP=1 (keep work dir), PG_BIN.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
RATE=${RATE:-1000}
SECONDS_EACH=${SECONDS_EACH:-10}
IDLE=${IDLE:-5000}
SLOW=${SLOW:-200}
HEADER_TIMEOUT=${HEADER_TIMEOUT:-10}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
export EPIDESK_SHARED_DIR=$SHARED EPIDESK_LANG=en
CLI=$BUILD_DIR/app/epidesk-cli
SERVER=$BUILD_DIR/cluster/epidesk-server
WORKER=$BUILD_DIR/cluster/epidesk-worker
for b in "$CLI" "$SERVER" "$WORKER"; do
  [ -x "$b" ] || { echo "missing $b (build epidesk-cli epidesk-server epidesk-worker in $BUILD_DIR)" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "wrk not installed" >&2; exit 1; }
ulimit -n "$(ulimit -Hn)" # the helper and the server each hold IDLE + SLOW descriptors

# shellcheck source=scripts/pg-throwaway.sh
. "$ROOT/scripts/pg-throwaway.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/epidesk-http-bench.XXXXXX")
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pg_throwaway_stop || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work dir kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { printf '[http-bench] %s\n' "$*" >&2; }
LOAD=$(cut -d' ' -f1 /proc/loadavg)
rss_kib() { sed -n 's/^VmRSS:\s*\([0-9]*\) kB/\1/p' "/proc/$1/status"; }

# --- 1. database, data, server, one worker ---------------------------------------
pg_throwaway_start
log "PostgreSQL at $DATABASE_URL"
"$CLI" demo generate "$WORK/files" --seed 3 --scale 0.001 --from 2021 --to 2021 >/dev/null
"$CLI" import anvisa --store "$WORK/store.gpkg" "$WORK"/files/*.csv >/dev/null
TOKEN=$("$SERVER" token create --db "$DATABASE_URL" --user bench --role analyst)
"$SERVER" --db "$DATABASE_URL" --data "$WORK/store.gpkg" --listen 127.0.0.1:0 \
  --header-timeout "$HEADER_TIMEOUT" --max-connections-per-client 20000 \
  >"$WORK/server.out" 2>"$WORK/server.err" &
SPID=$!
PIDS+=($SPID)
for _ in $(seq 100); do grep -q '^listening' "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
PORT=$(sed -n 's/^listening on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$WORK/server.out")
[ -n "$PORT" ] || { cat "$WORK/server.err" >&2; exit 1; }
BASE=http://127.0.0.1:$PORT
log "server at $BASE ($(grep -o 'open files limit [0-9]*' "$WORK/server.err" || echo 'open files limit ?'))"
"$WORKER" --db "$DATABASE_URL" --data "$WORK/store.gpkg" --max-jobs 1 2>"$WORK/worker.err" &
WPID=$!
PIDS+=($WPID)
BODY='{"kind":"trends","params":{"ingredient_contains":"azitromicina","level":"uf","period":"month"}}'
JOB=$(curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" "$BASE/v1/jobs" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["job_id"])')
STATUS=queued
for _ in $(seq 600); do
  STATUS=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/v1/jobs/$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  [ "$STATUS" = succeeded ] && break
  sleep 0.1
done
[ "$STATUS" = succeeded ] || { echo "trends job did not finish: $STATUS" >&2; exit 1; }
wait "$WPID" || true
RESULT_BYTES=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/v1/jobs/$JOB" | wc -c)
log "cached job $JOB, GET body $RESULT_BYTES bytes"

cat >"$WORK/paced.lua" <<'LUA'
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local pace = tonumber(os.getenv("DELAY_MS") or "0")
function delay() return pace end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"seconds":%.3f,"errors":%d,"non2xx":%d,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f}\n',
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
export TOKEN
run_wrk() { # name url: 10 connections paced to about RATE/s
  DELAY_MS=$((10000 / RATE)) wrk -t2 -c10 -d"$SECONDS_EACH"s -s "$WORK/paced.lua" "$2" | tail -n 1 >"$WORK/$1.json"
  log "$1: $(cat "$WORK/$1.json")"
}

# --- 2. plain ---------------------------------------------------------------------
RSS_PLAIN=$(rss_kib "$SPID")
run_wrk health_plain "$BASE/v1/health"
run_wrk job_plain "$BASE/v1/jobs/$JOB"

# --- 3. with idle and slowloris connections held -----------------------------------------
python3 "$ROOT/bench/hold-connections.py" "$PORT" "$IDLE" "$SLOW" "$WORK/held.ready" >"$WORK/held.json" 2>"$WORK/held.err" &
HPID=$!
PIDS+=($HPID)
for _ in $(seq 600); do [ -f "$WORK/held.ready" ] && break; sleep 0.1; done
[ -f "$WORK/held.ready" ] || { cat "$WORK/held.err" >&2; echo "helper did not open its connections" >&2; exit 1; }
OPEN=$(ls "/proc/$SPID/fd" | wc -l)
RSS_HELD=$(rss_kib "$SPID")
log "held: server has $OPEN descriptors open, RSS $RSS_HELD KiB (plain $RSS_PLAIN KiB)"
run_wrk health_held "$BASE/v1/health"
run_wrk job_held "$BASE/v1/jobs/$JOB"
kill "$HPID"
wait "$HPID" 2>/dev/null || true
log "helper: $(cat "$WORK/held.json")"

# --- 4. report ------------------------------------------------------------------------
j() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); v=d[sys.argv[2]]; print(f"{v:.2f}" if isinstance(v,float) else v)' "$WORK/$1.json" "$2"; }
rate() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("%.0f" % (d["requests"] / d["seconds"]))' "$WORK/$1.json"; }
h() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$WORK/held.json" "$1"; }
row() { # name label held
  echo "| $2 | $3 | ~$RATE/s | $(rate "$1") | $(j "$1" p50_ms) | $(j "$1" p90_ms) | $(j "$1" p99_ms) | $(j "$1" max_ms) | $(j "$1" errors) | $(j "$1" non2xx) |"
}
REPORT=$(cat <<MD

### $(date -u +%Y-%m-%dT%H:%MZ), $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')+changes, $(nproc) CPU(s), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), load $LOAD

| measurement | held open | offered | achieved req/s | p50 ms | p90 ms | p99 ms | max ms | errors | non-2xx |
|---|---|---|---|---|---|---|---|---|---|
$(row health_plain "GET /v1/health (from memory)" "none")
$(row job_plain "cached GET /v1/jobs/{id} ($RESULT_BYTES B)" "none")
$(row health_held "GET /v1/health (from memory)" "$IDLE idle + $SLOW slowloris")
$(row job_held "cached GET /v1/jobs/{id} ($RESULT_BYTES B)" "$IDLE idle + $SLOW slowloris")

Held connections: $(h idle_open) idle opened ($(h idle_answered) answered, $(h idle_closed_by_server) closed by the server, $(h refused) refused by connect), $SLOW slowloris cut $(h slow_cut_by_server) times at --header-timeout $HEADER_TIMEOUT s and reopened; server $OPEN descriptors, RSS $RSS_PLAIN KiB plain, $RSS_HELD KiB with the connections held.
MD
)
echo "$REPORT"
if [ "${NO_DOCS:-0}" != 1 ]; then
  # shellcheck source=doc-row.sh
  . "$ROOT/bench/doc-row.sh"
  doc_add_section "$DOC" "## HTTP server under connection load" "$REPORT"
  log "added to the HTTP server section of $DOC"
fi
