#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Starts or stops a throw-away PostgreSQL server for the tests: initdb into
# DIR, listening only on a Unix socket in DIR (no network). As root the
# server runs as the unprivileged "postgres" user. "start" prints the URI
# to export as RS_TEST_PG_URI.
#   tests/pg/run-server.sh start DIR
#   tests/pg/run-server.sh stop DIR
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?a directory}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ -z "$bindir" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 77
fi
as_user=()
user=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  as_user=(runuser -u postgres --)
  user=postgres
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
case "$cmd" in
  start)
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      "${as_user[@]}" "$bindir/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 \
        --locale=C >"$dir/initdb.log" 2>&1
    fi
    "${as_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses='' -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null
    echo "postgresql:///postgres?host=$dir&user=$user"
    ;;
  stop)
    "${as_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
