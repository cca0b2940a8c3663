#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the store's contract tests and prints its connection string.
#   export AGREEMENTS_TEST_PG="$(bash .ci/postgres.sh)"     or     source .ci/postgres.sh
# Installs Debian's postgresql if missing, initialises a cluster under $AGREEMENTS_PG_DIR
# (default /tmp/agreements-pg), listens on 127.0.0.1 only, on a free port. Idempotent: a second run
# reuses the running server. Progress goes to stderr; stdout is only the connection string.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

dir="${AGREEMENTS_PG_DIR:-/tmp/agreements-pg}"
db="${AGREEMENTS_PG_DB:-agreements_test}"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin="$(find_bin || true)"
if [[ -z "$bin" || ! -x "$bin/pg_ctl" ]]; then
  log "installing postgresql from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql postgresql-contrib >&2
  bin="$(find_bin)"
fi

# PostgreSQL refuses to run as root: run its tools as the postgres user when we are root.
as_pg() {
  if [[ "$(id -u)" == "0" ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

user="$(id -un)"
[[ "$(id -u)" == "0" ]] && user=postgres

mkdir -p "$dir"
[[ "$(id -u)" == "0" ]] && chown postgres:postgres "$dir"

if [[ ! -f "$dir/data/PG_VERSION" ]]; then
  log "initialising a cluster in $dir/data"
  as_pg "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if ! as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  log "starting on 127.0.0.1:$port"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
  echo "$port" > "$dir/port"
fi
port="$(cat "$dir/port")"

if ! as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1; then
  log "creating database $db"
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$db"
fi
as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d "$db" -qc "CREATE EXTENSION IF NOT EXISTS unaccent" >&2 || log "unaccent not available (folding is done in C# anyway)"

conn="Host=127.0.0.1;Port=$port;Username=$user;Database=$db"
export AGREEMENTS_TEST_PG="$conn"
echo "$conn"
