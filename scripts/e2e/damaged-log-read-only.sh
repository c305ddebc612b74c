#!/usr/bin/env bash
# A damaged line in the middle of the log, then a line from a newer ppid-tui: the app opens
# read-only with a banner that says which line and how to repair, refuses to record, and
# leaves the file byte for byte as it was (a torn tail after the damage included).
source "$(dirname "$0")/lib.sh"
FIXTURE="$ROOT/Tests/PPIDStoreTests/Fixtures/register-2019.csv"

DATA="$WORK/damaged"
"$BIN" import "$FIXTURE" --data "$DATA" >/dev/null
sed -i '10s/^{/[/' "$DATA/events.jsonl"                 # a flipped byte on line 10
printf '{"v":1,"id":"3f' >>"$DATA/events.jsonl"           # and a torn tail after it
before=$(sha256sum <"$DATA/events.jsonl")

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
WIDTH=80 HEIGHT=24 start damaged "$BIN --data $DATA --officer siti"
wait_for damaged "HANYA-BACA — $DATA/events.jsonl:10 rusak; jalankan"
wait_for damaged "dan lihat README bagian \"Check and repair\""
keys damaged n
wait_for damaged "✗ Hanya-baca:"
screen damaged | grep -qF "Permohonan Baru" && fail "the form opened on a read-only folder"
pass "damaged line 10: banner names the line and the repair, at 80 columns; n is refused"
keys damaged q
sleep 0.5
[ "$(sha256sum <"$DATA/events.jsonl")" = "$before" ] || fail "the damaged log was changed"
[ ! -e "$DATA/recovery" ] || fail "the torn tail was moved although the folder is read-only"
set +e
out=$("$BIN" check --data "$DATA" 2>/dev/null); status=$?
set -e
[ "$status" -eq 2 ] || fail "check exited $status"
echo "$out" | grep -qF "$DATA/events.jsonl:10: baris rusak" || fail "check does not name line 10: $out"
pass "the file is byte for byte as it was; check exits 2 naming line 10"

DATA="$WORK/newer"
"$BIN" import "$FIXTURE" --data "$DATA" >/dev/null
sed -i '5i {"v":2,"id":"9b1c","at":"2031-01-02T08:00:00+07:00","by":"siti","type":"request.escalated","request":"PPID-2031-001"}' "$DATA/events.jsonl"
set_identity "$DATA"
before=$(sha256sum <"$DATA/events.jsonl")
WIDTH=80 HEIGHT=24 start newer "$BIN --data $DATA --officer siti"
wait_for newer "$DATA/events.jsonl:5 ditulis oleh ppid-tui"
wait_for newer "lebih baru; perbarui ppid-tui"
keys newer L
wait_for newer "$DATA/events.jsonl:5 was written by a newer"
wait_for newer "upgrade ppid-tui"
keys newer n
wait_for newer "✗ Read-only:"
keys newer q
sleep 0.5
[ "$(sha256sum <"$DATA/events.jsonl")" = "$before" ] || fail "the log with a newer line was changed"
[ ! -e "$DATA/preferences.json" ] || fail "the language was saved into a read-only folder"
pass "newer version on line 5: banner says to upgrade (both languages); nothing written"
