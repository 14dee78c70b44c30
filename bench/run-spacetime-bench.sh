#!/usr/bin/env bash
# Space-time cube benchmark (issue 13): build time and frame time while
# rotating, for UF x year, municipality x year, municipality x month and
# powiat x week on the demo store, on Mesa's software renderer under Xvfb;
# baseline in the same run: the 2-D map of the same data drawn at the same
# size. Targets: build < 1 s and >= 20 frames/s for municipality x 8 years.
#
#   bench/run-spacetime-bench.sh     # build, demo create, measure, update docs
#
# Environment: BUILD_DIR (build), DEMO_DIR (a fresh temp folder; an existing
# demo folder is reused), FRAMES (40), SKIP_BUILD=1, NO_DOCS=1, BENCH_DOC,
# EPIDESK_SHARED_DIR (../shared). Without a display it runs inside xvfb-run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
FRAMES=${FRAMES:-40}
# shellcheck source=bench/doc-row.sh
source "$ROOT/bench/doc-row.sh"
export EPIDESK_SHARED_DIR=$SHARED EPIDESK_LANG=en
log() { printf '[bench] %s\n' "$*" >&2; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja >/dev/null
  cmake --build "$BUILD_DIR" --target epidesk-cli epidesk-spacetime-bench >/dev/null
fi
DEMO=${DEMO_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/epidesk-spacetime-bench.XXXXXX")}
[ -f "$DEMO/demo.gpkg" ] || "$BUILD_DIR/app/epidesk-cli" demo create "$DEMO" >/dev/null
run=("$BUILD_DIR/bench/epidesk-spacetime-bench" "$DEMO/demo.gpkg" "$FRAMES")
out=$(mktemp)
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}" >"$out" 2>/dev/null
else
  "${run[@]}" >"$out" 2>/dev/null
fi
cat "$out" >&2

renderer=$( (DISPLAY=${DISPLAY:-} glxinfo 2>/dev/null || true) | sed -n 's/^OpenGL renderer string: //p' | cut -c1-40)
machine="$(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//' | cut -c1-30), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1 /proc/loadavg), ${renderer:-Mesa llvmpipe}"
commit="$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo +changes)"
when=$(date -u +%Y-%m-%dT%H:%MZ)
rows=$(python3 - "$out" "$when" "$commit" "$machine" <<'PY'
import json, sys
when, commit, machine = sys.argv[2:5]
for line in open(sys.argv[1]):
    if not line.startswith("{"):
        continue
    r = json.loads(line)
    if "error" in r:
        print(f"| {when} | {commit} | {machine} | {r['what']} | error: {r['error']} | | | | | | |")
        continue
    ok = ""
    if r["what"] == "municipality x year":
        ok = "yes" if r["build_cold_ms"] < 1000 and r["fps_960x600"] >= 20 else "no"
    print(f"| {when} | {commit} | {machine} | {r['what']} | {r['districts']} × {r['periods']} | {r['cells']:.0f} "
          f"| {r['build_cold_ms']:.0f} / {r['build_warm_ms']:.0f} | {r['fps_1280x800']:.1f} | {r['fps_960x600']:.1f} "
          f"| {r['map_2d_draw_ms']:.1f} | {ok} |")
PY
)
echo "$rows"
if [ "${NO_DOCS:-0}" != 1 ]; then
  if ! grep -q '^## Space-time cube' "$DOC"; then
    doc_add_section "$DOC" "## Space-time cube" "$(cat <<'MD'

## Space-time cube (`bench/run-spacetime-bench.sh`)

What is measured (`bench/spacetime_bench.cpp`, one process on the demo store,
under Xvfb with Mesa's software renderer): the time to build a
`trend_spacetime` panel beside a computed map (triangulate and simplify the
boundaries, fill the slabs; cold = the ground mesh is made, warm = cached for
a second panel), and the frame time while the camera turns 3° a frame,
rendered off screen and finished on the GPU, at 1280 × 800 (a large panel)
and 960 × 600 (a dock of a 1600 × 1000 window). Baseline in the same run: the
2-D map widget of the same data drawn at 1280 × 800. Target: build < 1 s and
≥ 20 frames/s for municipality × 8 years (the last column, at 960 × 600).

| date (UTC) | commit | machine | data | districts × periods | cells | build ms (cold / warm) | fps 1280×800 | fps 960×600 | 2-D map draw ms | target met |
|---|---|---|---|---|---|---|---|---|---|---|
MD
)"
  fi
  while IFS= read -r row; do doc_add_row "$DOC" "## Space-time cube" "$row"; done <<<"$rows"
fi
