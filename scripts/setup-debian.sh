#!/usr/bin/env bash
# Installs what PartyLedger needs to build, test and run on Debian 12 (or a derivative such as
# 统信UOS / 麒麟). Only Debian packages; nothing is downloaded at build time.
set -euo pipefail

packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6svg6 libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libicu-dev libsqlite3-dev catch2 libquazip1-qt6-dev python3-openpyxl sqlite3
    fonts-noto-cjk unicode-data bzip2 poppler-utils unzip python3
    xvfb xauth x11-apps x11-utils imagemagick
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
