#!/usr/bin/env bash
# Runs a command inside a private desktop session, the way a user's login provides one:
# a D-Bus session bus, an unlocked gnome-keyring (Secret Service) and a notification server
# that records every Notify call. HOME and the XDG directories are temporary, so nothing of the
# user's keyring, settings or data is touched. The command's exit status is returned.
#
# Usage: tests/session/run-in-session.sh COMMAND [ARG]...
# Environment for the command: EVENTWATCH_TEST_SESSION=1, HOME, XDG_* set to the temporary dirs.
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARG]..." >&2
    exit 2
fi

if [[ "${EVENTWATCH_IN_SESSION:-}" != 1 ]]; then
    for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
        if ! command -v "$tool" >/dev/null; then
            echo "run-in-session: '$tool' is missing (scripts/install-deps.sh test installs it)" >&2
            exit 2
        fi
    done
    session_root=$(mktemp -d "${TMPDIR:-/tmp}/eventwatch-session.XXXXXX")
    trap 'rm -rf "$session_root"' EXIT
    mkdir -p "$session_root/home" "$session_root/runtime" "$session_root/config" \
        "$session_root/data" "$session_root/cache"
    chmod 700 "$session_root/runtime"
    export HOME="$session_root/home"
    export XDG_RUNTIME_DIR="$session_root/runtime"
    export XDG_CONFIG_HOME="$session_root/config"
    export XDG_DATA_HOME="$session_root/data"
    export XDG_CACHE_HOME="$session_root/cache"
    export EVENTWATCH_IN_SESSION=1
    # Not exec: the trap must still remove the temporary directories afterwards.
    status=0
    dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private bus from here on.
stop_children() {
    [[ -n "${notifier_pid:-}" ]] && kill "$notifier_pid" 2>/dev/null || true
    [[ -n "${keyring_pid:-}" ]] && kill "$keyring_pid" 2>/dev/null || true
}
trap stop_children EXIT

name_has_owner() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q true
}

wait_for_name() {
    local name=$1
    for _ in $(seq 1 200); do
        name_has_owner "$name" && return 0
        sleep 0.05
    done
    echo "run-in-session: nobody took the bus name $name within 10 s" >&2
    return 1
}

# The keyring: a login collection created and unlocked with a throwaway password.
keyring_env=$(printf 'eventwatch-test\n' | gnome-keyring-daemon --unlock --components=secrets --daemonize)
eval "$(printf '%s\n' "$keyring_env" | sed -n 's/^\([A-Z_]*\)=\(.*\)$/export \1="\2"/p')"
keyring_pid=${GNOME_KEYRING_PID:-}
wait_for_name org.freedesktop.secrets

# The notification server: python3-dbusmock's notification daemon, logging every call.
if [[ "${EVENTWATCH_NO_NOTIFICATION_SERVER:-}" != 1 ]]; then
    export EVENTWATCH_NOTIFICATION_LOG="$XDG_RUNTIME_DIR/notifications.log"
    /usr/bin/python3 -m dbusmock --session --template notification_daemon \
        -l "$EVENTWATCH_NOTIFICATION_LOG" >"$XDG_RUNTIME_DIR/dbusmock.out" 2>&1 &
    notifier_pid=$!
    wait_for_name org.freedesktop.Notifications
fi

export EVENTWATCH_TEST_SESSION=1
status=0
"$@" || status=$?
exit "$status"
