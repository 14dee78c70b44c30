#!/usr/bin/env bash
# Configures and builds EpiDesk into ./build (or $EPIDESK_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${EPIDESK_BUILD_DIR:-$root/build}"
type="${EPIDESK_BUILD_TYPE:-RelWithDebInfo}"
bash "$root/scripts/install-deps.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" ${EPIDESK_SHARED_DIR:+-DEPIDESK_SHARED_DIR="$EPIDESK_SHARED_DIR"}
fi
cmake --build "$build" -j"$(nproc)"
