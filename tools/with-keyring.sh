#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring on the current (private) D-Bus session,
# so QtKeychain talks to a real Secret Service. Meant to be started by dbus-run-session.
set -euo pipefail
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Unlocking with a password creates the "login" collection and makes it the default,
# so no prompt (which would need a display) ever appears.
eval "$(printf 'evb-test-keyring' | gnome-keyring-daemon --daemonize --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
