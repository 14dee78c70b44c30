#!/usr/bin/env bash
# Dashboard open-to-first-paint benchmark (issue 12): each example dashboard
# of the demo folder opened in the desktop's DashboardWindow until every panel
# has computed and drawn; the classic main window on the same store in the
# same run as the baseline. Target: < 1 s per example dashboard.
#
#   bench/run-dashboard-bench.sh          # build, demo create, 3 rounds, update docs
#
# Environment: ROUNDS (3), BUILD_DIR (build), DEMO_DIR (a fresh temp folder;
# an existing demo folder is reused), SKIP_BUILD=1, NO_DOCS=1, BENCH_DOC,
# EPIDESK_SHARED_DIR (../shared). Without a display it runs inside xvfb-run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${ROUNDS:-3}
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
# shellcheck source=bench/doc-row.sh
source "$ROOT/bench/doc-row.sh"
export EPIDESK_SHARED_DIR=$SHARED EPIDESK_LANG=en
log() { printf '[bench] %s\n' "$*" >&2; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja >/dev/null
  cmake --build "$BUILD_DIR" --target epidesk-cli epidesk-dashboard-bench >/dev/null
fi
DEMO=${DEMO_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/epidesk-dashboard-bench.XXXXXX")}
log "demo folder: $DEMO"
"$BUILD_DIR/app/epidesk-cli" demo create "$DEMO" >/dev/null
examples=("$DEMO/azithromycin-brazil.epidash" "$DEMO/covid19-poland.epidash" "$DEMO/relocation-after-a-wave.epidash")
run=("$BUILD_DIR/bench/epidesk-dashboard-bench" "$ROUNDS" "$DEMO/demo.gpkg" "${examples[@]}")
out=$(mktemp)
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}" >"$out" 2>/dev/null
else
  "${run[@]}" >"$out" 2>/dev/null
fi
cat "$out" >&2

machine="$(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//' | cut -c1-30), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1 /proc/loadavg)"
commit="$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo +changes)"
when=$(date -u +%Y-%m-%dT%H:%MZ)
# One row per dashboard: cold (round 1) and the median of the later rounds.
rows=$(python3 - "$out" "$when" "$commit" "$machine" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
when, commit, machine = sys.argv[2:5]
base = [r["ms"] for r in rows if r["what"] == "main_window"]
base_warm = statistics.median(base[1:]) if len(base) > 1 else base[0]
for what in dict.fromkeys(r["what"] for r in rows if r["what"] != "main_window"):
    ms = [r["ms"] for r in rows if r["what"] == what]
    warm = statistics.median(ms[1:]) if len(ms) > 1 else ms[0]
    panels = next(r["panels"] for r in rows if r["what"] == what)
    ok = "yes" if max(ms) < 1000 else "no"
    print(f"| {when} | {commit} | {machine} | {what} | {panels} | {ms[0]:.0f} | {warm:.0f} | {base[0]:.0f} / {base_warm:.0f} | {ok} |")
PY
)
echo "$rows"
if [ "${NO_DOCS:-0}" != 1 ]; then
  if ! grep -q '^## Dashboards' "$DOC"; then
    doc_add_section "$DOC" "## Dashboards" "$(cat <<'MD'

## Dashboards: open to first paint (`bench/run-dashboard-bench.sh`)

What is measured: each example dashboard of `epidesk-cli demo create` opened
in the desktop's `DashboardWindow` (read and validate the document, open the
store, build the docks, compute every panel in worker threads, draw) until
every panel has drawn its first result, in one process
(`bench/dashboard_open.cpp`, under Xvfb). Round 1 is cold for the process
(the dashboards run before anything else read the boundaries); "warm" is the
median of the later rounds. Baseline in the same run: the classic main window
opened on the same store until its trends tab shows the first result (cold /
warm). Target: under 1 s per example dashboard.

| date (UTC) | commit | machine | dashboard | panels | cold ms | warm ms | main window ms (cold / warm) | < 1 s |
|---|---|---|---|---|---|---|---|---|
MD
)"
  fi
  while IFS= read -r row; do doc_add_row "$DOC" "## Dashboards" "$row"; done <<<"$rows"
fi
