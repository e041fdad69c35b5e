#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless:
# offscreen Qt, a private D-Bus session and an unlocked gnome-keyring.
# Extra arguments go to ctest (for example: -R tst_ArmClient).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${EVB_BUILD_DIR:-$root/build}"
"$root/tools/ensure-deps.sh"
"$root/tools/build.sh"
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- "$root/tools/with-keyring.sh" \
    ctest --test-dir "$build" --output-on-failure --timeout 300 -j "$(nproc 2>/dev/null || echo 2)" "$@"
