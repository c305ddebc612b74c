#!/usr/bin/env bash
# Issue 21, "nothing the counter says is cut off", at 80×24: x on the month board names all
# eight files (buku-kerja too) and the board keeps its column headings while ↓ scrolls; l in
# a refused request's details names every letter and the history's last line scrolls into
# view above the message; a long name typed in the form shows its start once left.
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

# The month board: ↓ into the figures keeps the headings; x names every file written.
keys desk 3
wait_for desk "Tahun 2024"
for _ in $(seq 20); do keys desk Down; done
sleep 0.5
screen desk | grep -q "^Bulan     Langsung Online" || { screen desk >&2; fail "the column headings scrolled away"; }
screen desk | grep -q "^Januari " && fail "the board did not scroll"
pass "↓ scrolls the board's rows under fixed column headings"
keys desk x
wait_for desk "buku-kerja-2024.xlsx" 60
for f in rekap-2024.csv rekap-2024.md register-2024.csv keberatan-2024.csv laporan-2024.md sampel-2024.csv laporan-2024.docx buku-kerja-2024.xlsx; do
    screen desk | grep -qF "exports/$f" || { screen desk >&2; fail "exports/$f not on the screen"; }
done
[ "$(screen desk | tail -n 1 | cut -c1-8)" = "?Bantuan" ] || fail "the footer lost its line"
pass "x names all eight files at 80×24, the footer kept"

# The details: l names every letter; the history's last line is above the message.
keys desk 1
wait_for desk "No. Daftar"
keys desk a / Siti Enter Enter
wait_for desk "Siti Nurhaliza"
keys desk l
wait_for desk "letters/PPID-2024-001-refusal.docx" 30
for kind in receipt notice refusal; do
    screen desk | grep -qF "letters/PPID-2024-001-$kind.docx" || { screen desk >&2; fail "$kind not named"; }
done
pass "l names the receipt, the notice and the refusal"
for _ in $(seq 40); do keys desk Down; done
sleep 0.5
# The refusal's file appears twice: the history's last line, then the message under it.
n=$(screen desk | grep -cF "PPID-2024-001-refusal.docx" || true)
[ "$n" -ge 2 ] || { screen desk >&2; fail "the history's last line is not above the message"; }
message_top=$(screen desk | grep -nF "✓ Surat ditulis" | cut -d: -f1)
above=$(screen desk | sed -n "$((message_top - 1))p")
echo "$above" | grep -qF "refusal.docx" || { screen desk >&2; fail "the line above the message is not the history's last: '$above'"; }
pass "the history's last line is readable above the message"
keys desk Escape

# A long name in the form: its start once the field is left.
keys desk Escape
keys desk n
wait_for desk "Permohonan Baru"
keys desk Tab Tab "Menguji lebar isian yang sangat panjang sekali untuk nama pemohon di loket ini" Tab
wait_for desk "▶ Kategori"
line=$(line_with desk "Nama pemohon")
echo "$line" | grep -qF "Menguji lebar isian yang sangat panjang sekali untuk n…" || fail "the name does not show its start: '$line'"
pass "a long name shows its start once left"
keys desk Escape y q
