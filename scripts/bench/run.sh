#!/usr/bin/env bash
# The benchmark: generates a ten-year data folder of EVENTS events (default 1,000,000) and a
# register of ROWS rows (default 100,000), then times ppid-tui's operations on it (release
# build) beside baselines on the same files: cat (the read floor), jq -c empty, and Python's
# json.loads per line. Not part of `swift test`. Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/../.."
EVENTS=${EVENTS:-1000000}
ROWS=${ROWS:-100000}
DIR=${BENCH_DIR:-/tmp/ppid-bench-$EVENTS}

swift build -c release --product ppid-bench >/dev/null
swift build -c release --product ppid-devtool >/dev/null
BIN=$(swift build -c release --show-bin-path)

if [ ! -f "$DIR/data/events.jsonl" ]; then
    rm -rf "$DIR"
    "$BIN/ppid-devtool" generate --data "$DIR/data" --events "$EVENTS" --register "$DIR/register.csv" --rows "$ROWS"
fi
LOG="$DIR/data/events.jsonl"

# median of three wall-clock runs of a command, in seconds
time3() {
    local t=()
    for _ in 1 2 3; do
        local s e
        s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
        t+=("$(echo "$e - $s" | bc)")
    done
    printf '%s\n' "${t[@]}" | sort -n | sed -n 2p
}

echo "## Baselines on $(basename "$LOG"): $(du -m "$LOG" | cut -f1) MB, $(wc -l < "$LOG") lines"
echo
echo "| baseline | seconds (median of 3) |"
echo "|---|---:|"
echo "| cat (piped to wc -c) | $(time3 sh -c 'cat "$0" | wc -c' "$LOG") |"
if command -v jq >/dev/null; then echo "| jq -c empty | $(time3 jq -c empty "$LOG") |"; fi
echo "| python3 json.loads per line | $(time3 python3 -c 'import json,sys
for l in open(sys.argv[1], "rb"): json.loads(l)' "$LOG") |"
echo
echo "## ppid-tui"
echo
# Each kind of figure in a process of its own, so each peak memory is its own. The first
# replays the whole log and saves the snapshot the next opens start from.
rm -f "$DIR/data/.snapshot"
"$BIN/ppid-bench" --data "$DIR/data" --only replay
"$BIN/ppid-bench" --data "$DIR/data" | tail -n +3
"$BIN/ppid-bench" --data "$DIR/data" --only import --register "$DIR/register.csv" | tail -n +3
"$BIN/ppid-bench" --data "$DIR/data" --only check | tail -n +3
"$BIN/ppid-bench" --data "$DIR/data" --only decode | tail -n +3
