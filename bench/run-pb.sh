#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# Runs the participatory-budgeting benchmarks and prints their figures:
# bench/run-pb.sh [BUILDDIR] [BALLOTS]   (default: _build, 100000 ballots for
# the count; paper entry is measured at 20000 ballots)
set -e
builddir=${1:-_build}
meson compile -C "$builddir" bench-pb-count bench-pb-entry
"$builddir/bench/pb/bench-pb-count" ${2:-100000}
"$builddir/bench/pb/bench-pb-entry" 20000
