#!/usr/bin/env bash
# Builds EpiDesk, creates the embedded demo store on first run (synthetic
# ANVISA-format files calibrated to published figures), and opens the app on it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${EPIDESK_BUILD_DIR:-$root/build}"
bash "$root/scripts/build.sh"
demo="${EPIDESK_DEMO_DIR:-$build/demo}"
store="$demo/demo.gpkg"
if [ ! -f "$demo/.ready" ]; then
  echo "Creating the demo store in $demo (first run only)..." >&2
  rm -rf "$demo/files" "$store" "$store.quarantine.csv" && mkdir -p "$demo"
  "$build/app/epidesk-cli" demo generate "$demo/files" >/dev/null
  "$build/app/epidesk-cli" import anvisa --store "$store" "$demo/files"/EDA_Industrializados_*.csv >/dev/null
  touch "$demo/.ready"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the app inside Xvfb (set DISPLAY to see it)." >&2
  exec xvfb-run -a "$build/app/epidesk" --store "$store" "$@"
fi
exec "$build/app/epidesk" --store "$store" "$@"
