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
  coinor-libcbc-dev coinor-libclp-dev libpoppler-glib-dev libgmime-3.0-dev libstemmer-dev \
  desktop-file-utils appstream xvfb xauth dbus dbus-x11 \
  fonts-cantarell fonts-dejavu-core adwaita-icon-theme sqlite3 unzip libxml2-utils
