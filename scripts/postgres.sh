#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests and benchmarks (its own data folder, port and
# socket folder; started as the `postgres` user when run as root; trust authentication on
# loopback only). Installs PostgreSQL from Debian when it is missing.
#
#   scripts/postgres.sh start [DIR] [PORT]   start (initialising DIR on first use); prints the URL
#   scripts/postgres.sh stop [DIR]           stop it (fast shutdown)
#   scripts/postgres.sh restart [DIR]        stop and start again, on the same port (the tests'
#                                            "database restarted")
#   scripts/postgres.sh url [DIR]            the URL of a started cluster
#
# DIR defaults to /tmp/intake-postgres, PORT to 54329. The URL names the database `intake`;
# tests create databases of their own beside it. For scripts/netns-ledger.sh:
# INTAKE_PG_NETNS runs the server in that network namespace, INTAKE_PG_LISTEN lists the
# addresses it listens on (default 127.0.0.1), INTAKE_PG_HBA adds a pg_hba.conf line.
set -euo pipefail
cmd=${1:-start}
dir=${2:-/tmp/intake-postgres}
# A restart without PORT keeps the port the cluster was started on.
saved_port=""
[ -f "$dir/url" ] && saved_port=$(sed -n 's|^postgres://[^:]*:\([0-9]*\)/.*|\1|p' "$dir/url")
port=${3:-${saved_port:-54329}}

bindir() {
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/pg_ctl" ] && { echo "$d"; return; }
  done
  command -v pg_ctl >/dev/null && { dirname "$(readlink -f "$(command -v pg_ctl)")"; return; }
  return 1
}

if ! bin=$(bindir); then
  echo "intake: installing PostgreSQL (postgresql from Debian)" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin=$(bindir)
fi

netns=()
[ -n "${INTAKE_PG_NETNS:-}" ] && netns=(ip netns exec "$INTAKE_PG_NETNS")
listen=${INTAKE_PG_LISTEN:-127.0.0.1}

# As root, the cluster belongs to `postgres` (initdb refuses root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    "${netns[@]}" runuser -u postgres -- "$@"
  else
    "${netns[@]}" "$@"
  fi
}

data="$dir/data"
log="$dir/postgres.log"

start() {
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    [ -n "${INTAKE_PG_HBA:-}" ] && echo "$INTAKE_PG_HBA" >>"$data/pg_hba.conf"
  fi
  if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=$listen -c max_connections=200 -c fsync=on" start >/dev/null
  fi
  for _ in $(seq 1 60); do
    "${netns[@]}" "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break
    sleep 0.5
  done
  "${netns[@]}" "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'intake'" | grep -q 1 \
    || "${netns[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres intake
  echo "postgres://postgres@127.0.0.1:$port/intake" | tee "$dir/url"
}

stop() {
  [ -f "$data/PG_VERSION" ] || return 0
  as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  url) cat "$dir/url" ;;
  *) echo "usage: $0 start|stop|restart|url [DIR] [PORT]" >&2; exit 2 ;;
esac
