#!/usr/bin/env bash
# Refreshes translations/*.ts from every tr()/translate() in the sources.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
LUPDATE="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
cd "$root"
"$LUPDATE" -no-obsolete -locations relative app views mapping analytics connectors services clusterclient cluster dashboard \
  -ts translations/epidesk_pt_BR.ts translations/epidesk_es.ts translations/epidesk_pl.ts
# What is left for the translators (messages lupdate added since the last pass).
for ts in translations/epidesk_pt_BR.ts translations/epidesk_es.ts translations/epidesk_pl.ts; do
  echo "$ts: $(grep -c 'type="unfinished"' "$ts" || true) unfinished"
done
