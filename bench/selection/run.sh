#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# LEXIMIN benchmarks: the sample's pool, generated Odense-like pools and the
# paper's sf_e and cca look-alikes. Prints, per instance, the time to the
# first level (the certified minimum), the time to the end (wall and CPU:
# the machine may be shared), levels, LPs, ILPs, columns, peak RSS and the
# published Gurobi time where there is one.
#
#   bench/selection/run.sh [BUILDDIR] [-- ODENSE OPTIONS]
#   e.g. bench/selection/run.sh _build -- --pool 1500 --seats 99 --households 0.1 --tolerance 1.5 --seed 1
#
# Environment: TIMEOUT (seconds per instance, default 900), INSTANCES
# (default "sample odense sf_e cca"), COMPARE=1 also runs the slow
# reference path and prints the largest marginal difference, BLAS=DIR runs
# with the libblas.so.3 in DIR (e.g. an unpacked libopenblas0-serial) to
# compare BLAS libraries: CLP factorises its dense bases with BLAS, and each
# figure's last line names the one that was used.
set -u
build=${1:-_build}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
bench="$build/bench/selection/rs-selection-bench"
[ -x "$bench" ] || meson compile -C "$build" rs-selection-bench || exit 1
timeout=${TIMEOUT:-900}
compare=
[ "${COMPARE:-0}" = 1 ] && compare=--compare
if [ -n "${BLAS:-}" ]; then
  LD_LIBRARY_PATH="$BLAS${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  export LD_LIBRARY_PATH
fi
for instance in ${INSTANCES:-sample odense sf_e cca}; do
  case "$instance" in
    sample) args="--sample" ;;
    odense) args="--odense $*" ;;
    *) args="--synthetic $instance" ;;
  esac
  # shellcheck disable=SC2086
  timeout "$timeout" "$bench" $args $compare || echo "$instance: stopped after $timeout s (or failed)"
done
