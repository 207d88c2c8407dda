#!/usr/bin/env bash
# Ingest benchmark: Eventwatch's durable webhook ingest against a bare QHttpServer, same wrk script.
#
#   bench/run-ingest.sh BUILD_DIR [DURATION_SECONDS]
#
# Runs bare, durable, eventwatch in each of EVENTWATCH_BENCH_ROUNDS rounds (default 2), each with a
# 2 s warm-up and a measured `wrk -t2 -c16 -dDURATION` run of bench/ingest.lua (every request a new
# EventCreated delivery, bearer token on), keeps the best round of each by requests/s and prints
# them, Eventwatch's ratio to the bare server and PASS/FAIL against the targets (ratio >= 0.6,
# Eventwatch p99 <= 5 ms). "durable" is the durable baseline (bench_durable_server: the bare server
# plus one synced SQLite insert per delivery), shown for scale: what any receiver that answers
# only after a sync reaches on this machine. Also checks that Eventwatch and the durable baseline
# stored at least as many deliveries as they answered 2xx.
#
# Exit status: 0 when every run worked (even if a target was missed: the miss is printed),
# 1 on a broken run (a server did not start or stop cleanly, non-2xx answers or socket errors,
# fewer stored rows than 2xx answers), 2 on bad usage or missing tools.
#
# Environment:
#   EVENTWATCH_BENCH_ROUNDS=N      rounds of (bare, eventwatch); default 2
#   EVENTWATCH_BENCH_ONLY=bare     measure the bare server only (while eventwatch is unavailable)
#   EVENTWATCH_BENCH_KEEP=1        keep the temporary directory (logs, wrk output, databases)

set -euo pipefail

readonly THREADS=2
readonly CONNECTIONS=16
readonly WARMUP_SECONDS=2
readonly RATIO_TARGET=0.6
readonly P99_TARGET_MS=5
readonly START_TIMEOUT_SECONDS=30
readonly STOP_TIMEOUT_SECONDS=30
readonly ROUTE=/webhooks/mighty-networks
# Loopback TCP's softirq work alone takes ~0.2 cores here; more than this means other work competed.
readonly NOISY_REST_CORES=0.5
# A sync takes ~0.25 ms on this machine's disk when nothing else writes to it; more than this means
# other work (a build writing objects) competed for the disk.
readonly NOISY_SYNC_MS=1

usage() {
    echo "usage: $0 BUILD_DIR [DURATION_SECONDS]" >&2
    exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
BUILD_DIR=$1
DURATION=${2:-10}
ROUNDS=${EVENTWATCH_BENCH_ROUNDS:-2}
ONLY=${EVENTWATCH_BENCH_ONLY:-}
[[ $DURATION =~ ^[1-9][0-9]*$ ]] || { echo "DURATION must be a whole number of seconds" >&2; exit 2; }
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "EVENTWATCH_BENCH_ROUNDS must be a positive integer" >&2; exit 2; }
[[ -z $ONLY || $ONLY == bare ]] || { echo "EVENTWATCH_BENCH_ONLY may only be 'bare'" >&2; exit 2; }

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly LUA_SCRIPT=$BENCH_DIR/ingest.lua
readonly BARE_SERVER=$BUILD_DIR/bench/bench_bare_server
readonly DURABLE_SERVER=$BUILD_DIR/bench/bench_durable_server
readonly EVENTWATCH=$BUILD_DIR/src/app/eventwatch

for tool in wrk sqlite3 awk; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 2; }
done
[[ -x $BARE_SERVER ]] || { echo "missing $BARE_SERVER (build target bench_bare_server)" >&2; exit 2; }
if [[ -z $ONLY && ! -x $EVENTWATCH ]]; then
    echo "missing $EVENTWATCH (build target eventwatch)" >&2
    exit 2
fi
if [[ -z $ONLY && ! -x $DURABLE_SERVER ]]; then
    echo "missing $DURABLE_SERVER (build target bench_durable_server)" >&2
    exit 2
fi

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/eventwatch-bench.XXXXXX")
SERVER_PID=
BROKEN=0
NOISY=0
SLOW_DISK=0

cleanup() {
    local status=$?
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [[ ${EVENTWATCH_BENCH_KEEP:-0} == 1 || $status -ne 0 ]]; then
        echo "kept $WORK_DIR (logs, wrk output, databases)" >&2
    else
        rm -rf "$WORK_DIR"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A throwaway token in a file only the owner can read, as a real deployment would keep it.
TOKEN=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
readonly TOKEN_FILE=$WORK_DIR/token
(umask 077 && printf '%s\n' "$TOKEN" >"$TOKEN_FILE")
chmod 600 "$TOKEN_FILE"
export EVENTWATCH_BENCH_TOKEN=$TOKEN

# Eventwatch must not read or write the user's settings: give it a private home.
mkdir -p "$WORK_DIR/home/config" "$WORK_DIR/home/data" "$WORK_DIR/home/cache" "$WORK_DIR/home/runtime"
chmod 700 "$WORK_DIR/home/runtime"

broken() {
    echo "BROKEN RUN: $*" >&2
    BROKEN=1
}

show_log() {
    echo "---- last lines of $1 ----" >&2
    tail -n 20 "$1" >&2 || true
    echo "----" >&2
}

free_port() {
    local port
    if command -v python3 >/dev/null; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
        return
    fi
    while :; do
        port=$((20000 + RANDOM % 40000))
        if ! ss -Htln 2>/dev/null | awk '{print $4}' | grep -q ":$port\$"; then
            echo "$port"
            return
        fi
    done
}

# database_of KIND DATA_DIR: the SQLite file a storing server writes its deliveries table to.
database_of() {
    if [[ $1 == durable ]]; then
        echo "$2/deliveries.sqlite3"
    else
        echo "$2/eventwatch.sqlite3"
    fi
}

# start_server KIND LOG [DATA_DIR]: starts the server, waits for its "listening on" line and sets
# SERVER_PID and PORT. A port taken between choosing and binding it is retried with another one.
start_server() {
    local kind=$1 log=$2 data_dir=${3:-} attempt rc
    for attempt in 1 2 3; do
        PORT=$(free_port)
        : >"$log"
        if [[ $kind == bare ]]; then
            "$BARE_SERVER" "$PORT" >"$log" 2>&1 &
        elif [[ $kind == durable ]]; then
            "$DURABLE_SERVER" "$PORT" "$(database_of durable "$data_dir")" >"$log" 2>&1 &
        else
            HOME=$WORK_DIR/home XDG_CONFIG_HOME=$WORK_DIR/home/config XDG_DATA_HOME=$WORK_DIR/home/data \
                XDG_CACHE_HOME=$WORK_DIR/home/cache XDG_RUNTIME_DIR=$WORK_DIR/home/runtime \
                QT_QPA_PLATFORM=offscreen \
                "$EVENTWATCH" --headless --data-dir "$data_dir" --port "$PORT" --token-file "$TOKEN_FILE" \
                >"$log" 2>&1 &
        fi
        SERVER_PID=$!
        local waited=0
        while ((waited < START_TIMEOUT_SECONDS * 20)); do
            if grep -qs "listening on http://127.0.0.1:$PORT$ROUTE" "$log"; then
                return 0
            fi
            if ! kill -0 "$SERVER_PID" 2>/dev/null; then
                rc=0
                wait "$SERVER_PID" || rc=$?
                SERVER_PID=
                echo "$kind exited with status $rc before listening (attempt $attempt, port $PORT)" >&2
                show_log "$log"
                continue 2
            fi
            sleep 0.05
            waited=$((waited + 1))
        done
        echo "$kind did not print 'listening on http://127.0.0.1:$PORT$ROUTE' within ${START_TIMEOUT_SECONDS}s" >&2
        show_log "$log"
        return 1
    done
    return 1
}

# stop_server KIND LOG: SIGTERM, then expects exit status 0 within STOP_TIMEOUT_SECONDS.
stop_server() {
    local kind=$1 log=$2 rc=0 waited=0
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        wait "$SERVER_PID" || rc=$?
        SERVER_PID=
        broken "$kind exited on its own with status $rc (before SIGTERM)"
        show_log "$log"
        return 1
    fi
    kill -TERM "$SERVER_PID"
    while kill -0 "$SERVER_PID" 2>/dev/null; do
        if ((waited >= STOP_TIMEOUT_SECONDS * 20)); then
            kill -KILL "$SERVER_PID" 2>/dev/null || true
            wait "$SERVER_PID" 2>/dev/null || true
            SERVER_PID=
            broken "$kind did not exit within ${STOP_TIMEOUT_SECONDS}s of SIGTERM"
            show_log "$log"
            return 1
        fi
        sleep 0.05
        waited=$((waited + 1))
    done
    wait "$SERVER_PID" || rc=$?
    SERVER_PID=
    if ((rc != 0)); then
        broken "$kind exited with status $rc after SIGTERM"
        show_log "$log"
        return 1
    fi
}

# CPU accounting, in clock ticks: a process (all its threads) and the whole machine.
CLK_TCK=$(getconf CLK_TCK)
readonly CLK_TCK
process_ticks() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
    stat=${stat##*) }
    # shellcheck disable=SC2086
    set -- $stat
    echo $((${12} + ${13}))
}
machine_ticks() { # prints "busy total"; guest time is already part of user time, so fields 2-9 only
    awk '/^cpu / { total = 0; for (i = 2; i <= 9; i++) total += $i; print total - $5 - $6, total }' /proc/stat
}

# field NAME LINE: the value of NAME=... in a RESULT line.
field() {
    local name=$1 line=$2
    awk -v name="$name" '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == name) print kv[2] } }' \
        <<<"$line"
}

# run_wrk SECONDS OUTFILE: runs the wrk script against the server on PORT; prints its RESULT line
# followed by server CPU ticks, wrk CPU seconds, machine busy ticks, machine total ticks.
run_wrk() {
    local seconds=$1 out=$2 server_before server_after busy_before total_before busy_after total_after
    local wrk_cpu rc=0
    server_before=$(process_ticks "$SERVER_PID")
    read -r busy_before total_before < <(machine_ticks)
    local TIMEFORMAT='%U %S'
    { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" -s "$LUA_SCRIPT" \
        "http://127.0.0.1:$PORT$ROUTE" >"$out" 2>&1 || rc=$?; } 2>"$out.time"
    read -r busy_after total_after < <(machine_ticks)
    server_after=$(process_ticks "$SERVER_PID")
    wrk_cpu=$(awk '{ print $1 + $2 }' "$out.time")
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "the server exited during the wrk run" >&2
        return 1
    fi
    local result
    result=$(grep '^RESULT ' "$out" || true)
    if ((rc != 0)) || [[ -z $result ]]; then
        echo "wrk failed (status $rc):" >&2
        cat "$out" >&2
        return 1
    fi
    echo "$result server_ticks=$((server_after - server_before)) wrk_cpu_s=$wrk_cpu" \
        "machine_busy_ticks=$((busy_after - busy_before)) machine_ticks=$((total_after - total_before))"
}

# disk_probe DIR BLOCK_BYTES COUNT SECONDS: writes BLOCK_BYTES and fdatasyncs, back to back, in DIR
# (where the databases are), COUNT times or for SECONDS, whichever ends first. Prints the number of
# syncs and, in ms, their median, p99, how many took over 5 ms and the longest; "?" without python3.
disk_probe() {
    local python
    python=$(command -v /usr/bin/python3 || command -v python3 || true)
    [[ -n $python ]] || { echo "?"; return; }
    "$python" - "$@" <<'PY'
import os, sys, time
directory, block_bytes, count, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
path = os.path.join(directory, "disk-probe")
fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
block = b"x" * block_bytes
# Overwrite what is already written, as a database's log is, rather than time block allocation.
os.pwrite(fd, b"x" * (4 << 20), 0)
os.fdatasync(fd)
times = []
end = time.monotonic() + seconds
while len(times) < count and time.monotonic() < end:
    os.pwrite(fd, block, (len(times) * block_bytes) % (4 << 20))
    start = time.perf_counter()
    os.fdatasync(fd)
    times.append((time.perf_counter() - start) * 1000)
os.close(fd)
os.unlink(path)
times.sort()
n = len(times)
print("%d %.2f %.2f %d %.1f" % (n, times[n // 2], times[n * 99 // 100], sum(t > 5 for t in times), times[-1]))
PY
}

# sync_probe DIR: the median time in ms of an fdatasync after a 4 KiB write in DIR, as a commit
# pays it when the disk is otherwise idle; "?" without python3.
sync_probe() {
    local probe
    probe=$(disk_probe "$1" 4096 40 10)
    [[ $probe != "?" ]] || { echo "?"; return; }
    awk '{ print $2 }' <<<"$probe"
}

# disk_tail_probe DIR SECONDS: the disk's slow syncs, which every delivery in flight waits out (see
# bench/README.md): a 52 KiB write (a commit's size under this load) and an fdatasync, back to back.
disk_tail_probe() {
    local probe
    probe=$(disk_probe "$1" $((13 * 4096)) 1000000 "$2")
    [[ $probe != "?" ]] || { echo "not measured (no python3)"; return; }
    awk -v s="$2" '{ printf "%d syncs in %g s, median %.2f ms, p99 %.2f ms, %d over 5 ms, longest %.1f ms\n",
        $1, s, $2, $3, $4, $5 }' <<<"$probe"
}

declare -a ROWS=()
declare -A BEST_RPS=() BEST_P99=() BEST_RUN=() MIN_US=()

# measure KIND ROUND: one warm-up and one measured run against a freshly started server.
measure() {
    local kind=$1 round=$2 label="$1 #$2"
    local log=$WORK_DIR/$kind-$round.log data_dir=$WORK_DIR/$kind-$round.data
    mkdir -p "$data_dir"
    if ! start_server "$kind" "$log" "$data_dir"; then
        broken "$kind did not start"
        exit 1
    fi

    local warm main
    if ! warm=$(run_wrk "$WARMUP_SECONDS" "$WORK_DIR/$kind-$round.warmup.txt"); then
        broken "$label: warm-up wrk run failed"
        stop_server "$kind" "$log" || true
        return
    fi
    if ! main=$(run_wrk "$DURATION" "$WORK_DIR/$kind-$round.wrk.txt"); then
        broken "$label: wrk run failed"
        stop_server "$kind" "$log" || true
        return
    fi
    stop_server "$kind" "$log" || true

    local sync_ms=-
    if [[ $kind != bare ]]; then
        sync_ms=$(sync_probe "$data_dir")
        if awk -v s="$sync_ms" -v n="$NOISY_SYNC_MS" 'BEGIN { exit !(s != "?" && s > n) }'; then
            SLOW_DISK=1
        fi
    fi

    local rps p50 p99 ok errors warm_ok warm_errors
    rps=$(field rps "$main")
    p50=$(field p50_ms "$main")
    p99=$(field p99_ms "$main")
    ok=$(field ok "$main")
    errors=$(field errors "$main")
    warm_ok=$(field ok "$warm")
    warm_errors=$(field errors "$warm")
    if ((errors > 0 || warm_errors > 0)); then
        broken "$label: $((errors + warm_errors)) requests failed" \
            "(non-2xx: $(($(field non2xx "$main") + $(field non2xx "$warm")))," \
            "socket errors: $(($(field socket_errors "$main") + $(field socket_errors "$warm"))))"
        show_log "$log"
    fi

    # CPU during the measured run: server CPU per request; server, wrk, the rest and idle in cores.
    local server_ticks wrk_cpu busy total requests cpu_cols
    server_ticks=$(field server_ticks "$main")
    wrk_cpu=$(field wrk_cpu_s "$main")
    busy=$(field machine_busy_ticks "$main")
    total=$(field machine_ticks "$main")
    requests=$(field requests "$main")
    cpu_cols=$(awk -v st="$server_ticks" -v hz="$CLK_TCK" -v w="$wrk_cpu" -v b="$busy" -v t="$total" \
        -v n="$requests" -v cores="$(nproc)" 'BEGIN {
            wall = t / hz / cores; server = st / hz; busy = b / hz
            rest = busy - server - w; if (rest < 0) rest = 0
            idle = (t - b) / hz
            printf "%10.1f %9.2f %9.2f %6.2f %6.2f", (n > 0 ? server * 1e6 / n : 0),
                server / wall, w / wall, rest / wall, idle / wall }')
    if awk -v c="$cpu_cols" 'BEGIN { split(c, f, " "); exit !(f[4] > '"$NOISY_REST_CORES"') }'; then
        NOISY=1
    fi

    local stored=-
    if [[ $kind != bare ]]; then
        local db
        db=$(database_of "$kind" "$data_dir")
        local answered=$((warm_ok + ok))
        if ! stored=$(sqlite3 "$db" 'select count(*) from deliveries' 2>&1); then
            broken "$label: cannot count deliveries in $db: $stored"
            stored="?"
        elif ((stored < answered)); then
            broken "$label: only $stored deliveries stored but $answered answered 2xx (warm-up + measured)"
        fi
        stored="$stored/$answered"
    fi

    ROWS+=("$(printf '%-14s %9.0f %7.2f %7.2f %8d %6d %s  %-12s %s' "$label" "$rps" "$p50" "$p99" \
        "$ok" "$errors" "$cpu_cols" "$stored" "$sync_ms")")
    local us_per_request
    us_per_request=$(awk '{ print $1 }' <<<"$cpu_cols")
    if [[ -z ${MIN_US[$kind]:-} ]] || awk -v a="$us_per_request" -v b="${MIN_US[$kind]}" 'BEGIN { exit !(a < b) }'; then
        MIN_US[$kind]=$us_per_request
    fi
    if [[ -z ${BEST_RPS[$kind]:-} ]] || awk -v a="$rps" -v b="${BEST_RPS[$kind]}" 'BEGIN { exit !(a > b) }'; then
        BEST_RPS[$kind]=$rps
        BEST_P99[$kind]=$p99
        BEST_RUN[$kind]=$label
    fi
}

echo "Ingest benchmark: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (after a ${WARMUP_SECONDS}s warm-up)," \
    "bench/ingest.lua: new EventCreated per request, bearer token on; $ROUNDS round(s)"
DISK_TAIL=
if [[ -z $ONLY ]]; then
    DISK_TAIL=$(disk_tail_probe "$WORK_DIR" 5)
    echo "disk: $DISK_TAIL"
fi
for round in $(seq "$ROUNDS"); do
    echo "round $round: bare server ..." >&2
    measure bare "$round"
    if [[ -z $ONLY ]]; then
        echo "round $round: durable baseline ..." >&2
        measure durable "$round"
        echo "round $round: eventwatch ..." >&2
        measure eventwatch "$round"
    fi
done

echo
printf '%-14s %9s %7s %7s %8s %6s %10s %9s %9s %6s %6s  %-12s %s\n' run req/s p50_ms p99_ms 2xx \
    errors "srv_us/req" "srv_cores" "wrk_cores" "rest" "idle" "stored/2xx" "sync_ms"
for row in "${ROWS[@]}"; do
    echo "$row"
done
echo "(srv_us/req: server CPU time per answered request. Cores busy during the measured run, of $(nproc):" \
    "server, wrk, rest = kernel softirq (loopback TCP), steal and other processes, idle.)"
echo "(sync_ms: median fdatasync of a 4 KiB write in the data directory, measured after the run.)"
if ((SLOW_DISK)); then
    echo "NOTE: a sync took more than $NOISY_SYNC_MS ms after some runs ('sync_ms'): other work was" \
        "writing to the disk, and every commit waits for a sync, so treat those figures as low."
fi
if ((NOISY)); then
    echo "NOTE: other work used more than $NOISY_REST_CORES cores during some runs ('rest'): the machine" \
        "was busy, treat those figures as low."
fi
echo

if [[ -z ${BEST_RPS[bare]:-} ]]; then
    echo "RESULT: BROKEN (no successful bare server run)"
    exit 1
fi
printf 'bare server   best %9.0f req/s  p99 %7s ms  (%s)\n' "${BEST_RPS[bare]}" "${BEST_P99[bare]}" \
    "${BEST_RUN[bare]}"
if [[ -n $ONLY ]]; then
    echo "eventwatch    not measured (EVENTWATCH_BENCH_ONLY=bare)"
    ((BROKEN == 0)) || { echo "RESULT: BROKEN"; exit 1; }
    echo "RESULT: bare server only"
    exit 0
fi
if [[ -z ${BEST_RPS[eventwatch]:-} ]]; then
    echo "eventwatch    no successful run"
    echo "RESULT: BROKEN"
    exit 1
fi
printf 'eventwatch    best %9.0f req/s  p99 %7s ms  (%s)\n' "${BEST_RPS[eventwatch]}" \
    "${BEST_P99[eventwatch]}" "${BEST_RUN[eventwatch]}"
if [[ -n ${BEST_RPS[durable]:-} ]]; then
    printf 'durable base  best %9.0f req/s  p99 %7s ms  (%s)\n' "${BEST_RPS[durable]}" \
        "${BEST_P99[durable]}" "${BEST_RUN[durable]}"
fi

verdict=$(awk -v e="${BEST_RPS[eventwatch]}" -v b="${BEST_RPS[bare]}" -v p="${BEST_P99[eventwatch]}" \
    -v rt="$RATIO_TARGET" -v pt="$P99_TARGET_MS" 'BEGIN {
        ratio = e / b
        printf "ratio         %.2f x  (target >= %.2f)  %s\n", ratio, rt, (ratio >= rt ? "PASS" : "FAIL")
        printf "p99           %s ms (target <= %g ms)  %s\n", p, pt, (p + 0 <= pt ? "PASS" : "FAIL")
        print ((ratio >= rt && p <= pt) ? "PASS" : "FAIL")
    }')
head -n 2 <<<"$verdict"
echo "disk          $DISK_TAIL (before the runs; every delivery in flight waits out a slow sync)"
# Server CPU per request is far less sensitive to a busy machine than requests/s: a second opinion.
awk -v e="${MIN_US[eventwatch]}" -v b="${MIN_US[bare]}" 'BEGIN {
    printf "cpu/request   eventwatch %.0f us, bare %.0f us (lowest of the runs): %.1f x the CPU per delivery\n",
        e, b, (b > 0 ? e / b : 0) }'
if [[ -n ${BEST_RPS[durable]:-} ]]; then
    # Not a target: how far the sync each answer waits for already is from the bare server.
    awk -v e="${BEST_RPS[eventwatch]}" -v d="${BEST_RPS[durable]}" -v b="${BEST_RPS[bare]}" 'BEGIN {
        printf "for scale     durable baseline %.2f x the bare server; eventwatch %.2f x the durable baseline\n",
            d / b, e / d }'
fi
echo "durability    stored/2xx per eventwatch and durable run in the table (deliveries rows must be >= 2xx answers)"

if ((BROKEN != 0)); then
    echo "RESULT: BROKEN (see the messages above)"
    exit 1
fi
if [[ $(tail -n 1 <<<"$verdict") == PASS ]]; then
    echo "RESULT: PASS"
else
    echo "RESULT: FAIL (target missed; the run itself worked)"
fi
