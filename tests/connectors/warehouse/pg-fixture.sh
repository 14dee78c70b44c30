#!/usr/bin/env bash
# CTest fixture for the warehouse tests: a throw-away PostgreSQL server.
#   pg-fixture.sh start DIR   starts it (unprivileged: as 'postgres' when run
#                             as root) and writes DIR/uri and DIR/pg.env
#   pg-fixture.sh stop DIR    stops it and removes its data
#   pg-fixture.sh run DIR CMD...  the server for one command only, e.g. one
#                             test function outside ctest:
#     bash tests/connectors/warehouse/pg-fixture.sh run build/tests/connectors/warehouse/pg \
#       build/tests/connectors/warehouse/test_warehouse snapshotIsolation
set -u
action=${1:?start|stop}
dir=${2:?state folder}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../../scripts/pg-throwaway.sh"

case "$action" in
start)
  mkdir -p "$dir"
  if [ -f "$dir/pg.env" ]; then # a previous run did not clean up
    "$0" stop "$dir"
  fi
  pg_throwaway_start || exit 1
  printf 'PG_THROWAWAY_DIR=%q\nPG_THROWAWAY_BIN=%q\n' "$PG_THROWAWAY_DIR" "$PG_THROWAWAY_BIN" >"$dir/pg.env"
  printf '%s\n' "$DATABASE_URL" >"$dir/uri"
  echo "warehouse fixture: $DATABASE_URL"
  ;;
stop)
  if [ -f "$dir/pg.env" ]; then
    . "$dir/pg.env"
    export PG_THROWAWAY_DIR PG_THROWAWAY_BIN
    pg_throwaway_stop
  fi
  rm -f "$dir/pg.env" "$dir/uri"
  ;;
run)
  shift 2
  bash "$0" start "$dir" || exit 1
  "$@"
  rc=$?
  bash "$0" stop "$dir"
  exit $rc
  ;;
*)
  echo "usage: $0 start|stop DIR | run DIR COMMAND..." >&2
  exit 2
  ;;
esac
