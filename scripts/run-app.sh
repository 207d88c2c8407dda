#!/usr/bin/env bash
# Starts the built Eventwatch for `make run`: the window when a display is available, otherwise
# the headless receiver. The webhook token lives in the system keychain; one is generated on
# first use. Where no keychain can be reached (no desktop session), a private token file is
# used instead.
set -euo pipefail

binary=${1:?usage: run-app.sh BINARY [ARGS...]}
shift

# The token belongs to the data directory, so the token commands get the same one.
data_dir_options=()
previous=
for argument in "$@"; do
    [[ "$previous" == --data-dir ]] && data_dir_options=(--data-dir "$argument")
    [[ "$argument" == --data-dir=* ]] && data_dir_options=("$argument")
    previous=$argument
done

token_options=()
if "$binary" token show "${data_dir_options[@]}" >/dev/null 2>&1; then
    :
elif keychain_error=$("$binary" token generate "${data_dir_options[@]}" 2>&1 >/dev/null); then
    echo "Created a webhook token in the system keychain."
    echo "Give it to Mighty Networks as the webhook's API key: Settings (Ctrl+,) shows it, and so"
    echo "does '$binary token show'."
else
    echo "${keychain_error#eventwatch: }" >&2
    config_dir="${XDG_CONFIG_HOME:-$HOME/.config}/eventwatch"
    token_file="$config_dir/webhook-token"
    if [[ ! -s "$token_file" ]]; then
        mkdir -p "$config_dir"
        (umask 077 && head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$token_file")
        echo "Created a webhook token in $token_file instead."
        echo "Give Mighty Networks this token as the webhook's API key (Bearer token)."
    else
        echo "Using the webhook token in $token_file instead."
    fi
    chmod 600 "$token_file"
    token_options=(--token-file "$token_file")
fi

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$binary" "${token_options[@]}" "$@"
fi
echo "No display found: starting the receiver without a window (Ctrl+C stops it)."
exec "$binary" --headless "${token_options[@]}" "$@"
