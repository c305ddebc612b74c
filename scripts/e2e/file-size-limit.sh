#!/usr/bin/env bash
# The file-size limit (ulimit -f) is reached while the officer saves a new request: the
# status line shows the error, the form is still there with everything typed, the log is
# exactly as before and `check` passes. (The app ignores SIGXFSZ, so write() fails with EFBIG.)
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
LOG="$DATA/events.jsonl"
"$BIN" import "$ROOT/Tests/PPIDStoreTests/Fixtures/register-2019.csv" --data "$DATA" >/dev/null

# bash counts ulimit -f in KiB. Pad the log with blank lines (which the reader skips) so that
# only 40 bytes fit under the limit: less than any event line.
size=$(stat -c %s "$LOG")
limit=$((size / 1024 + 1))
pad=$((limit * 1024 - size - 40))
head -c "$pad" /dev/zero | tr '\0' '\n' >>"$LOG"
before=$(sha256sum <"$LOG")

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
start app "ulimit -f $limit; exec $BIN --data $DATA --officer siti"
wait_for app "Antrian Permohonan"
keys app n
wait_for app "Permohonan Baru"
keys app Tab Tab "Budi Santoso" Tab Tab "Jl. Sudirman No. 5, Pekanbaru" Tab Tab Tab Tab Tab "Tarif pengujian kadar air" F2
wait_for app "Periksa sebelum dicatat"
keys app y
wait_for app "✗ Gagal menulis $LOG: File too large"
wait_for app "Permohonan Baru"
for text in "Budi Santoso" "Jl. Sudirman No. 5, Pekanbaru" "Tarif pengujian kadar air"; do
    screen app | grep -qF "$text" || fail "the form lost '$text'"
done
pass "EFBIG on save: the status line says so and the form keeps its input"

[ "$(sha256sum <"$LOG")" = "$before" ] || fail "the log changed"
"$BIN" check --data "$DATA" >/dev/null || fail "check fails after the refused append"
pass "the log is byte for byte as before and check passes"

# Saving again still fails the same way; Esc then asks before throwing the input away.
keys app F2
wait_for app "Periksa sebelum dicatat"
keys app y
wait_for app "✗ Gagal menulis $LOG: File too large"
keys app Escape
wait_for app "Buang isian?"
keys app y q
