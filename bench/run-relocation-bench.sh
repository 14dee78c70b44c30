#!/usr/bin/env bash
# Relocation benchmark (issue 6): the generated Poland scenario solved to a 1 %
# gap by CBC (epidesk-cli relocate), and the same model (MPS) by GLPK's glpsol
# in the same run.
#
#   bench/run-relocation-bench.sh        # build, generate, solve twice, update docs
#
# 1. Builds epidesk-cli in $BUILD_DIR (RelWithDebInfo) unless SKIP_BUILD=1.
# 2. epidesk-cli demo relocation DIR --seed $SEED (380 powiats, 60 hospitals,
#    12 procedure groups, 6 months, a wave in two voivodeships).
# 3. CBC: epidesk-cli relocate --scenario DIR --gap $GAP --time-limit $CAP
#    --write-mps FILE. "CBC s" is the JSON's seconds (model build + solve; the
#    MPS write is excluded); the process wall-clock is shown in brackets.
# 4. GLPK: glpsol --freemps FILE --min --mipgap $GAP --tmlim $CAP; wall-clock.
#    Its solution status is f both at the cap and at the gap: only the log's
#    "TIME LIMIT EXCEEDED" makes the row say "> CAP s".
# 4b. Plain CBC: cbc FILE -ratioGap $GAP -seconds $CAP -threads 1 -solve, wall-clock.
# 5. Appends a row to the "Relocation" section of docs/benchmarks.md.
#    Target: CBC under 30 s and at least 5x faster than GLPK.
#
# Environment: SEED (1), GAP (0.01), CAP (300), JOBS (2), BUILD_DIR (build-bench),
# SKIP_BUILD=1, EPIDESK_SHARED_DIR (../shared), NO_DOCS=1, BENCH_DOC, KEEP=1.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SEED=${SEED:-1}
GAP=${GAP:-0.01}
CAP=${CAP:-300}
JOBS=${JOBS:-2}
BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
# shellcheck source=bench/doc-row.sh
source "$ROOT/bench/doc-row.sh"
export EPIDESK_SHARED_DIR=$SHARED EPIDESK_LANG=en

WORK=$(mktemp -d "${TMPDIR:-/tmp}/epidesk-relocation-bench.XXXXXX")
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "work dir kept: $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '[bench] %s\n' "$*" >&2; }
now() { date +%s.%N; }
LOAD=$(cut -d' ' -f1 /proc/loadavg)

# --- 1. build ---------------------------------------------------------------
CLI=$BUILD_DIR/app/epidesk-cli
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building epidesk-cli in $BUILD_DIR"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD_DIR" --target epidesk-cli -j "$JOBS" >/dev/null
fi
[ -x "$CLI" ] || { log "no epidesk-cli at $CLI"; exit 1; }
GLPSOL=$(command -v glpsol || true)

# --- 2. scenario ---------------------------------------------------------------
log "generating the Poland scenario (seed $SEED)"
"$CLI" demo relocation "$WORK/poland" --seed "$SEED" >"$WORK/manifest.json"

# --- 3. CBC ------------------------------------------------------------------
log "CBC: gap $GAP, cap $CAP s"
t0=$(now)
"$CLI" relocate --scenario "$WORK/poland" --gap "$GAP" --time-limit "$CAP" --write-mps "$WORK/poland.mps" \
  >"$WORK/plan.json"
t1=$(now)
CBC_WALL=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
read -r CBC_S CBC_STATUS CBC_OBJ CBC_GAP VARS ROWS FLOWS UNMET < <(python3 - "$WORK/plan.json" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1]))
print(f"{p['seconds']:.1f} {p['status']} {p['objective']:.6g} {p['gap']:.4f} {p['model']['variables']} "
      f"{p['model']['constraints']} {len(p['flows'])} {p['totals']['unmet_patients']:.0f}")
EOF
)
log "CBC: $CBC_STATUS objective $CBC_OBJ gap $CBC_GAP in $CBC_S s (wall $CBC_WALL s); $VARS variables, $ROWS rows"

# --- 4. the same MPS by GLPK and by plain CBC ---------------------------------
# solved_cell NAME SECONDS CAPPED STATUS OBJECTIVE: one table cell.
solved_cell() {
  if [ "$3" = 1 ]; then echo "> $CAP s (hit the cap; $4, objective ${5:-none})"; else echo "$2 s ($4, objective ${5:-?})"; fi
}
GLPK_CELL="not installed"; GLPK_S=""; GLPK_CAPPED=0
if [ -n "$GLPSOL" ]; then
  GLPK_VERSION=$("$GLPSOL" --version | awk 'NR == 1 {print $NF}') # no head: pipefail would catch SIGPIPE
  log "GLPK $GLPK_VERSION: same MPS, gap $GAP, cap $CAP s"
  t0=$(now)
  "$GLPSOL" --freemps "$WORK/poland.mps" --min --mipgap "$GAP" --tmlim "$CAP" -w "$WORK/glpk.sol" >"$WORK/glpk.log" 2>&1 || true
  t1=$(now)
  GLPK_S=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
  read -r GLPK_STATUS GLPK_OBJ < <(awk '$1=="s" && $2=="mip" {print $5, $6}' "$WORK/glpk.sol" 2>/dev/null || true)
  # The solution file's status is o (optimal) or f (feasible). glpsol writes f
  # both when it stops at the cap and when it reaches the relative gap asked
  # for ("RELATIVE MIP GAP TOLERANCE REACHED"), so the log decides: only
  # "TIME LIMIT EXCEEDED" is the cap.
  if grep -q "TIME LIMIT EXCEEDED" "$WORK/glpk.log"; then
    GLPK_CAPPED=1; GLPK_WHY="status ${GLPK_STATUS:-none}"
  elif grep -q "RELATIVE MIP GAP TOLERANCE REACHED" "$WORK/glpk.log"; then
    GLPK_WHY="gap $GAP reached"
  elif [ "${GLPK_STATUS:-}" = o ]; then
    GLPK_WHY="optimal"
  else
    GLPK_WHY="status ${GLPK_STATUS:-none}"; GLPK_CAPPED=1
  fi
  GLPK_CELL="GLPK $GLPK_VERSION: $(solved_cell GLPK "$GLPK_S" "$GLPK_CAPPED" "$GLPK_WHY" "${GLPK_OBJ:-}")"
  log "$GLPK_CELL"
fi

# Plain CBC: the cbc program on the same MPS, default settings but the gap and
# the cap (EpiDesk's own settings and model build are what this compares to).
CBCBIN=$(command -v cbc || true)
PCBC_CELL="not installed"; PCBC_S=""; PCBC_CAPPED=0
if [ -n "$CBCBIN" ]; then
  log "plain CBC: same MPS, gap $GAP, cap $CAP s"
  t0=$(now)
  "$CBCBIN" "$WORK/poland.mps" -ratioGap "$GAP" -seconds "$CAP" -threads 1 -solve -solution "$WORK/cbc.sol" \
    >"$WORK/cbc.log" 2>&1 || true
  t1=$(now)
  PCBC_S=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
  PCBC_OBJ=$(sed -n 's/.*[Oo]bjective value[^0-9-]*\(-\{0,1\}[0-9.e+]*\).*/\1/p' "$WORK/cbc.sol" | head -1)
  if grep -qi "stopped on time" "$WORK/cbc.log" || head -1 "$WORK/cbc.sol" | grep -qi "stopped on time"; then
    PCBC_CAPPED=1; PCBC_WHY="stopped on time"
  elif head -1 "$WORK/cbc.sol" | grep -qi "^optimal"; then
    PCBC_WHY="gap $GAP reached"
  else
    PCBC_CAPPED=1; PCBC_WHY="$(head -1 "$WORK/cbc.sol" | cut -c1-40)"
  fi
  PCBC_CELL="$(solved_cell CBC "$PCBC_S" "$PCBC_CAPPED" "$PCBC_WHY" "${PCBC_OBJ:-}")"
  log "plain CBC: $PCBC_CELL"
fi

# --- 5. report ---------------------------------------------------------------
# ratio OTHER_SECONDS CAPPED: how many times EpiDesk's wall-clock the other took.
ratio() {
  if [ -z "$1" ]; then echo "n/a"
  elif [ "$2" = 1 ]; then python3 -c "print(f'> {$CAP / max($CBC_WALL, 0.1):.1f}x')"
  else python3 -c "print(f'{$1 / max($CBC_WALL, 0.1):.1f}x')"; fi
}
RATIO=$(ratio "$GLPK_S" "$GLPK_CAPPED")
PCBC_RATIO=$(ratio "$PCBC_S" "$PCBC_CAPPED")
RATIO_OK=False
[ -n "$GLPK_S" ] && RATIO_OK=$(python3 -c "print(($CAP if $GLPK_CAPPED else $GLPK_S) / max($CBC_WALL, 0.1) >= 5)")
MET=no
if python3 -c "import sys; sys.exit(0 if $CBC_WALL < 30 and $RATIO_OK and '$CBC_STATUS' in ('optimal','infeasible') else 1)"; then MET=yes; fi
CPU="$(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $LOAD"
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ]; then COMMIT="$COMMIT+changes"; fi
ROW="| $(date -u +%Y-%m-%dT%H:%MZ) | $COMMIT | $CPU | seed $SEED: $VARS vars, $ROWS rows | $CBC_S ($CBC_WALL) | $CBC_STATUS, obj $CBC_OBJ, gap $CBC_GAP, unmet $UNMET | $GLPK_CELL | $RATIO | $PCBC_CELL | $PCBC_RATIO | $MET |"
echo "$ROW"

if [ "${NO_DOCS:-0}" != 1 ]; then
  if ! grep -q '^## Relocation' "$DOC"; then
    cat >>"$DOC" <<'EOF'

## Relocation (`bench/run-relocation-bench.sh`)

What is measured: the Poland scenario of `epidesk-cli demo relocation DIR
--seed N` (380 powiats, 60 hospitals, 12 procedure groups, 6 months, a wave
removing 50-70 % of the capacity of two voivodeships' hospitals in months 2-4)
solved to a 1 % relative gap. CBC: `epidesk-cli relocate --gap 0.01`, seconds
from its JSON (model build + CBC; reading the CSV folder and writing the MPS
excluded), process wall-clock in brackets. GLPK: `glpsol --freemps FILE --min
--mipgap 0.01 --tmlim 300` on the MPS file that the same run wrote
(`--write-mps`), wall-clock; "> 300 s" when it hit the cap. Both on the same
machine, one after the other. Ratio = GLPK wall / CBC wall.

Target: CBC under 30 s and at least 5x faster than GLPK.

| date (UTC) | commit | machine | model | CBC s (wall) | CBC result | GLPK | ratio | target met |
|---|---|---|---|---|---|---|---|---|
EOF
  fi
  doc_add_row "$DOC" "## Relocation" "$ROW"
  log "appended to $DOC"
fi
