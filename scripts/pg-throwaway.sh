# Throw-away PostgreSQL cluster for benchmarks and tests. Source this file:
#
#   . scripts/pg-throwaway.sh
#   pg_throwaway_start || exit 1
#   trap pg_throwaway_stop EXIT
#   psql -c 'select 1'            # PGHOST/PGPORT/PGUSER/PGDATABASE are set
#   epidesk-cli ... "$DATABASE_URL"
#
# pg_throwaway_start creates a temp dir, initdb's a cluster (trust auth, UTF8,
# no fsync: the data is disposable), starts it on a free loopback port with
# its socket in the temp dir, creates the database and exports
#   PGHOST=127.0.0.1 PGPORT PGUSER PGDATABASE DATABASE_URL PG_THROWAWAY_DIR.
# PostgreSQL refuses to run as root, so as root the server runs as the
# 'postgres' system user (override with PG_THROWAWAY_OS_USER); otherwise as
# the caller. pg_throwaway_stop stops the server and deletes the temp dir; it
# is safe to call twice and after a failed start.
#
# Knobs (environment): PG_BIN (default: /usr/lib/postgresql/15/bin or the
# directory of pg_ctl on PATH), PG_THROWAWAY_USER (database role, default
# epidesk), PG_THROWAWAY_DB (default epidesk), PG_THROWAWAY_PORT (default: first
# free port from 54330), PG_THROWAWAY_OPTS (extra "-c name=value" server
# options), TMPDIR.

_pg_throwaway_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    echo "$PG_BIN"
  elif [ -x /usr/lib/postgresql/15/bin/pg_ctl ]; then
    echo /usr/lib/postgresql/15/bin
  elif command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
  else
    find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1
  fi
}

# Runs a command as the server's OS user (root cannot run PostgreSQL).
_pg_throwaway_as() {
  if [ "$(id -u)" -ne 0 ]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u "${PG_THROWAWAY_OS_USER:-postgres}" -- "$@"
  else
    su -s /bin/sh "${PG_THROWAWAY_OS_USER:-postgres}" -c "$(printf '%q ' "$@")"
  fi
}

# True when nothing listens on 127.0.0.1:$1.
_pg_throwaway_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_throwaway_start() {
  local bin dir port user db
  bin=$(_pg_throwaway_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "pg-throwaway: PostgreSQL server binaries not found (set PG_BIN)" >&2
    return 1
  fi
  user=${PG_THROWAWAY_USER:-epidesk}
  db=${PG_THROWAWAY_DB:-epidesk}
  dir=$(mktemp -d "${TMPDIR:-/tmp}/pg-throwaway.XXXXXX") || return 1
  export PG_THROWAWAY_DIR="$dir"
  export PG_THROWAWAY_BIN="$bin"
  if [ "$(id -u)" -eq 0 ]; then
    chown "${PG_THROWAWAY_OS_USER:-postgres}": "$dir" || { pg_throwaway_stop; return 1; }
  fi
  chmod 0755 "$dir" # the client (maybe another OS user) reads the log

  if ! _pg_throwaway_as "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust -E UTF8 --no-locale --no-sync \
    >"$dir/initdb.log" 2>&1; then
    echo "pg-throwaway: initdb failed:" >&2
    cat "$dir/initdb.log" >&2
    pg_throwaway_stop
    return 1
  fi

  port=${PG_THROWAWAY_PORT:-}
  if [ -z "$port" ]; then
    port=54330
    while ! _pg_throwaway_port_free "$port"; do
      port=$((port + 1))
      if [ "$port" -gt 54430 ]; then
        echo "pg-throwaway: no free port in 54330-54430" >&2
        pg_throwaway_stop
        return 1
      fi
    done
  fi

  # Disposable data: no fsync, no synchronous commit, no full-page writes.
  if ! _pg_throwaway_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${PG_THROWAWAY_OPTS:-}" \
    start >"$dir/pg_ctl.log" 2>&1; then
    echo "pg-throwaway: server did not start:" >&2
    cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null
    pg_throwaway_stop
    return 1
  fi

  export PGHOST=127.0.0.1 PGPORT="$port" PGUSER="$user" PGDATABASE="$db"
  export DATABASE_URL="postgresql://$user@127.0.0.1:$port/$db"
  if ! "$bin/psql" -X -q -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$db\"" >/dev/null; then
    echo "pg-throwaway: cannot create database $db" >&2
    pg_throwaway_stop
    return 1
  fi
}

pg_throwaway_stop() {
  local dir=${PG_THROWAWAY_DIR:-}
  [ -n "$dir" ] || return 0
  local bin=${PG_THROWAWAY_BIN:-$(_pg_throwaway_bin)}
  if [ -f "$dir/data/postmaster.pid" ]; then
    _pg_throwaway_as "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
      _pg_throwaway_as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  fi
  case "$dir" in
  */pg-throwaway.*) rm -rf "$dir" ;;
  esac
  unset PG_THROWAWAY_DIR PG_THROWAWAY_BIN PGHOST PGPORT PGUSER PGDATABASE DATABASE_URL
}
