#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# Runs the hearings benchmark: bench/run-hearings.sh [BUILDDIR] [N] [WORKDIR]
set -e
builddir=${1:-_build}
meson compile -C "$builddir" bench-hearings
shift 2>/dev/null || true
exec "$builddir/bench/hearings/bench-hearings" "$@"
