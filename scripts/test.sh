#!/usr/bin/env bash
# Builds EpiDesk and runs every test (Qt Test under CTest). Tests that need an
# X display (label xvfb) run inside Xvfb, started here; the rest use the
# offscreen platform.
#
# Skips: a test may skip only when a resource it needs is missing, and its
# QSKIP reason says so ("needs pdftotext ...", "needs root to ..."). After
# ctest, the Qt Test "SKIP   :" lines of its log are checked: a reason not
# starting with "needs " fails the run, and in CI (CI=true), where every
# resource is installed, any skip fails it. ctest's own failure status wins.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${EPIDESK_BUILD_DIR:-$root/build}"
bash "$root/scripts/build.sh"
cd "$build"
status=0
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure -j"$(nproc)" "$@" || status=$?
else
  ctest --output-on-failure -j"$(nproc)" "$@" || status=$?
fi

log="$build/Testing/Temporary/LastTest.log"
skips=$(grep -a '^SKIP   : ' "$log" 2>/dev/null || true)
if [ -n "$skips" ]; then
  # "SKIP   : TestClass::function(tag) reason" -> the reason
  unexplained=$(printf '%s\n' "$skips" | grep -av -E '^SKIP   : [^ ]+\([^)]*\) needs ' || true)
  if [ "${CI:-}" = "true" ]; then
    echo "Skipped tests in CI (every resource is installed here; nothing may skip):" >&2
    printf '%s\n' "$skips" >&2
    [ "$status" -ne 0 ] || status=1
  elif [ -n "$unexplained" ]; then
    echo "Skipped tests whose QSKIP reason names no missing resource (\"needs ...\"):" >&2
    printf '%s\n' "$unexplained" >&2
    [ "$status" -ne 0 ] || status=1
  else
    echo "Skipped (missing resources; CI=true would fail):" >&2
    printf '%s\n' "$skips" >&2
  fi
fi
exit "$status"
