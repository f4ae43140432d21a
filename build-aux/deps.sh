#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Installs what building, running and testing Rådslag needs on Debian 12.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends \
  build-essential meson ninja-build pkg-config gettext itstool \
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libsqlite3-dev \
  libsoup-3.0-dev libjson-glib-dev libcairo2-dev libpango1.0-dev zlib1g-dev \
  coinor-libcbc-dev coinor-libclp-dev libpoppler-glib-dev libgmime-3.0-dev libstemmer-dev libsecret-1-dev \
  desktop-file-utils appstream xvfb xauth dbus dbus-x11 \
  fonts-cantarell fonts-dejavu-core adwaita-icon-theme sqlite3 unzip libxml2-utils \
  locales flatpak-builder \
  libpq-dev postgresql \
  libopenblas0-serial
# libopenblas0-serial: CLP factorises the LEXIMIN draw's dense bases with
# BLAS and LAPACK; Debian then uses OpenBLAS for them instead of the
# reference BLAS, which makes an Odense-size draw 1.5-2.5 times faster.

# The test suite also runs in the Danish locale of the municipalities
# (meson test --setup danish), so da_DK.UTF-8 must exist.
if ! locale -a 2>/dev/null | grep -qix 'da_DK\.utf-\?8'; then
  $SUDO sed -i 's/^# *\(da_DK\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -qx 'da_DK.UTF-8 UTF-8' /etc/locale.gen || echo 'da_DK.UTF-8 UTF-8' | $SUDO tee -a /etc/locale.gen >/dev/null
  $SUDO locale-gen
fi
