#!/usr/bin/env bash
# Cluster API benchmark, loopback only, bounded (about 40 s of wrk in total).
#
#   bench/run-cluster-bench.sh          # uses an existing build (BUILD_DIR)
#
# 1. Throw-away PostgreSQL (scripts/pg-throwaway.sh) and a tiny embedded store
#    (epidesk-cli demo generate --scale 0.001 --from 2021 --to 2021 + import).
# 2. epidesk-server on a free loopback port (test kinds on: "sleep" jobs) and
#    one worker to compute a trends job once.
# 3. Cached-result GET: wrk on GET /v1/jobs/{id} of the succeeded trends job
#    (result included), paced by a Lua delay() to about $GET_RATE requests/s
#    (wrk has no fixed-rate mode; latency is measured per request, without
#    wrk2's coordinated-omission correction), $GET_SECONDS s. Then the same
#    unpaced for 5 s to show the ceiling.
# 4. Submission: wrk POST /v1/jobs, every request a new "sleep" job (unique
#    tag, so each one is an INSERT + commit), paced to about $POST_RATE/s,
#    $POST_SECONDS s, no workers running.
# 5. Throughput of trivial jobs (sleep 0 ms): $JOBS_N jobs queued by SQL,
#    (then VACUUM ANALYZE), then 1, 2 and 4 workers (WORKER_COUNTS); jobs/s =
#    N / time from starting the workers until the queue is empty.
# 6. Adds the run to the Cluster API section of docs/benchmarks.md (NO_DOCS=1: print only).
#
# Environment: BUILD_DIR (default build-cl), GET_RATE (1000), GET_SECONDS (15),
# POST_RATE (300), POST_SECONDS (10), JOBS_N (1000), EPIDESK_SHARED_DIR,
# BENCH_DOC, KEEP=1 (keep work dir), PG_BIN.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build-cl}
GET_RATE=${GET_RATE:-1000}
GET_SECONDS=${GET_SECONDS:-15}
POST_RATE=${POST_RATE:-300}
POST_SECONDS=${POST_SECONDS:-10}
JOBS_N=${JOBS_N:-1000}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
export EPIDESK_SHARED_DIR=$SHARED EPIDESK_LANG=en EPIDESK_CLUSTER_TEST_KINDS=1
CLI=$BUILD_DIR/app/epidesk-cli
SERVER=$BUILD_DIR/cluster/epidesk-server
WORKER=$BUILD_DIR/cluster/epidesk-worker
for b in "$CLI" "$SERVER" "$WORKER"; do
  [ -x "$b" ] || { echo "missing $b (build epidesk-cli epidesk-server epidesk-worker in $BUILD_DIR)" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "wrk not installed" >&2; exit 1; }

# shellcheck source=scripts/pg-throwaway.sh
. "$ROOT/scripts/pg-throwaway.sh"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/epidesk-cluster-bench.XXXXXX")
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pg_throwaway_stop || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work dir kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { printf '[cluster-bench] %s\n' "$*" >&2; }
LOAD=$(cut -d' ' -f1 /proc/loadavg)
PSQL() { "$PG_THROWAWAY_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -d "$DATABASE_URL" "$@"; }

# --- 1. database and data ------------------------------------------------------
pg_throwaway_start
log "PostgreSQL at $DATABASE_URL"
"$CLI" demo generate "$WORK/files" --seed 3 --scale 0.001 --from 2021 --to 2021 >/dev/null
"$CLI" import anvisa --store "$WORK/store.gpkg" "$WORK"/files/*.csv >/dev/null
TOKEN=$("$SERVER" token create --db "$DATABASE_URL" --user bench --role analyst)

# --- 2. server and one worker --------------------------------------------------
"$SERVER" --db "$DATABASE_URL" --data "$WORK/store.gpkg" --listen 127.0.0.1:0 >"$WORK/server.out" 2>"$WORK/server.err" &
PIDS+=($!)
for _ in $(seq 100); do grep -q '^listening' "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
PORT=$(sed -n 's/^listening on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$WORK/server.out")
DATA_VERSION=$(sed -n 's/.*data_version=\(.*\)$/\1/p' "$WORK/server.out")
[ -n "$PORT" ] || { cat "$WORK/server.err" >&2; exit 1; }
BASE=http://127.0.0.1:$PORT
log "server at $BASE (data version $DATA_VERSION)"
"$WORKER" --db "$DATABASE_URL" --data "$WORK/store.gpkg" --max-jobs 1 2>"$WORK/worker0.err" &
WPID=$!
PIDS+=($WPID)
BODY='{"kind":"trends","params":{"ingredient_contains":"azitromicina","level":"uf","period":"month"}}'
JOB=$(curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$BODY" "$BASE/v1/jobs" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["job_id"])')
for _ in $(seq 600); do
  STATUS=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/v1/jobs/$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  [ "$STATUS" = succeeded ] && break
  sleep 0.1
done
[ "$STATUS" = succeeded ] || { echo "trends job did not finish: $STATUS" >&2; exit 1; }
wait "$WPID" || true
RESULT_BYTES=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/v1/jobs/$JOB" | wc -c)
log "cached job $JOB, GET body $RESULT_BYTES bytes"

# --- wrk scripts ----------------------------------------------------------------
cat >"$WORK/common.lua" <<'LUA'
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
cat >"$WORK/submit.lua" <<'LUA'
dofile(os.getenv("COMMON"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local n = 0
local thread_id = 0
function setup(thread) thread:set("tid", thread_id); thread_id = thread_id + 1 end
function request()
  n = n + 1
  return wrk.format(nil, nil, nil, string.format('{"kind":"sleep","params":{"ms":0,"tag":"wrk-%s-%d-%d"}}', tid, n, os.time()))
end
LUA
export TOKEN COMMON=$WORK/common.lua
# Pacing: each connection waits DELAY_MS between requests, so the offered
# rate is about connections * 1000 / (DELAY_MS + latency).
run_wrk() { # name connections delay_ms seconds script url
  DELAY_MS=$3 wrk -t2 -c"$2" -d"$4"s -s "$5" "$6" | tail -n 1 >"$WORK/$1.json"
  log "$1: $(cat "$WORK/$1.json")"
}

# --- 3. cached GET --------------------------------------------------------------
run_wrk get_paced 11 $((10000 / GET_RATE)) "$GET_SECONDS" "$WORK/common.lua" "$BASE/v1/jobs/$JOB"
run_wrk get_max 10 0 5 "$WORK/common.lua" "$BASE/v1/jobs/$JOB"
# --- 4. submission ----------------------------------------------------------------
run_wrk post_paced 4 $((4000 / POST_RATE)) "$POST_SECONDS" "$WORK/submit.lua" "$BASE/v1/jobs"
SUBMITTED=$(PSQL -c "SELECT count(*) FROM epidesk_cluster.jobs WHERE kind = 'sleep'")
log "jobs stored by the submission run: $SUBMITTED"

# --- 5. worker throughput -------------------------------------------------------
declare -A RATE
for W in ${WORKER_COUNTS:-1 2 4}; do
  PSQL -c "DELETE FROM epidesk_cluster.jobs; DELETE FROM epidesk_cluster.results; DELETE FROM epidesk_cluster.workers"
  PSQL -c "INSERT INTO epidesk_cluster.jobs (owner, kind, request, cache_key, data_version)
           SELECT 'bench', 'sleep', json_build_object('kind', 'sleep', 'params', json_build_object('ms', 0, 'tag', 't' || i)),
                  md5('$W-' || i), '$DATA_VERSION' FROM generate_series(1, $JOBS_N) i"
  # Steady state as autovacuum keeps it: without this the first run walks the
  # dead index entries of the rows just deleted (measured: ~20 jobs/s).
  PSQL -c "VACUUM ANALYZE epidesk_cluster.jobs"
  WP=()
  START=$(date +%s.%N)
  for i in $(seq "$W"); do
    "$WORKER" --db "$DATABASE_URL" --data "$WORK/store.gpkg" --poll-ms 20 2>"$WORK/worker-$W-$i.err" &
    WP+=($!)
    PIDS+=($!)
  done
  LEFT=$JOBS_N
  for _ in $(seq 1200); do # at most 60 s
    LEFT=$(PSQL -c "SELECT count(*) FROM epidesk_cluster.jobs WHERE status IN ('queued', 'running')")
    [ "$LEFT" = 0 ] && break
    sleep 0.05
  done
  END=$(date +%s.%N)
  for p in "${WP[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${WP[@]}"; do wait "$p" 2>/dev/null || true; done
  DONE=$(PSQL -c "SELECT count(*) FROM epidesk_cluster.jobs WHERE status = 'succeeded'")
  # Worker start-up (open the store, connect) is inside the window: it is small next to N jobs.
  RATE[$W]=$(python3 -c "print(f'{$DONE / ($END - $START):.0f}')")
  log "$W worker(s): $DONE of $JOBS_N jobs in $(python3 -c "print(f'{$END - $START:.2f}')") s = ${RATE[$W]} jobs/s"
done

# --- 6. report ----------------------------------------------------------------------
j() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); v=d[sys.argv[2]]; print(f"{v:.2f}" if isinstance(v,float) else v)' "$WORK/$1.json" "$2"; }
rate() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("%.0f" % (d["requests"] / d["seconds"]))' "$WORK/$1.json"; }
REPORT=$(cat <<MD

### $(date -u +%Y-%m-%dT%H:%MZ), $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')+changes, $(nproc) CPU(s), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1), load $LOAD

| measurement | connections | offered | achieved req/s | p50 ms | p90 ms | p99 ms | max ms | errors | non-2xx |
|---|---|---|---|---|---|---|---|---|---|
| cached-result GET /v1/jobs/{id} ($RESULT_BYTES B) | 11 | ~$GET_RATE/s | $(rate get_paced) | $(j get_paced p50_ms) | $(j get_paced p90_ms) | $(j get_paced p99_ms) | $(j get_paced max_ms) | $(j get_paced errors) | $(j get_paced non2xx) |
| cached-result GET, unpaced (ceiling) | 10 | max | $(rate get_max) | $(j get_max p50_ms) | $(j get_max p90_ms) | $(j get_max p99_ms) | $(j get_max max_ms) | $(j get_max errors) | $(j get_max non2xx) |
| submission POST /v1/jobs (new job each) | 4 | ~$POST_RATE/s | $(rate post_paced) | $(j post_paced p50_ms) | $(j post_paced p90_ms) | $(j post_paced p99_ms) | $(j post_paced max_ms) | $(j post_paced errors) | $(j post_paced non2xx) |

Trivial jobs (sleep 0 ms), $JOBS_N queued: 1 worker ${RATE[1]} jobs/s, 2 workers ${RATE[2]} jobs/s, 4 workers ${RATE[4]} jobs/s.
MD
)
echo "$REPORT"
if [ "${NO_DOCS:-0}" != 1 ]; then
  # shellcheck source=doc-row.sh
  . "$ROOT/bench/doc-row.sh"
  doc_add_section "$DOC" "## Cluster API" "$REPORT"
  log "added to the Cluster API section of $DOC"
fi
