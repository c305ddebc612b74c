#!/usr/bin/env bash
# Even under umask 000, everything ppid-tui creates in a data folder is its owner's only:
# folders 700, files 600 — the log, config, receipts, exports, preferences, recovery.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/office/ppid"      # its parent is created too

(umask 000 && set_identity "$DATA")
start app "umask 000; exec $BIN --data $DATA --officer siti"
wait_for app "Antrian Permohonan"
keys app n
wait_for app "Permohonan Baru"
keys app Tab Tab "Budi Santoso" Tab Tab "Jl. Sudirman 5" Tab Tab Tab Tab Tab "Tarif uji" F2
wait_for app "Periksa sebelum dicatat"
keys app y
wait_for app "TANDA BUKTI PENERIMAAN"
keys app p
wait_for app "Tanda bukti ditulis ke"
keys app Escape L
wait_for app "Intake queue"
keys app 3
wait_for app "Year 2026"
keys app x
wait_for app "Written: exports/"
keys app q
sleep 0.5

# A torn tail set aside by an import run under umask 000 too.
printf '{"v":1,"id":"torn' >>"$DATA/events.jsonl"
(umask 000 && "$BIN" import "$ROOT/Tests/PPIDStoreTests/Fixtures/register-2019.csv" --data "$DATA" >/dev/null)
(umask 000 && "$BIN" export --year 2019 --format csv --out "$DATA/exports/rekap-ulang.csv" --data "$DATA")

for f in events.jsonl config.toml preferences.json receipts/PPID-2026-001.txt exports/rekap-2026.csv exports/rekap-ulang.csv; do
    test -f "$DATA/$f" || fail "$f was not written"
done
ls "$DATA"/recovery/torn-*.jsonl >/dev/null || fail "no torn tail in recovery/"
wrong=$(find "$WORK/office" \( -type d ! -perm 700 \) -o \( -type f ! -perm 600 \) | sed "s|$WORK/||")
[ -z "$wrong" ] || fail "not owner-only: $(for p in $wrong; do stat -c '%a %n' "$WORK/$p"; done)"
pass "$(find "$WORK/office" -type d | wc -l) folders 700 and $(find "$WORK/office" -type f | wc -l) files 600 under umask 000"
