#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring on the current (private) D-Bus session,
# so QtKeychain talks to a real Secret Service. Meant to be started by dbus-run-session.
set -euo pipefail
keyring_home="$(mktemp -d)"
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# Unlocking with a password creates the "login" collection and makes it the default, so no
# prompt (which would need a display) ever appears. In the foreground, so it ends with us.
printf 'evb-test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets \
    > "$keyring_home/daemon.log" 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true; rm -rf "$keyring_home"' EXIT

# Ready once the Secret Service answers on the bus (a few tenths of a second).
for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.DBus.Peer.Ping > /dev/null 2>&1; then
        break
    fi
    sleep 0.1
done
"$@"
