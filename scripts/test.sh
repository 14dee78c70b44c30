#!/usr/bin/env bash
# Builds EpiDesk and runs every test (Qt Test under CTest). Tests that need an
# X display (label xvfb) run inside Xvfb, started here; the rest use the
# offscreen platform.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${EPIDESK_BUILD_DIR:-$root/build}"
bash "$root/scripts/build.sh"
cd "$build"
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure -j"$(nproc)" "$@"
fi
exec ctest --output-on-failure -j"$(nproc)" "$@"
