#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server (installed from Debian's packages if missing)
# and TEST_DATABASE_URL pointing at it, then stops the server. `.ci/run` wraps `npm test` in it so
# the database tests run against PostgreSQL as well as the embedded PGlite.
set -euo pipefail
PORT="${PGPORT_TEST:-54329}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL (Debian's postgresql)…"
  export DEBIAN_FRONTEND=noninteractive
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq postgresql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }
  else
    sudo apt-get install -y -qq postgresql >/dev/null
  fi
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
DIR="$(mktemp -d /tmp/thenews-pg.XXXXXX)"
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
# Others may reach the socket (the serverless test's function runs as another user, with no
# network but loopback in a namespace of its own); the data folder inside stays private.
chmod 755 "$DIR"
as_pg "'$BIN/initdb' -D '$DIR/data' -U postgres --auth=trust -E UTF8 >'$DIR/initdb.log' 2>&1"
as_pg "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/server.log' -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1' -w start >/dev/null"
stop() {
  as_pg "'$BIN/pg_ctl' -D '$DIR/data' -m fast stop >/dev/null" || true
  rm -rf "$DIR"
}
trap stop EXIT
as_pg "'$BIN/psql' -h 127.0.0.1 -p $PORT -U postgres -q -c 'CREATE DATABASE thenews_test'"
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/thenews_test"
export TEST_DATABASE_SOCKET_DIR="$DIR"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on port $PORT for the tests (TEST_DATABASE_URL)"
"$@"
