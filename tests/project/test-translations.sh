#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# TAP: every file with translatable strings is in po/POTFILES.in, every
# listed file exists, and the Danish catalogue is complete and valid.
set -u
# The gettext tools' messages are parsed below, so they must be English
# whatever the locale of the test setup.
export LC_ALL=C.UTF-8 LANGUAGE=
top="$1"
cd "$top" || exit 1
echo "1..4"

missing=$(find src ui data -name '*.c' -o -name '*.ui' -o -name '*.in' | sort \
  | xargs -r grep -lE '(\b_\(|\bN_\(|\bC_\(|ngettext|translatable="yes"|<summary>|<description>|^Name=)' \
  | while read -r f; do grep -qxF "$f" po/POTFILES.in || echo "$f"; done)
if [ -z "$missing" ]; then echo "ok 1 POTFILES.in lists every translatable file"
else echo "not ok 1 POTFILES.in misses:"; echo "$missing" | sed 's/^/# /'; fi

gone=$(grep -v '^#' po/POTFILES.in | grep -v '^$' | while read -r f; do [ -f "$f" ] || echo "$f"; done)
if [ -z "$gone" ]; then echo "ok 2 every file in POTFILES.in exists"
else echo "not ok 2 POTFILES.in names missing files:"; echo "$gone" | sed 's/^/# /'; fi

stats=$(msgfmt --check --statistics -o /dev/null po/da.po 2>&1)
case "$stats" in
  *untranslated*|*fuzzy*|*error*) echo "not ok 3 Danish translation incomplete: $stats" ;;
  *) echo "ok 3 Danish translation complete: $stats" ;;
esac

# Every message in the sources, extracted as meson's glib preset does, has a
# Danish translation in po/da.po (not only the messages da.po happens to hold).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if xgettext --files-from=po/POTFILES.in --directory=. --from-code=UTF-8 \
     --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
     --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
     -o "$tmp/raadslag.pot" 2>"$tmp/xgettext.log" &&
   msgcmp po/da.po "$tmp/raadslag.pot" >"$tmp/msgcmp.log" 2>&1; then
  echo "ok 4 every message in the sources has a Danish translation"
else
  echo "not ok 4 messages without a Danish translation (run the raadslag-update-po target):"
  head -40 "$tmp/xgettext.log" "$tmp/msgcmp.log" | sed 's/^/# /'
fi
