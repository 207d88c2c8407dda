#!/usr/bin/env bash
# Proves that the Eventwatch package installs on a clean Debian 12 and runs there.
#
# Usage: packaging/check-deb.sh [BUILD_DIR]      (default: build)
#
# Takes the newest eventwatch_*_amd64.deb from BUILD_DIR, unpacks a fresh minimal bookworm root
# (debootstrapped once and kept as a tarball in BUILD_DIR/package-check), installs the package
# there with `apt-get install ./eventwatch_*.deb`, and runs `eventwatch --version`, `--help`,
# `export --help`, `token --help` and the headless receiver, which must say where it listens and
# exit 0 on SIGTERM; with Xvfb on this machine, the window too (a screenshot is kept as
# BUILD_DIR/package-check/window.png). Every Qt plugin installed in the root must find all its
# libraries. Before that, the package's desktop file, AppStream metainfo, man page and the package
# itself must pass desktop-file-validate, appstreamcli, man and lintian (lintian errors fail).
# Needs root (debootstrap, chroot, mounts). MIRROR overrides the Debian mirror; by default the
# one this machine's apt uses.
set -euo pipefail

build_dir=$(realpath "${1:-build}")
work="$build_dir/package-check"
tarball="$work/bookworm-minbase.tar"
root="$work/root"
archives="$work/apt-archives"
suite=bookworm

say() { printf '\n== %s\n' "$*"; }
fail() {
    printf 'check-deb: %s\n' "$*" >&2
    exit 1
}

[[ $(id -u) -eq 0 ]] || fail "needs root (debootstrap, chroot and mounts)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: scripts/install-deps.sh package"

deb=$(find "$build_dir" -maxdepth 1 -name 'eventwatch_*_amd64.deb' -printf '%T@ %p\n' |
    sort -rn | head -n 1 | cut -d' ' -f2-)
[[ -n "$deb" ]] || fail "no eventwatch_*_amd64.deb in $build_dir: run 'make package' first"

# The mirror this machine's apt already uses, so the check needs no other network access.
host_mirror() {
    local uri
    uri=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources |
        awk '$2 ~ /\/debian\/?$/ { print $2; exit }')
    if [[ -z "$uri" ]]; then
        uri=$(grep -hs '^deb ' /etc/apt/sources.list | awk '$2 ~ /\/debian\/?$/ { print $2; exit }')
    fi
    printf '%s' "$uri"
}
mirror=${MIRROR:-$(host_mirror)}

unmount_all() {
    local target
    [[ -z "${pid:-}" ]] || kill "$pid" 2>/dev/null || true
    [[ -z "${xvfb_pid:-}" ]] || kill "$xvfb_pid" 2>/dev/null || true
    for target in "$root/tmp/.X11-unix" "$root/var/cache/apt/archives" "$root/dev/pts" "$root/dev" \
        "$root/proc"; do
        if mountpoint -q "$target" 2>/dev/null; then
            umount -l "$target"
        fi
    done
}
trap unmount_all EXIT

make_tarball() {
    say "debootstrap $suite (minbase) into $work, once"
    local fresh="$work/bootstrap"
    rm -rf "$fresh"
    mkdir -p "$fresh"
    # shellcheck disable=SC2086 # an empty mirror means debootstrap's default
    debootstrap --variant=minbase "$suite" "$fresh" ${mirror:+"$mirror"}
    # Debian 12 as users have it: with its updates and security suites.
    local base=${mirror:-$(awk '/^deb / { print $2; exit }' "$fresh/etc/apt/sources.list")}
    cat >"$fresh/etc/apt/sources.list" <<SOURCES
deb $base $suite main
deb $base $suite-updates main
deb ${base%/debian*}/debian-security $suite-security main
SOURCES
    tar -C "$fresh" -cf "$tarball.part" .
    mv "$tarball.part" "$tarball"
    rm -rf "$fresh"
}

validate_contents() {
    local contents="$work/contents"
    rm -rf "$contents"
    mkdir -p "$contents"
    dpkg-deb --extract "$deb" "$contents"
    say "desktop-file-validate"
    desktop-file-validate "$contents"/usr/share/applications/*.desktop
    say "appstreamcli validate"
    appstreamcli validate --no-net "$contents"/usr/share/metainfo/*.metainfo.xml
    say "man page"
    local warnings
    warnings=$(MANWIDTH=80 man --warnings -l "$contents/usr/share/man/man1/eventwatch.1.gz" 2>&1 >/dev/null)
    [[ -z "$warnings" ]] || fail "the man page has warnings: $warnings"
    MANWIDTH=80 man -l "$contents/usr/share/man/man1/eventwatch.1.gz" | sed -n '1,12p'
    say "lintian"
    local report
    report=$(lintian --allow-root --display-info "$deb" 2>&1 || true)
    printf '%s\n' "${report:-no tags}"
    ! grep -q '^E: ' <<<"$report" || fail "lintian reports errors"
}

mkdir -p "$work" "$archives"
validate_contents
[[ -f "$tarball" ]] || make_tarball

say "fresh root from $tarball"
# Never delete through a mount left over from an interrupted run (/dev is bound in there).
unmount_all
! grep -q " $root/" /proc/mounts || fail "$root still has mounts; unmount them first"
rm -rf --one-file-system "$root"
mkdir -p "$root"
tar -C "$root" -xf "$tarball"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# No daemon may start inside the root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount --bind "$archives" "$root/var/cache/apt/archives"

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive ${display:+DISPLAY="$display"} "$@"
}
# The same in a background job whose pid is eventwatch's own (chroot and env exec it).
in_root_exec() {
    exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 ${display:+DISPLAY="$display"} "$@"
}

# Starts eventwatch in the root in the background; waits until $2 (a command) succeeds.
start_and_wait() {
    local log=$1 ready=$2
    shift 2
    in_root_exec "$@" 2>"$log" &
    pid=$!
    for _ in $(seq 150); do
        eval "$ready" && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# On SIGTERM eventwatch must answer what is in flight and exit 0.
stop_with_sigterm() {
    kill -TERM "$pid"
    local status=0
    wait "$pid" || status=$?
    [[ $status -eq 0 ]] || fail "eventwatch exited with status $status on SIGTERM"
    echo "exit status on SIGTERM: $status"
}

say "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
status=0
in_root apt-get install -y --no-install-recommends "./tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 ||
    status=$?
# Without the lines for each of the ~100 packages.
grep -v '^\(Get:[0-9]* \|Preparing to unpack \|Unpacking \|Selecting previously \|Setting up \|Processing triggers \|(Reading database\)' \
    "$work/apt.log" || true
[[ $status -eq 0 ]] || fail "apt-get install failed with status $status (see $work/apt.log)"
in_root dpkg-query -W -f='${Status}\n' eventwatch | grep -qx 'install ok installed' ||
    fail "eventwatch is not installed"

say "eventwatch --version"
in_root eventwatch --version
say "eventwatch --help"
in_root eventwatch --help
say "eventwatch export --help"
in_root eventwatch export --help
say "eventwatch token --help"
in_root eventwatch token --help

say "eventwatch --headless --no-auth --port 0"
log="$root/tmp/headless.log"
if ! start_and_wait "$log" "grep -q 'listening on' '$log'" \
    eventwatch --headless --no-auth --port 0 --data-dir /tmp/eventwatch-headless; then
    cat "$log"
    kill "$pid" 2>/dev/null || true
    fail "the headless receiver did not say where it listens"
fi
cat "$log"
grep -q 'listening on http://127.0.0.1:[0-9]*/webhooks/mighty-networks' "$log" ||
    fail "unexpected listening line"
stop_with_sigterm
[[ -f "$root/tmp/eventwatch-headless/eventwatch.sqlite3" ]] || fail "no database was written"

if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
    say "eventwatch (the window, on Xvfb)"
    # Xvfb picks a free display number and writes it to the file.
    rm -f "$work/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do
        [[ -s "$work/display" ]] && break
        sleep 0.1
    done
    [[ -s "$work/display" ]] || fail "Xvfb did not start"
    display=":$(tr -d '[:space:]' <"$work/display")"
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    log="$root/tmp/window.log"
    window_shown="DISPLAY=$display xwininfo -root -tree | grep -q '(\"eventwatch\" \"eventwatch\")  [0-9]'"
    if ! start_and_wait "$log" "$window_shown" \
        eventwatch --no-auth --port 0 --data-dir /tmp/eventwatch-window; then
        cat "$log"
        kill "$pid" 2>/dev/null || true
        fail "the window did not appear"
    fi
    DISPLAY=$display xwininfo -root -tree | grep '("eventwatch" "eventwatch")'
    # Let it paint once before the screenshot.
    sleep 2
    if command -v import >/dev/null; then
        DISPLAY=$display import -window root "$work/window.png" && echo "screenshot: $work/window.png"
    fi
    stop_with_sigterm
    cat "$log"
    display=
fi

say "Qt plugins find their libraries"
missing=$(in_root sh -c 'for so in $(find /usr/lib/x86_64-linux-gnu/qt6/plugins -name "*.so"); do
    ldd "$so" | sed -n "s|^\s*\(.*not found\)|$so: \1|p"; done')
[[ -z "$missing" ]] || fail "unresolved libraries: $missing"
in_root sh -c 'find /usr/lib/x86_64-linux-gnu/qt6/plugins -name "*.so" | sort | sed "s|.*/plugins/||"'

say "installed files"
in_root sh -c 'dpkg -L eventwatch | while read -r f; do [ -f "$f" ] && echo "$f"; done'
say "check-deb: OK ($(basename "$deb") installs and runs on a clean Debian 12)"
