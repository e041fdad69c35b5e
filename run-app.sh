#!/usr/bin/env bash
# Installs what is missing, builds, and starts Encrypted VM Backup against the
# embedded sandbox (an emulated Azure on loopback). Extra arguments go to the app.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$root/tools/ensure-deps.sh"
"$root/tools/build.sh"
exec "${EVB_BUILD_DIR:-$root/build}/app/encrypted-vm-backup" "$@"
