#!/usr/bin/env bash
# Fuzzes the log-line reader and the register importer with libFuzzer (swiftc -sanitize=fuzzer,
# with AddressSanitizer, since the readers index unsafe buffers), each for PPID_FUZZ_SECONDS
# (default 60), from a corpus seeded with real lines and registers. Prints the seed; replay a
# failure with PPID_SEED=<seed>, or run the reported crash file through the harness.
#
# The harnesses are compiled from the sources themselves: PPIDModel as an instrumented
# library, then the reader's files with the harness as one module (scripts/safety/fuzz/*.swift).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/.build/fuzz"
SECONDS_EACH=${PPID_FUZZ_SECONDS:-60}
SEED=${PPID_SEED:-$(date +%s)}
FLAGS=(-O -sanitize=fuzzer,address -parse-as-library -package-name ppid)   # package: the model shares internals with the store
mkdir -p "$OUT"
echo "fuzz: seed $SEED (replay with PPID_SEED=$SEED), $SECONDS_EACH s per target"

cd "$ROOT"
quietly() {  # the linker warns about every ASan symbol: show its output only on failure
    "$@" >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }
}
quietly swiftc "${FLAGS[@]}" -module-name PPIDModel -emit-module -emit-module-path "$OUT/PPIDModel.swiftmodule" \
    -emit-library -static -o "$OUT/libPPIDModel.a" $(find Sources/PPIDModel -name '*.swift')
build() {  # build NAME FILES… — one fuzzer executable
    local name=$1; shift
    quietly swiftc "${FLAGS[@]}" -module-name "Fuzz$name" -I "$OUT" -L "$OUT" -lPPIDModel "$@" -o "$OUT/fuzz-$name"
}
build LogLine Sources/PPIDStore/Log/JSONLine*.swift Sources/PPIDStore/Log/UTF8Check.swift Sources/PPIDStore/Log/FieldSource.swift Sources/PPIDStore/Log/EventCodec*.swift Sources/PPIDStore/Log/Kinds.swift scripts/safety/fuzz/LogLine.swift
build Register Sources/PPIDStore/Import/CSVReader.swift Sources/PPIDStore/Import/RegisterImport.swift Sources/PPIDStore/Import/RegisterImport+Header.swift Sources/PPIDStore/Import/RegisterImport+Columns.swift Sources/PPIDStore/Log/UTF8Check.swift Sources/PPIDStore/StoreError.swift scripts/safety/fuzz/Register.swift
export SWIFT_BACKTRACE=enable=no   # let a Swift trap reach libFuzzer and ASan as a plain crash

# Seeds: every line of a log with every kind of event, and real registers.
BIN=$(swift build --show-bin-path)
SEEDS="$OUT/seeds"
rm -rf "$SEEDS" && mkdir -p "$SEEDS/LogLine" "$SEEDS/Register"
"$BIN/ppid-tui" import Tests/PPIDStoreTests/Fixtures/register-2019.csv --data "$SEEDS/data" >/dev/null
"$BIN/ppid-devtool" append --data "$SEEDS/data" --count 20 --year 2020 --seed 1 >/dev/null
"$BIN/ppid-devtool" generate --data "$SEEDS/generated" --events 200 --register "$SEEDS/Register/generated.csv" --rows 40 >/dev/null
cat "$SEEDS/data/events.jsonl" "$SEEDS/generated/events.jsonl" | split -l 1 -a 4 - "$SEEDS/LogLine/line-"
for f in "$SEEDS"/LogLine/line-*; do printf '%s' "$(cat "$f")" >"$f"; done   # without the newline
cp Tests/PPIDStoreTests/Fixtures/register-2019.csv "$SEEDS/Register/"
head -n 5 Tests/PPIDStoreTests/Fixtures/register-2019.csv >"$SEEDS/Register/short.csv"
# Dictionaries: every key and type name the codec knows (sample events included), the
# register's column names and codes.
grep -ohE '"[a-z][a-z_.]*"' Sources/PPIDStore/Log/EventCodec*.swift | sort -u >"$SEEDS/LogLine.dict"
grep -ohE '"[a-z][a-z_]*"' Sources/PPIDStore/Import/RegisterImport.swift Sources/PPIDModel/Request/*.swift | sort -u >"$SEEDS/Register.dict"

total=0
for name in LogLine Register; do
    corpus="$OUT/corpus-$name"
    mkdir -p "$corpus"
    log="$OUT/fuzz-$name.log"
    if ! (cd "$OUT" && "./fuzz-$name" -seed="$SEED" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 \
        -max_len=8192 -print_final_stats=1 -dict="$SEEDS/$name.dict" "$corpus" "$SEEDS/$name") >"$log" 2>&1; then
        tail -n 40 "$log"
        echo "fuzz: $name FAILED; the input is in $OUT (crash-*/timeout-*); replay: $OUT/fuzz-$name <file>" >&2
        exit 1
    fi
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$')
    total=$((total + runs))
    echo "safety: fuzz $name: $runs inputs in ${SECONDS_EACH} s, no crash, no hang ($(grep -oE 'cov: [0-9]+' "$log" | tail -n 1) edges)"
done
echo "safety: fuzz: $total inputs tried in all"
