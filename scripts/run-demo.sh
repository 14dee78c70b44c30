#!/usr/bin/env bash
# Builds EpiDesk, creates the whole demo on first run (epidesk-cli demo create:
# synthetic ANVISA-format files and their store, the Polish COVID-19 district
# series in the same store, a relocation scenario and the three example
# dashboards beside it; later runs only check it) and opens the first example
# dashboard, "Azithromycin in Brazil" (File > Examples has the others).
#   --classic   the three-tab main window on the demo store instead
# Other arguments go to the app (e.g. --screenshot FILE.png).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${EPIDESK_BUILD_DIR:-$root/build}"
bash "$root/scripts/build.sh"
demo="${EPIDESK_DEMO_DIR:-$build/demo}"
"$build/app/epidesk-cli" demo create "$demo" >/dev/null
store="$demo/demo.gpkg" # the main window finds the scenario beside it ($demo/relocation)
open=("$demo/azithromycin-brazil.epidash")
if [ "${1:-}" = "--classic" ]; then
  shift
  open=(--store "$store")
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the app inside Xvfb (set DISPLAY to see it)." >&2
  exec xvfb-run -a "$build/app/epidesk" "${open[@]}" "$@"
fi
exec "$build/app/epidesk" "${open[@]}" "$@"
