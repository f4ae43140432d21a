#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Installs the dependencies, builds, and starts Rådslag on a fresh database
# holding the sample budget process of the fictional Havbjerg Kommune.
set -euo pipefail
cd "$(dirname "$0")/.."
./build-aux/deps.sh
if [ ! -d _build ]; then meson setup _build; fi
meson compile -C _build
db="${XDG_DATA_HOME:-$HOME/.local/share}/raadslag/sample.db"
mkdir -p "$(dirname "$db")"
exec meson devenv -C _build ./src/raadslag --db "$db" --sample
