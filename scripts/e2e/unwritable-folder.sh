#!/usr/bin/env bash
# A data folder the officer may read but not write: the app refuses it with a message saying
# why and what to do, and with --read-only opens it to look, with a banner, writing nothing.
# Needs root (to make the folder someone else's) and setpriv, to run the app as nobody.
source "$(dirname "$0")/lib.sh"
if [ "$(id -u)" -ne 0 ] || ! command -v setpriv >/dev/null; then
    echo "SKIP: needs root and setpriv to run the app as another user"
    exit 0
fi
DATA="$WORK/data"
"$BIN" import "$ROOT/Tests/PPIDStoreTests/Fixtures/register-2019.csv" --data "$DATA" >/dev/null
printf 'reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note\nPPID-2026-001,2026-11-20T09:00:00+07:00,walk_in,Rina,individual,testing,Tarif,,,\n' >"$WORK/open.csv"
"$BIN" import "$WORK/open.csv" --data "$DATA" >/dev/null
chmod 755 "$WORK" "$DATA" && chmod 644 "$DATA/events.jsonl" "$DATA/config.toml"
before=$(ls -la --time-style=full-iso "$DATA"; sha256sum <"$DATA/events.jsonl")
AS_NOBODY="setpriv --reuid=65534 --regid=65534 --clear-groups --"

start refused "$AS_NOBODY $BIN --data $DATA --officer siti; echo status=\$?"
wait_for refused "ppid-tui: Gagal menulis ke $DATA: tidak ada izin tulis; buka dengan --read-only untuk melihat saja"
wait_for refused "status=1"
pass "without --read-only: refused with a message saying to open it with --read-only"

start look "$AS_NOBODY $BIN --data $DATA --officer siti --read-only"
wait_for look "HANYA-BACA — dibuka dengan --read-only"
wait_for look "PPID-2026-001"
keys look n
wait_for look "✗ Hanya-baca: dibuka dengan --read-only"
keys look L q
sleep 0.5
[ "$(ls -la --time-style=full-iso "$DATA"; sha256sum <"$DATA/events.jsonl")" = "$before" ] || fail "the folder changed"
pass "with --read-only: opens with the banner, shows the queue, refuses n, writes nothing"
