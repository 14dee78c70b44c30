#!/usr/bin/env bash
# CTest fixture for the GUI-on-warehouse tests: a throw-away PostgreSQL server
# of their own, because they stop and restart it (a lost connection), which
# the shared warehouse_pg fixture must not suffer.
#   pg-gui-fixture.sh start DIR          starts it; writes DIR/uri and DIR/pg.env
#   pg-gui-fixture.sh stop DIR           stops it and removes its data
#   pg-gui-fixture.sh server-stop DIR    stops the server, keeps the data
#   pg-gui-fixture.sh server-start DIR   starts it again on the same port
# Members of role "pwtest" must log in with a password (scram-sha-256); the
# rest of the cluster uses trust, like scripts/pg-throwaway.sh.
set -u
action=${1:?start|stop|server-stop|server-start}
dir=${2:?state folder}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../../../scripts/pg-throwaway.sh"

load_env() {
  [ -f "$dir/pg.env" ] || { echo "no server state in $dir" >&2; exit 1; }
  . "$dir/pg.env"
  export PG_THROWAWAY_DIR PG_THROWAWAY_BIN
}

case "$action" in
start)
  mkdir -p "$dir"
  if [ -f "$dir/pg.env" ]; then # a previous run did not clean up
    "$0" stop "$dir"
  fi
  # Away from the shared fixture's ports (54330...), so parallel starts do not collide.
  port=54460
  while ! _pg_throwaway_port_free "$port"; do
    port=$((port + 1))
    [ "$port" -le 54560 ] || { echo "no free port in 54460-54560" >&2; exit 1; }
  done
  PG_THROWAWAY_PORT=$port pg_throwaway_start || exit 1
  hba="$PG_THROWAWAY_DIR/data/pg_hba.conf"
  _pg_throwaway_as sh -c "{ echo 'host all +pwtest 127.0.0.1/32 scram-sha-256'; cat '$hba'; } >'$hba.new' && mv '$hba.new' '$hba'" || exit 1
  "$PG_THROWAWAY_BIN/psql" -X -q -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE pwtest NOLOGIN" -c "SELECT pg_reload_conf()" >/dev/null || exit 1
  printf 'PG_THROWAWAY_DIR=%q\nPG_THROWAWAY_BIN=%q\nPG_PORT=%q\n' "$PG_THROWAWAY_DIR" "$PG_THROWAWAY_BIN" "$port" >"$dir/pg.env"
  printf '%s\n' "$DATABASE_URL" >"$dir/uri"
  echo "views_warehouse fixture: $DATABASE_URL"
  ;;
stop)
  if [ -f "$dir/pg.env" ]; then
    load_env
    pg_throwaway_stop
  fi
  rm -f "$dir/pg.env" "$dir/uri"
  ;;
server-stop)
  load_env
  _pg_throwaway_as "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m fast -w -t 60 stop >/dev/null
  ;;
server-start)
  load_env
  _pg_throwaway_as "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_THROWAWAY_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  ;;
*)
  echo "usage: $0 start|stop|server-stop|server-start DIR" >&2
  exit 2
  ;;
esac
