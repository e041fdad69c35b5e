#!/usr/bin/env bash
# Renders the app icon's SVG into the PNG sizes the desktop and the window title use.
# The PNGs are committed, so building needs no SVG renderer; run this after editing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
id=io.github.encryptedvmbackup.EncryptedVmBackup
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$id.svg" -o "${size}x${size}/$id.png"
done
