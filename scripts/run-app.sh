#!/usr/bin/env bash
# Starts the built Eventwatch for `make run`: the window when a display is available, otherwise
# the headless receiver. Creates a private webhook token file on first use.
set -euo pipefail

binary=${1:?usage: run-app.sh BINARY}
config_dir="${XDG_CONFIG_HOME:-$HOME/.config}/eventwatch"
token_file="$config_dir/webhook-token"

if [[ ! -s "$token_file" ]]; then
    mkdir -p "$config_dir"
    (umask 077 && head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$token_file")
    echo "Created a webhook token in $token_file"
    echo "Give Mighty Networks this token as the webhook's API key (Bearer token)."
fi
chmod 600 "$token_file"

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$binary" --token-file "$token_file" "${@:2}"
fi
echo "No display found: starting the receiver without a window (Ctrl+C stops it)."
exec "$binary" --headless --token-file "$token_file" "${@:2}"
