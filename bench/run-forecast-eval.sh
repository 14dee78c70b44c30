#!/usr/bin/env bash
# Forecast evaluation (issue 16): rolling-origin accuracy and interval
# coverage of every model on the shared series and on daily epidemic series,
# and the classic hold-out against R's forecast::ets, in one run.
#
#   bench/run-forecast-eval.sh          # uses BUILD_DIR's epidesk-cli; updates docs
#
# 1. Series: the monthly, quarterly and yearly CSVs of $EPIDESK_SHARED_DIR/data/series
#    ("mq"), and "daily": the powiats $DAILY_POWIATS cut from the covid-pl TSV
#    (bench/cut_daily_series.py, 2020-11-24 to 2024-03-21) plus the three
#    near-zero 2024 tails of tests/analytics/forecast/data/covid_cases_t*.csv.
# 2. epidesk-cli forecast-eval --origins $ORIGINS on both folders with the
#    defaults (conformal intervals but tsb) and again with
#    {"calibration": "model"} (the models' own intervals) for comparison.
# 3. epidesk-cli forecast-eval --origins 1 (hold out the last 12 monthly / 8
#    quarterly points) against R ets (bench/forecast_holdout_vs_r.py).
# 4. Writes the tables under "## Forecast evaluation" in docs/benchmarks.md
#    (replacing that section's previous run).
#
# Environment: BUILD_DIR (build-bench), ORIGINS (4), DAILY_POWIATS
# (1465,1261,0264,3064,3014), EPIDESK_SHARED_DIR (../shared), NO_DOCS=1, BENCH_DOC.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench}
ORIGINS=${ORIGINS:-4}
DAILY_POWIATS=${DAILY_POWIATS:-1465,1261,0264,3064,3014}
SHARED=${EPIDESK_SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
DOC=${BENCH_DOC:-$ROOT/docs/benchmarks.md}
CLI=$BUILD_DIR/app/epidesk-cli
[ -x "$CLI" ] || { echo "no epidesk-cli at $CLI (build it, or set BUILD_DIR)" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/epidesk-fceval.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
log() { printf '[bench] %s\n' "$*" >&2; }
LOAD=$(cut -d' ' -f1 /proc/loadavg)

mkdir -p "$WORK/daily"
python3 "$ROOT/bench/cut_daily_series.py" "$SHARED/data/pl/covid_cases_powiat_daily.tsv" "$WORK/daily" "$DAILY_POWIATS"
cp "$ROOT"/tests/analytics/forecast/data/covid_cases_t*.csv "$WORK/daily/"
OWN='{"calibration":"model"}'
for set in mq daily; do
  dir=$SHARED/data/series
  [ "$set" = daily ] && dir=$WORK/daily
  log "$set: forecast-eval --origins $ORIGINS (defaults, then own intervals)"
  "$CLI" forecast-eval --series "$dir" --origins "$ORIGINS" >"$WORK/$set.json"
  "$CLI" forecast-eval --series "$dir" --origins "$ORIGINS" --models ets,arima,theta,snaive,nn,bayes \
    --options "$OWN" >"$WORK/$set-own.json"
done
log "hold-out against R ets"
"$CLI" forecast-eval --series "$SHARED/data/series" --origins 1 --models ets,arima,theta,auto >"$WORK/holdout.json"

CPU="$(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $LOAD"
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ]; then COMMIT="$COMMIT+changes"; fi
{
  echo "## Forecast evaluation (\`bench/run-forecast-eval.sh\`)"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ), commit $COMMIT, $CPU. \`epidesk-cli forecast-eval --origins $ORIGINS\`:"
  echo "rolling origins n-h-K+1 .. n-h (K = $ORIGINS), each model fitted on what came before an origin and"
  echo "scored on the h points after it (h = 12 monthly, 8 quarterly, 4 yearly, 14 daily); MASE and sMAPE are"
  echo "means over series, coverage is pooled over all held-out points. \"own intervals\" = the same run with"
  echo "\`--options '{\"calibration\":\"model\"}'\`. Method: [forecasting.md](forecasting.md)."
  echo
  echo "### Shared series (monthly, quarterly, yearly)"
  echo
  python3 "$ROOT/bench/forecast_eval_tables.py" "$WORK/mq.json" "$WORK/mq-own.json"
  echo
  echo "### Daily COVID-19 cases of Polish powiats"
  echo
  echo "Powiats $DAILY_POWIATS (whole series, 2020-11-24 to 2024-03-21) and three near-zero 2024"
  echo "tails (180 days, tests/analytics/forecast/data). The MASE scale is the in-sample seasonal naive"
  echo "error of the whole history, waves included, so the calm tails give small MASEs."
  echo
  python3 "$ROOT/bench/forecast_eval_tables.py" "$WORK/daily.json" "$WORK/daily-own.json"
  echo
  echo "### Hold-out against R forecast::ets"
  echo
  echo "The last 12 monthly / 8 quarterly points held out (\`forecast-eval --origins 1\`); R ets from"
  echo "tests/analytics/forecast/data/ets_reference.json (R 4.2, forecast 8.20), scored the same way."
  echo
  python3 "$ROOT/bench/forecast_holdout_vs_r.py" "$ROOT/tests/analytics/forecast/data/ets_reference.json" \
    "$WORK/holdout.json" "$SHARED/data/series"
} >"$WORK/section.md"
cat "$WORK/section.md"
if [ "${NO_DOCS:-0}" != 1 ]; then
  python3 - "$DOC" "$WORK/section.md" <<'PY'
import re, sys
doc, section = open(sys.argv[1]).read(), open(sys.argv[2]).read()
start = doc.find("## Forecast evaluation")
if start < 0:
    doc = doc.rstrip("\n") + "\n\n" + section
else:
    end = doc.find("\n## ", start + 3)
    doc = doc[:start] + section + ("\n" + doc[end + 1:] if end >= 0 else "")
open(sys.argv[1], "w").write(doc)
PY
  log "wrote the section into $DOC"
fi
