#!/usr/bin/env bash
# The officer opens a refused request's details and presses l: the letters that fit its state
# (receipt, written notice, refusal) are written into letters/, owner-only, the status line
# names them, and the request's history shows each letter made.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
export PPID_NOW=2024-03-20T10:00:00+07:00
cat > "$WORK/desk.csv" <<'CSV'
reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note
PPID-2024-001,2024-03-04T09:00:00+07:00,walk_in,Siti Nurhaliza,industry,testing,Salinan laporan hasil uji milik PT Lain,rejected,2024-03-08T10:00:00+07:00,Pasal 17 huruf h
PPID-2024-002,2024-03-18T09:00:00+07:00,online,Budi Santoso,individual,calibration,Jadwal kalibrasi timbangan,,,
CSV
"$BIN" import "$WORK/desk.csv" --data "$DATA" >/dev/null
set_identity "$DATA"

WIDTH=80 HEIGHT=24 start desk "$BIN --data $DATA --officer Rina"
wait_for desk "Antrian Permohonan"
keys desk a / Siti Enter Enter
wait_for desk "Siti Nurhaliza"
wait_for desk "lSurat"
keys desk l
wait_for desk "Surat ditulis: letters/PPID-2024-001-receipt.docx"
for kind in receipt notice refusal; do
    f="$DATA/letters/PPID-2024-001-$kind.docx"
    test -s "$f" || fail "letters/PPID-2024-001-$kind.docx missing"
    [ "$(stat -c %a "$f")" = 600 ] || fail "$f is not owner-only"
done
test ! -e "$DATA/letters/PPID-2024-001-extension.docx" || fail "an extension letter for a request never extended"
pass "l in the details wrote the receipt, the notice and the refusal (no extension letter), owner-only"
keys desk NPage NPage NPage
wait_for desk "Surat dibuat (refusal)"
pass "the history shows the letters made"
keys desk Escape q
