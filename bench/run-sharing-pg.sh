#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Several staff on one PostgreSQL server: starts a throw-away server
# (tests/pg/run-server.sh) in a temporary folder, creates an empty database,
# runs bench-sharing against it (RS_BENCH_DB) and stops the server again.
#   bench/run-sharing-pg.sh [BUILDDIR] [CLIENTS] [SECONDS]
# e.g. bench/run-sharing-pg.sh _build 5 300 for the issue's 5 clients, 5 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-_build}
clients=${2:-5}
seconds=${3:-10}
[ -x "$build/bench/sharing/bench-sharing" ] || meson compile -C "$build" bench/sharing/bench-sharing
dir=$(mktemp -d)
chmod 755 "$dir"
trap 'tests/pg/run-server.sh stop "$dir/pg" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
uri=$(tests/pg/run-server.sh start "$dir/pg")
psql -q "$uri" -c "CREATE DATABASE rs_bench TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
RS_BENCH_DB=${uri/\/postgres\?/\/rs_bench?} "$build/bench/sharing/bench-sharing" "$clients" "$seconds"
