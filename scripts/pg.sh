#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for development and the tests: a new cluster in a folder of
# its own (initdb), listening on a Unix socket in that folder only (no TCP port, no system
# service, nothing outside the folder), one database "budgetdesk" and a role "budgetdesk".
#
#   scripts/pg.sh start [DIR]   initialises DIR (default: a new folder under /tmp), starts the
#                               server and prints its URL for --db, e.g.
#                               postgresql://budgetdesk@%2Ftmp%2Fbd-pg.Ab12%2Fsocket:5432/budgetdesk
#   scripts/pg.sh url DIR       prints the URL of the server in DIR again
#   scripts/pg.sh stop DIR      stops it and removes DIR
#
# PostgreSQL refuses to run as root: as root the server runs as the "postgres" user that
# Debian's postgresql package creates. Local connections are trusted: the socket is reachable
# only through DIR.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$bindir/initdb" ] || { echo "pg.sh: PostgreSQL is not installed (scripts/setup.sh installs it)" >&2; exit 2; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() {
  local socket; socket=$(cd "$1/socket" && pwd)
  socket=${socket//%/%25}
  printf 'postgresql://budgetdesk@%s:5432/budgetdesk\n' "${socket//\//%2F}"
}

case ${1:-} in
  start)
    dir=${2:-$(mktemp -d /tmp/bd-pg.XXXXXX)}
    # What an interrupted run left there goes first.
    if [ -d "$dir/data" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
      rm -rf "$dir"
    fi
    mkdir -p "$dir/socket"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
    chmod 755 "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir/socket' -c port=5432 -c fsync=off" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    psql=("$bindir/psql" -h "$dir/socket" -p 5432 -U postgres -v ON_ERROR_STOP=1 -q)
    as_owner "${psql[@]}" -d postgres -c "CREATE ROLE budgetdesk LOGIN CREATEDB CREATEROLE" \
      -c "CREATE DATABASE budgetdesk OWNER budgetdesk" >/dev/null
    url "$dir"
    ;;
  url)
    [ -d "${2:-}/data" ] || { echo "pg.sh: no cluster in '${2:-}'" >&2; exit 2; }
    url "$2"
    ;;
  stop)
    dir=${2:?usage: pg.sh stop DIR}
    [ -d "$dir/data" ] || { echo "pg.sh: no cluster in '$dir'" >&2; exit 2; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/pg.sh start [DIR] | url DIR | stop DIR" >&2
    exit 2
    ;;
esac
