#!/usr/bin/env bash
# Installs the Debian 12 packages Eventwatch needs to build, run and test, if any are missing.
# Usage: scripts/install-deps.sh [build|test|bench|package]...  (build is always included)
set -euo pipefail

build_packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-sqlite libsqlite3-dev libgl-dev qtkeychain-qt6-dev libsecret-1-0
    libical-dev qt6-l10n-tools qt6-tools-dev
)
# A private desktop session for the tests: bus, keyring, notification server (tests/session/).
test_packages=(sqlite3 util-linux dbus-daemon dbus-bin gnome-keyring libsecret-tools python3-dbusmock
    desktop-file-utils appstream groff-base python3-icalendar qt6-translations-l10n)
bench_packages=(wrk sqlite3)
# `make package` (dpkg-shlibdeps, validators, icon rendering) and `make package-check` (a clean
# Debian 12 root, and a display for the window there).
package_packages=(dpkg-dev file gzip desktop-file-utils appstream lintian groff-base man-db
    librsvg2-bin debootstrap xvfb x11-utils)

wanted=("${build_packages[@]}")
for group in "$@"; do
    case "$group" in
    build) ;;
    test) wanted+=("${test_packages[@]}") ;;
    bench) wanted+=("${bench_packages[@]}") ;;
    package) wanted+=("${package_packages[@]}") ;;
    *) echo "install-deps: unknown group '$group' (build, test, bench, package)" >&2; exit 2 ;;
    esac
done

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi
# Unique, in order.
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | awk '!seen[$0]++')

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
        echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
    sudo=(sudo)
fi
echo "Installing missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
