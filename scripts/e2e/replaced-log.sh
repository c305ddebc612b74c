#!/usr/bin/env bash
# Two counters have the folder open while the log is replaced by a rename, as the README's
# repair advice, `sed -i`, rsync and most editors do (`cp -p events.jsonl e.new && mv e.new
# events.jsonl`), between registrations: both go on in the new file; nothing is lost and no
# number is given twice.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
mkdir -p "$DATA"

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
start a "$BIN --data $DATA --officer siti"
start b "$BIN --data $DATA --officer rahmat"
wait_for a "Antrian Permohonan"
wait_for b "Antrian Permohonan"

replace_log() {
    (cd "$DATA" && cp -p events.jsonl e.new && mv e.new events.jsonl)
}

register a "Rina Kusumawati"
wait_for b "Rina Kusumawati" 3
replace_log
register a "Bayu Firmansyah"
wait_for b "Bayu Firmansyah" 3
replace_log
register b "José Hutapea"
wait_for a "José Hutapea" 3
replace_log
register a "Dewi Lestari"
wait_for b "Dewi Lestari" 3
pass "each counter saw the other's requests across three replacements of the log"

keys a q
keys b q
sleep 0.5
out=$("$BIN" check --data "$DATA") || fail "check is not clean: $out"
grep -qF "Permohonan: 4" <<<"$out" || fail "four requests expected in the log: $out"
numbers=$(grep -o '"request":"PPID-2026-[0-9]*"' "$DATA/events.jsonl" | sort | uniq -c)
[ "$(grep -c 'PPID-2026-' <<<"$numbers")" -eq 4 ] || fail "four distinct numbers expected: $numbers"
if grep -qv '^ *1 ' <<<"$numbers"; then fail "a number was given twice: $numbers"; fi
for n in 001 002 003 004; do grep -qF "PPID-2026-$n" <<<"$numbers" || fail "PPID-2026-$n missing: $numbers"; done
pass "the log holds all four requests, PPID-2026-001 to 004, each number once; check is clean"
