#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Spil builds and tests with, only those that are missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config git tzdata
    qt6-base-dev libqt6sql6-sqlite qt6-websockets-dev qt6-httpserver-dev
    libical-dev libsodium-dev libqpdf-dev qt6-pdf-dev qml6-module-qtquick-pdf
    libgtest-dev libgmock-dev libbenchmark-dev
    qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins
    qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-models
    qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qttest
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
    libqt6quicktest6 xvfb xauth x11-utils fonts-dejavu-core fonts-roboto-unhinted
    postgresql libqt6sql6-psql openssl libssl-dev python3 qt6-translations-l10n
    libmicrohttpd-dev libcpp-httplib-dev python3-caldav vdirsyncer khal todoman radicale
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "spil: installing ${missing[*]}" >&2
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "spil: run as root or install sudo" >&2; exit 1; }
    as_root=(sudo)
fi
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
