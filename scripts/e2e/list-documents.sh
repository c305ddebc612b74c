#!/usr/bin/env bash
# Issue 22: the lists as documents. In pane 4 (tmux, 80x24), l on a DIK test makes its test sheet
# and the PPID's decision on it; on the DIP, l says it applies to a test. From the command line,
# the DIP as of a day and its changes, and the DIK, are written as .docx and read back.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
export WIDTH=80 HEIGHT=24

set_identity "$DATA"
cat > "$WORK/dik.csv" <<'CSV'
number,title,withheld,ground,if_opened,if_closed,public_interest,until,review_on,unit,decision_number,decided_on,participants
DIK-001,Hasil uji sampel milik pelanggan,Nama pelanggan dan angka hasil uji,h,Rahasia usaha pelanggan terbuka,Rekapitulasi tetap dibuka,Melindungi pelanggan lebih besar,,,Seksi Pelayanan Teknis,UK-01/PPID/2026,2026-02-02,"PPID, Kepala Seksi"
CSV
cat > "$WORK/dip.csv" <<'CSV'
number,summary,unit,responsible,form,kind,on
DIP-001,Tarif pengujian laboratorium,Seksi Pelayanan Teknis,Ir. Sutrisno Hadi,both,berkala,2026-01-02
DIP-002,Jadwal kalibrasi timbangan,Seksi PJT,Dra. Maria Ulfa,electronic,setiap_saat,2026-07-01
CSV
"$BIN" import --dik "$WORK/dik.csv" --data "$DATA" --officer siti >/dev/null
"$BIN" import --dip "$WORK/dip.csv" --data "$DATA" --officer siti >/dev/null

start counter "$BIN --data $DATA --officer siti"
wait_for counter "Antrian Permohonan"
keys counter 4
wait_for counter "DIK-001  17 h"
keys counter l
wait_for counter "Surat ditulis: letters/DIK-001-test-sheet.docx,"
wait_for counter "letters/DIK-001-test-decision.docx"
[ -f "$DATA/letters/DIK-001-test-sheet.docx" ] && [ -f "$DATA/letters/DIK-001-test-decision.docx" ] || fail "the test's letters are not in letters/"
pass "l on DIK-001 in pane 4 writes its test sheet and the PPID's decision"
keys counter v
wait_for counter "DIP-001"
keys counter l
wait_for counter "l berlaku pada uji di DIK"
pass "l on the DIP says it applies to a test"

june=$("$BIN" export --format dip --as-of 2026-06-30 --data "$DATA")
changes=$("$BIN" export --format dip --changes 2026-06-30..2026-11-25 --data "$DATA")
dik=$("$BIN" export --format dik --year 2026 --data "$DATA")
python3 - "$june" "$changes" "$dik" "$DATA/letters/DIK-001-test-sheet.docx" <<'PY'
import sys, docx
june, changes, dik, sheet = sys.argv[1:]
def rows(path): return [[c.text for c in r.cells] for t in docx.Document(path).tables for r in t.rows]
def text(path): return "\n".join(p.text for p in docx.Document(path).paragraphs)
assert [r[0] for r in rows(june)[1:]] == ["DIP-001"], rows(june)
assert [r[:3] for r in rows(changes)[1:]] == [["1 Juli 2026", "DIP-002", "ditambahkan"]], rows(changes)
assert "Akibat apabila dibuka: Rahasia usaha pelanggan terbuka" in text(dik)
assert "Nomor DIK\t: DIK-001" in text(sheet) and "Drs. Ahmad Fauzi" in text(sheet)
PY
pass "the DIP of 30 June holds DIP-001 only, its changes since name DIP-002 added on 1 July, the DIK and the sheet read back"
