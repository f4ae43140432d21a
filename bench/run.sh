#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Builds Rådslag and runs every benchmark, printing their figures.
# Benchmarks that take instance files (e.g. bench/selection) print how to
# point them at other data; see each folder's README or --help.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d _build ] || meson setup _build
meson compile -C _build
meson test -C _build --benchmark --verbose "$@"
