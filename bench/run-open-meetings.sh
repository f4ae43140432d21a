#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# Open meetings with public registration: five welfare meetings taking
# 1,800 registrations (ROWS in all) from registration form exports, as the
# Odense seed case had. Writes five form exports (';', BOM, CRLF, Danish
# headers and timestamps; about one in eight people registers for a second
# meeting, a few rows are odd), imports them into the sample with
# `raadslag-cli event registrations import`, then imports them again, and
# prints the times, the duplicates found and the listing and
# representation times.
# Then bench-open-registrations times what the Meetings page does with
# them (the live list's load, its filter and search, the representation).
# Usage: bench/run-open-meetings.sh [BUILDDIR] [ROWS]
set -e
build=${1:-_build}
rows=${2:-1800}
meson compile -C "$build" raadslag-cli bench/sessions/bench-open-registrations >/dev/null
cli="$build/src/cli/raadslag-cli"
# KEEP=DIR keeps the database (DIR/bench.db) and the form exports to try in
# the window: _build/src/raadslag --db DIR/bench.db
if [ -n "$KEEP" ]; then
  dir=$KEEP
  mkdir -p "$dir"
  rm -f "$dir/bench.db" "$dir/bench.db-wal" "$dir/bench.db-shm"
else
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
fi
db="$dir/bench.db"
"$cli" sample --db "$db" >/dev/null
per=$((rows / 5))
for m in 1 2 3 4 5; do
  awk -v m="$m" -v per="$per" 'BEGIN {
    srand(1000 + m);
    split("Midtbyen Nørreby Strandkvarteret Bakkelund Skovhuse Vesterløkke", d, " ");
    split("15-24 25-34 35-44 45-54 55-64 65-74 75+", a, " ");
    split("Facebook|Avisen|Plakat|Fra en ven|Kommunens hjemmeside|Skolen", h, "|");
    printf "\357\273\277Navn;E-mail;Telefon;Alder;Bydel;Hvordan hørte du om mødet?;Første gang?;Tidspunkt\r\n";
    for (i = 1; i <= per; i++) {
      # One in eight is someone from the meeting before (same e-mail).
      p = (m > 1 && i % 8 == 0) ? (m - 1) * per + i + 1 : m * per + i;
      name = "Borger " p " Hansen";
      mail = (p % 5 == 0) ? "" : "borger" p "@example.dk";
      phone = (p % 5 == 0) ? sprintf("4%07d", p) : "";
      age = (i % 97 == 0) ? "ukendt" : a[int(rand() * 7) + 1];
      first = (rand() < 0.6) ? "Ja" : "Nej";
      printf "%s;%s;%s;%s;%s;%s;%s;%02d-09-2019 %02d:%02d\r\n", name, mail, phone, age,
             d[int(rand() * 6) + 1], h[int(rand() * 6) + 1], first, 1 + int(i / 40), 8 + i % 12, i % 60;
    }
  }' > "$dir/welfare-$m.csv"
  "$cli" event create --db "$db" --process 1 --title "Velfærdsmøde $m" --kind welfare-meeting \
    --starts "2019-09-1${m}T17:00" --capacity 400 > "$dir/id-$m"
done
start=$(date +%s.%N)
for m in 1 2 3 4 5; do
  "$cli" event registrations import --db "$db" --session "$(cat "$dir/id-$m")" "$dir/welfare-$m.csv" 2>/dev/null \
    | tail -n 1 | sed "s/^/meeting $m: /"
done
end=$(date +%s.%N)
echo "import of $rows registrations over 5 meetings: $(echo "$end - $start" | bc) s"
start=$(date +%s.%N)
for m in 1 2 3 4 5; do
  "$cli" event registrations import --db "$db" --session "$(cat "$dir/id-$m")" "$dir/welfare-$m.csv" \
    >/dev/null 2>&1
done
end=$(date +%s.%N)
echo "the same files again (nothing added): $(echo "$end - $start" | bc) s"
echo "registrations stored: $(sqlite3 "$db" 'SELECT count(*) FROM open_registration')," \
  "participants: $(sqlite3 "$db" 'SELECT count(*) FROM participant')"
/usr/bin/time -f "list a meeting's duplicates: %e s" "$cli" event registrations list --db "$db" \
  --session "$(cat "$dir/id-3")" --duplicates > "$dir/dups"
echo "duplicates across meetings in meeting 3: $(wc -l < "$dir/dups")"
/usr/bin/time -f "representation of all five: %e s" "$cli" event representation --db "$db" \
  --process 1 > /dev/null
"$build/bench/sessions/bench-open-registrations" "$db" 1
