#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Fuzzes every parser: builds the libFuzzer harnesses of tests/fuzz with
# clang, AddressSanitizer and UndefinedBehaviorSanitizer in their own build
# folder (_build-fuzz) and runs them one after the other, one process each, for
# SECONDS (default 60) or until it has run the number of executions given
# with RUNS=N, printing executions and findings per harness.
#
#   bench/fuzz.sh [SECONDS] [HARNESS…]       e.g. bench/fuzz.sh 600 jsonstat
#   RUNS=1000000 bench/fuzz.sh 3600
#
# A finding is written to _build-fuzz/findings/<harness>/; copy it to
# tests/fuzz/crashes/<harness>/ once fixed, so the test suite replays it.
#
# Optional packages, not needed by the ordinary build and tests:
FUZZ_DEPS="clang libclang-rt-14-dev llvm"
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_HARNESS="${1:-60}"
shift || true
BUILD=_build-fuzz

if ! command -v clang >/dev/null; then
  echo "fuzz.sh: clang is missing; install: sudo apt-get install $FUZZ_DEPS" >&2
  exit 2
fi
HARNESSES=("$@")
if [ ${#HARNESSES[@]} -eq 0 ]; then
  mapfile -t HARNESSES < <(sed -n "/^fuzz_harnesses = \[/,/^\]/s/^ *'\([^']*\)',.*/\1/p" tests/fuzz/meson.build)
fi

if [ ! -d "$BUILD" ]; then
  CC=clang meson setup "$BUILD" -Dfuzzing=true -Dtests=false -Dbuildtype=debugoptimized \
    -Db_lundef=false >/dev/null
fi
meson compile -C "$BUILD" $(printf 'tests/fuzz/fuzz-%s ' "${HARNESSES[@]}") >/dev/null

ASAN_BASE="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export G_SLICE=always-malloc
export GIO_USE_VFS=local
export LC_ALL=C.UTF-8

printf '%-24s %12s %8s %10s %9s\n' harness executions exec/s coverage findings
status=0
for h in "${HARNESSES[@]}"; do
  work="$BUILD/corpus/$h"
  findings="$BUILD/findings/$h"
  log="$BUILD/logs/$h.log"
  mkdir -p "$work" "$findings" "$(dirname "$log")"
  runs_arg=()
  # Leaks inside json-glib are suppressed by stack, which needs full stacks.
  export ASAN_OPTIONS="$ASAN_BASE"
  [ "$h" = jsonstat ] && export ASAN_OPTIONS="$ASAN_BASE:fast_unwind_on_malloc=0"
  [ -n "${RUNS:-}" ] && runs_arg=(-runs="$RUNS")
  set +e
  "$BUILD/tests/fuzz/fuzz-$h" -max_total_time="$SECONDS_PER_HARNESS" \
    "${runs_arg[@]}" -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$work" "tests/fuzz/corpus/$h" >"$log" 2>&1
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  found=$(find "$findings" -type f | wc -l)
  printf '%-24s %12s %8s %10s %9s\n' "$h" "${execs:-?}" "${speed:-?}" "${cov:-?}" "$found"
  [ "$found" -eq 0 ] || status=1
done
[ $status -eq 0 ] || echo "Findings are in $BUILD/findings/; logs in $BUILD/logs/." >&2
exit $status
