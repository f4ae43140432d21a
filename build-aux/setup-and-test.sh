#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Installs the dependencies, builds with warnings as errors and runs every
# test suite (headless, display under Xvfb, data validation) twice: in
# C.UTF-8 and in the Danish locale da_DK.UTF-8 (decimal comma, Danish
# messages and reports), as the municipalities' desktops run it.
set -euo pipefail
cd "$(dirname "$0")/.."
./build-aux/deps.sh
if [ -d _build ]; then
  meson setup --reconfigure _build -Dwerror=true
else
  meson setup _build -Dwerror=true
fi
meson compile -C _build
xvfb-run -a -s "-screen 0 1280x800x24" meson test -C _build --print-errorlogs
xvfb-run -a -s "-screen 0 1280x800x24" meson test -C _build --print-errorlogs --setup danish

# The PostgreSQL backend: a throw-away server on a Unix socket (no network)
# in a temporary folder; the store tests that run on both backends run
# again against it, with test-pg (two clients, roles, the white book).
pg_dir=$(mktemp -d)
chmod 755 "$pg_dir"
RS_TEST_PG_URI=$(./tests/pg/run-server.sh start "$pg_dir")
export RS_TEST_PG_URI
trap './tests/pg/run-server.sh stop "$pg_dir" || true; rm -rf "$pg_dir"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24" \
  meson test -C _build --print-errorlogs --num-processes 2 $(cat tests/pg/tests-on-pg.txt)
