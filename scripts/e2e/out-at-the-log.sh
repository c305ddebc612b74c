#!/usr/bin/env bash
# `--out` of `letter` and `export` pointed at the office's own files: at events.jsonl, at
# config.toml through a `..` path, at the log through a hard link outside the folder, at a
# file in the folder beside the log. Each is refused naming the path; the log and the config
# stay byte for byte, and `check` reads every event and finds nothing wrong.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
export PPID_LANG=en
cat > "$WORK/desk.csv" <<'CSV'
reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note
PPID-2026-001,2026-11-16T09:00:00+07:00,walk_in,Siti Nurhaliza,individual,testing,Tarif pengujian air limbah,,,
PPID-2026-002,2026-11-18T09:00:00+07:00,online,Budi Santoso,individual,calibration,Jadwal kalibrasi timbangan,,,
CSV
"$BIN" import "$WORK/desk.csv" --data "$DATA" >/dev/null
set_identity "$DATA"
mkdir -p "$DATA/exports"
ln "$DATA/events.jsonl" "$WORK/log-again"
log_sum=$(sha256sum < "$DATA/events.jsonl")
config_sum=$(sha256sum < "$DATA/config.toml")

refused() {  # refused OUT COMMAND… — the command fails and its message names OUT
    local out=$1; shift
    if "$BIN" "$@" --data "$DATA" --out "$out" >"$WORK/out.txt" 2>"$WORK/err.txt"; then
        fail "$* --out $out was written"
    fi
    grep -qF -- "$out" "$WORK/err.txt" || fail "the refusal does not name $out: $(cat "$WORK/err.txt")"
    pass "$1 --out $out refused: $(cut -c1-110 "$WORK/err.txt")"
}

for out in "$DATA/events.jsonl" "$DATA/exports/../config.toml" "$WORK/log-again" "$DATA/mine.docx"; do
    refused "$out" letter --request PPID-2026-001 --kind receipt
    refused "$out" export --year 2026 --format csv
done
refused "$DATA/events.jsonl" export --year 2026 --format xlsx

[ "$(sha256sum < "$DATA/events.jsonl")" = "$log_sum" ] || fail "the log changed"
[ "$(sha256sum < "$WORK/log-again")" = "$log_sum" ] || fail "the log's other name changed"
[ "$(sha256sum < "$DATA/config.toml")" = "$config_sum" ] || fail "the config changed"
[ ! -e "$DATA/mine.docx" ] || fail "a letter was written beside the log"
[ -z "$(ls "$DATA/recovery" 2>/dev/null)" ] || fail "something was set aside in recovery/"
pass "the log and the config are byte for byte as they were"

"$BIN" check --data "$DATA" >"$WORK/check.txt" || fail "check failed: $(cat "$WORK/check.txt")"
grep -q "Events read: 2" "$WORK/check.txt" || fail "check does not read both events: $(cat "$WORK/check.txt")"
grep -q "Damaged lines: 0" "$WORK/check.txt" || fail "check finds damage"
pass "check reads both events and finds nothing wrong"

# The output folders and places outside the data folder are as before.
"$BIN" letter --request PPID-2026-001 --kind receipt --data "$DATA" >/dev/null
"$BIN" export --year 2026 --format csv --data "$DATA" --out "$DATA/exports/rekap.csv"
"$BIN" export --year 2026 --format csv --data "$DATA" --out "$WORK/rekap.csv"
test -s "$DATA/letters/PPID-2026-001-receipt.docx" && test -s "$DATA/exports/rekap.csv" && test -s "$WORK/rekap.csv" || fail "an ordinary output was not written"
pass "letters/, exports/ and a file outside the folder are written as before"
