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

# Ready once the "login" collection exists and is the default: the Secret Service answers on
# the bus a moment before the unlocked collection is created, and a write in that gap asks for
# a prompt (which needs a display) and fails.
# NameHasOwner first: a call to an unowned name would make D-Bus start a second, locked
# gnome-keyring through service activation, which then wins the name over ours.
keyring_ready() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2> /dev/null |
        grep -q 'boolean true' || return 1
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.ReadAlias string:default 2> /dev/null |
        grep -q 'collection/login'
}
for _ in $(seq 100); do
    keyring_ready && break
    sleep 0.1
done
if ! keyring_ready; then
    echo "with-keyring: gnome-keyring did not provide an unlocked login collection" >&2
    cat "$keyring_home/daemon.log" >&2
    exit 1
fi
"$@"
