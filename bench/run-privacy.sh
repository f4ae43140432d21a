#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# Erasure of a budget process whose pool has ROWS extra people (on top of
# the sample), as `raadslag-cli retention apply` does it: blanking, the
# search index rebuilt, VACUUM and the log truncated. Prints the time, the
# peak memory and whether a name is left in the file.
# Usage: bench/run-privacy.sh [BUILDDIR] [ROWS]
set -e
build=${1:-_build}
rows=${2:-100000}
meson compile -C "$build" raadslag-cli >/dev/null
cli="$build/src/cli/raadslag-cli"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/bench.db"
"$cli" sample --db "$db" >/dev/null
sqlite3 "$db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows)
  INSERT INTO person (panel_id, pseudonym, household_key) SELECT 1, 'B-' || i, 'benchvej ' || (i / 2) FROM n;
  INSERT INTO person_contact (person_id, name, address, email)
  SELECT id, 'Benchnavn ' || id, 'Benchvej ' || (id / 2), 'b' || id || '@example.org' FROM person
  WHERE pseudonym LIKE 'B-%';"
"$cli" retention set --db "$db" --process 1 --until 2000-01-01 >/dev/null
echo "file before: $(wc -c < "$db") bytes"
/usr/bin/time -f "erasure: %e s wall, %M KB peak" "$cli" retention apply --db "$db"
echo "file after: $(wc -c < "$db") bytes"
echo "names left in the file: $(grep -c -a 'Benchnavn' "$db" || true)"
