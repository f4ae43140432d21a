#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# Pool import of a generated 100,000-row file against sqlite3's .import of
# the same file. Usage: bench/run-panels.sh [BUILDDIR] [ROWS]
set -e
build=${1:-_build}
meson compile -C "$build" bench-pool-import >/dev/null
exec "$build/bench/panels/bench-pool-import" "${2:-100000}"
