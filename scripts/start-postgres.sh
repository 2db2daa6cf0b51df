#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests (used by .ci/run) and prints the
# TEST_DATABASE_URL to use. Installs Debian's postgresql when it is missing. The cluster lives in
# a temporary folder owned by the postgres user, so it never touches a real database.
set -euo pipefail
PORT="${PGPORT_TEST:-54329}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing PostgreSQL (apt-get install postgresql)…" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
  else sudo apt-get install -y -q postgresql >&2; fi
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
DIR="$(mktemp -d /tmp/thenews-pg.XXXXXX)"
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
run "'$BIN/initdb' -D '$DIR/data' -U postgres --auth=trust -E UTF8 >'$DIR/initdb.log' 2>&1"
run "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/server.log' -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1' -w start >&2"
run "'$BIN/psql' -h 127.0.0.1 -p $PORT -U postgres -q -c 'CREATE DATABASE thenews_test'" >&2
echo "postgres://postgres@127.0.0.1:$PORT/thenews_test"
