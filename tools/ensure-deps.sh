#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the app and the tests need.
# As root it runs apt-get; otherwise it prints the exact command and stops,
# because guessing at sudo would hide a password prompt inside a build.
set -euo pipefail

PACKAGES=(
    g++ cmake ninja-build pkg-config git
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libspdlog-dev libgl-dev
    dbus dbus-x11 gnome-keyring libsecret-1-0
    desktop-file-utils appstream dpkg-dev file
    clang libclang-rt-14-dev  # the fuzz targets (libFuzzer) in tests/fuzz
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages. Install them with:" >&2
    echo "  sudo apt-get update && sudo $cmd" >&2
    exit 1
fi

echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
$cmd
