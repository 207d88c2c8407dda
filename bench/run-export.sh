#!/usr/bin/env bash
# Export benchmark: `eventwatch export --format csv` against `sqlite3 -csv` reading the `events`
# view of the same store.
#
#   bench/run-export.sh BUILD_DIR DATA_DIR [ROUNDS]
#
# Runs sqlite3, eventwatch, sqlite3, eventwatch, ... (ROUNDS rounds, default 3), each writing to
# a file in a temporary directory, and prints every run's wall time, CPU time and peak RSS, then
# the ratio of the medians of the wall times (target <= 2). The store is read once first, so
# that neither side pays for the page cache. Use a store made by eventwatch-bench (see README).
#
# Exit status: 0 when every run worked (a missed target is printed, not failed), 1 when a run
# failed or the two exports do not hold the same number of lines, 2 on bad usage.

set -euo pipefail

readonly RATIO_TARGET=2

usage() {
    echo "usage: $0 BUILD_DIR DATA_DIR [ROUNDS]" >&2
    exit 2
}

[[ $# -ge 2 && $# -le 3 ]] || usage
readonly EVENTWATCH=$1/src/app/eventwatch
readonly DATA_DIR=$2
readonly ROUNDS=${3:-3}
readonly DATABASE=$DATA_DIR/eventwatch.sqlite3
[[ -x $EVENTWATCH ]] || { echo "no $EVENTWATCH: build the eventwatch target" >&2; exit 2; }
[[ -f $DATABASE ]] || { echo "no store at $DATABASE" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (Debian package sqlite3)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints "WALL_S CPU_S RSS_MB" for the command given.
measure() {
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        cat "$work/stderr" >&2
        return 1
    }
    awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/time"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

cat "$DATABASE" >/dev/null
printf '%-10s %8s %8s %8s\n' run wall_s cpu_s rss_mb
for ((round = 1; round <= ROUNDS; ++round)); do
    read -r wall cpu rss < <(measure sh -c 'sqlite3 -csv "$1" "SELECT * FROM events" > "$2"' \
        sh "$DATABASE" "$work/sqlite3.csv")
    printf '%-10s %8s %8s %8s\n' sqlite3 "$wall" "$cpu" "$rss"
    echo "$wall" >>"$work/sqlite3.wall"
    read -r wall cpu rss < <(measure "$EVENTWATCH" export --data-dir "$DATA_DIR" --format csv \
        -o "$work/eventwatch.csv")
    printf '%-10s %8s %8s %8s\n' eventwatch "$wall" "$cpu" "$rss"
    echo "$wall" >>"$work/eventwatch.wall"
done

# sqlite3 writes no header line; otherwise one line per event (no synthetic text has a line break).
sqlite_lines=$(wc -l <"$work/sqlite3.csv")
eventwatch_lines=$(($(wc -l <"$work/eventwatch.csv") - 1))
if [[ $sqlite_lines -ne $eventwatch_lines ]]; then
    echo "the exports differ: $sqlite_lines lines from sqlite3, $eventwatch_lines events from eventwatch" >&2
    exit 1
fi
sqlite_median=$(median <"$work/sqlite3.wall")
eventwatch_median=$(median <"$work/eventwatch.wall")
ratio=$(awk -v a="$eventwatch_median" -v b="$sqlite_median" 'BEGIN { printf "%.2f", a / b }')
verdict=$(awk -v r="$ratio" -v t="$RATIO_TARGET" 'BEGIN { print (r <= t) ? "PASS" : "FAIL" }')
echo "RESULT events=$eventwatch_lines sqlite3_s=$sqlite_median eventwatch_s=$eventwatch_median ratio=$ratio target<=$RATIO_TARGET $verdict"
