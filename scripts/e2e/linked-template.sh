#!/usr/bin/env bash
# Another member of a shared folder's group links templates/receipt.docx to the officer's
# private file; the officer presses l in a request's details. The screen says the template is
# a symbolic link and is not followed; no letter holds the private file's content.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
export PPID_NOW=2024-03-20T10:00:00+07:00
cat > "$WORK/desk.csv" <<'CSV'
reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note
PPID-2024-001,2024-03-18T09:00:00+07:00,online,Budi Santoso,individual,calibration,Jadwal kalibrasi timbangan,,,
CSV
"$BIN" import "$WORK/desk.csv" --data "$DATA" >/dev/null
set_identity "$DATA"
echo "RAHASIA PRIBADI" > "$WORK/private.docx"
mkdir -p "$DATA/templates"
ln -s "$WORK/private.docx" "$DATA/templates/receipt.docx"

WIDTH=160 HEIGHT=30 start desk "$BIN --data $DATA --officer Rina"
wait_for desk "Antrian Permohonan"
keys desk a / Budi Enter Enter
wait_for desk "Budi Santoso"
keys desk l
wait_for desk "tautan simbolik"
pass "l says the linked template is not followed: $(line_with desk "tautan simbolik" | cut -c1-120)"
[ -z "$(ls "$DATA/letters" 2>/dev/null)" ] || fail "a letter was written: $(ls "$DATA/letters")"
! grep -rq "RAHASIA" "$DATA/letters" 2>/dev/null || fail "the private file's content is in a letter"
pass "no letter was written from the private file"

# The CLI says the same, in English when asked.
if PPID_LANG=en "$BIN" letter --request PPID-2024-001 --kind receipt --data "$DATA" 2>"$WORK/err.txt"; then fail "letter made through a linked template"; fi
grep -q "symbolic link, which is not followed" "$WORK/err.txt" || fail "the CLI does not say why: $(cat "$WORK/err.txt")"
pass "the CLI refuses it naming the template: $(cut -c1-120 "$WORK/err.txt")"
keys desk Escape q
