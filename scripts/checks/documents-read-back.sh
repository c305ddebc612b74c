#!/usr/bin/env bash
# Reads every document ppid-tui writes back with an independent reader (python-docx and
# openpyxl; `pip install python-docx openpyxl`), as the office's Word and Excel would:
#  - no letter before `init` sets the office's identity; then the refusal and the notice carry its
#    letterhead, city, signer and NIP, each its own letter number (issue 21);
#  - a refusal letter for a rejected request holds its number, the requester's name, the
#    notice date, the ground's article, letter and text, and the right to object; a refusal
#    for a granted request is refused; the history records the letter;
#  - a template edited so that a placeholder is split across runs still fills;
#  - the 2019 workbook's Rekap 2.6.1 sheet equals the report's table cell by cell, numbers
#    stored as numbers; the other sheets are there with title blocks, bold, frozen headers and real dates,
#    set up to print (landscape, header repeated, page numbers, wide registers in column groups);
#  - the annual report's cover and headings come in order (Bab I–III, 2.1–2.9), table 2.6.1 is a real table,
#    its pages are numbered and how it was made is in its properties, never its body;
#  - texts holding U+FFFE, U+FFFF, a literal _x0007_, ESC and BEL: an import shows them and names
#    the line and column; in the log as typed, the workbook still opens in openpyxl with every row
#    and the texts shown (ESC as ␛, U+FFFE as �, _x0007_ as typed), and the letter in python-docx;
#  - the e-Monev evidence pack: report, public registers (no address, contact, NIK), service times, PDFs
#    under 2 MB where LibreOffice is, an index naming the DIP and the DIK as missing for an office without them;
#  - the DIP and the DIK (issue 22): `export --format dip|dik` as of a day, the DIP's public variant (no
#    person's name) and CSV, its changes between two days; the test sheet and the PPID's decision on a
#    test (`letter --kind test-sheet|test-decision --test`); the evidence pack holding both;
#  - a template zipping 30 MB of zeros into 30 KB is refused at once, saying why.
# Run by .ci/run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${PPID_BIN:-$(cd "$ROOT" && swift build --show-bin-path)/ppid-tui}
FIXTURES="$ROOT/../shared/fixtures"
[ -f "$FIXTURES/register-2019.csv" ] || FIXTURES="$ROOT/Tests/PPIDStoreTests/Fixtures"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PPID_NOW=2024-03-20T10:00:00+07:00
export PPID_LANG=en

# A desk with a request refused under Pasal 17 h and one granted.
DESK="$WORK/desk"
cat > "$WORK/desk.csv" <<'CSV'
reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note
PPID-2024-001,2024-03-04T09:00:00+07:00,walk_in,Siti Nurhaliza (PT Maju Jaya),industry,testing,Salinan laporan hasil uji sampel milik PT Lain,rejected,2024-03-08T10:00:00+07:00,Pasal 17 huruf h
PPID-2024-002,2024-03-05T09:00:00+07:00,online,Budi Santoso,individual,calibration,Jadwal kalibrasi timbangan,granted,2024-03-07T10:00:00+07:00,
CSV
"$BIN" import "$WORK/desk.csv" --data "$DESK" --officer Rina >/dev/null
# No letter before the office's identity is set; `init` sets it (issue 21).
if out=$("$BIN" letter --request PPID-2024-001 --kind refusal --data "$DESK" 2>&1); then
    echo "FAIL: a letter was made for an office with no identity" >&2; exit 1
fi
echo "$out" | grep -q "ppid-tui init --data" || { echo "FAIL: the refusal does not say how to set the identity: $out" >&2; exit 1; }
office() { "$BIN" init --data "$1" --office "Dinas Komunikasi dan Informatika Kabupaten Siak" --city "Siak Sri Indrapura" \
    --ppid-name "Drs. Ahmad Fauzi" --ppid-nip 197001012000031001 --parent-body "Pemerintah Kabupaten Siak" \
    --address "Jl. Sultan Syarif Kasim No. 1" --phone "(0764) 20001" --email ppid@siakkab.go.id >/dev/null; }
office "$DESK"
refusal=$("$BIN" letter --request PPID-2024-001 --kind refusal --data "$DESK" --officer Rina)
notice=$("$BIN" letter --request PPID-2024-001 --kind notice --data "$DESK" --officer Rina)
python3 - "$refusal" "$notice" <<'PY'
import sys, docx
numbers = []
for path in sys.argv[1:]:
    text = [p.text for p in docx.Document(path).paragraphs]
    whole = "\n".join(text)
    for part in ("Pemerintah Kabupaten Siak", "Dinas Komunikasi dan Informatika Kabupaten Siak", "Jl. Sultan Syarif Kasim No. 1",
                 "Telp. (0764) 20001 · E-mail ppid@siakkab.go.id", "Drs. Ahmad Fauzi", "NIP. 197001012000031001"):
        assert part in whole, f"{path} lacks {part}"
    assert any(t.startswith("Siak Sri Indrapura, ") for t in text), f"{path}: no '<city>, <date>' line"
    assert "BPPSI" not in whole and "Rina" not in whole, f"{path} holds BPPSI or the login"
    numbers.append(next(t for t in text if t.startswith("Nomor: ")))
assert numbers == ["Nomor: 001/PPID/III/2024", "Nomor: 002/PPID/III/2024"], numbers
print(f"PASS: the refusal and the notice carry the office's letterhead, city, signer and NIP, each its own number ({', '.join(numbers)})")
PY
if out=$("$BIN" letter --request PPID-2024-002 --kind refusal --data "$DESK" 2>&1); then
    echo "FAIL: a refusal letter was made for a granted request" >&2; exit 1
fi
echo "$out" | grep -q "granted in full" || { echo "FAIL: the misfit message: $out" >&2; exit 1; }
echo "PASS: a refusal for a granted request is refused: ${out#ppid-tui: }"
grep -q '"type":"letter.made","request":"PPID-2024-001","letter":"refusal"' "$DESK/events.jsonl" || { echo "FAIL: the history lacks the letter" >&2; exit 1; }
[ "$(stat -c %a "$refusal")" = 600 ] || { echo "FAIL: $refusal is not owner-only" >&2; exit 1; }
echo "PASS: the letter is recorded in the request's history; the file is owner-only"

# The office's template, edited so that Word split placeholders over several runs.
"$BIN" templates --data "$DESK" >/dev/null
python3 - "$DESK/templates/receipt.docx" <<'PY'
import sys, docx
path = sys.argv[1]
d = docx.Document(path)
p = d.paragraphs[0]
for r in p.runs: r.text = ""
p.runs[0].text = "KOP SURAT BALAI — untuk {{nama_"
p.add_run("pemo").italic = True
p.add_run("hon}}, nomor {")
p.add_run("{nom")
p.add_run("or}}")
d.save(path)
PY
receipt=$("$BIN" letter --request PPID-2024-002 --kind receipt --data "$DESK" --officer Rina)

# A template with a mistyped placeholder makes no letter, and says which.
python3 - "$DESK/templates/notice.docx" <<'PY'
import sys, docx
d = docx.Document(sys.argv[1])
d.add_paragraph("Hormat kami, {{nama_pemohn}}")
d.save(sys.argv[1])
PY
lines=$(wc -l < "$DESK/events.jsonl")
if out=$("$BIN" letter --request PPID-2024-002 --kind notice --data "$DESK" 2>&1); then
    echo "FAIL: a letter was made from a template with an unknown placeholder" >&2; exit 1
fi
echo "$out" | grep -qF "{{nama_pemohn}}" || { echo "FAIL: the unknown placeholder is not named: $out" >&2; exit 1; }
[ ! -e "$DESK/letters/PPID-2024-002-notice.docx" ] && [ "$(wc -l < "$DESK/events.jsonl")" = "$lines" ] || { echo "FAIL: a file or a record was left" >&2; exit 1; }
echo "PASS: an unknown placeholder is named, no letter is written, nothing recorded: ${out#ppid-tui: }"

# --pdf without LibreOffice says how to print. LibreOffice is looked for in absolute places,
# never on the PATH, so where one is installed the PDF is made instead.
out=$(env PATH=/nonexistent "$BIN" letter --request PPID-2024-002 --kind receipt --data "$DESK" --pdf 2>/dev/null)
pdf=$(echo "$out" | tail -n 1)
if [ -f "$pdf" ] && [ "${pdf%.pdf}" != "$pdf" ]; then
    echo "PASS: --pdf with LibreOffice installed makes the PDF beside the .docx (the advice without it is not checked here)"
else
    echo "$out" | grep -q "is not installed, so no PDF was made. Open .*PPID-2024-002-receipt.docx in Word" || { echo "FAIL: no printing advice: $out" >&2; exit 1; }
    echo "PASS: --pdf without LibreOffice says how to print the .docx"
fi

# The 2019 register, for the workbook and the report.
YEAR="$WORK/y2019"
"$BIN" import "$FIXTURES/register-2019.csv" --data "$YEAR" >/dev/null
office "$YEAR"
workbook=$("$BIN" export --year 2019 --format xlsx --data "$YEAR")
report=$("$BIN" export --year 2019 --format docx --data "$YEAR")

python3 - "$refusal" "$receipt" "$workbook" "$FIXTURES/recap-2019-expected.csv" "$report" <<'PY'
import csv, datetime, sys
import docx, openpyxl
refusal, receipt, workbook, expected, report = sys.argv[1:]

def text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)

t = text(refusal)
for what, needle in [
    ("number", "PPID-2024-001"), ("requester", "Siti Nurhaliza (PT Maju Jaya)"), ("notice date", "8 Maret 2024"),
    ("article and letter", "Pasal 17 huruf h"), ("the ground's text", "mengungkap rahasia pribadi"),
    ("consequence test", "Pasal 19"), ("right to object", "berhak mengajukan keberatan"),
]:
    assert needle in t, f"refusal letter lacks the {what}: {needle!r}"
assert "{{" not in t and "}}" not in t, "a placeholder was left in the refusal"
print("PASS: the refusal letter holds number, name, notice date, Pasal 17 huruf h and its text, the consequence test and the right to object")

first = docx.Document(receipt).paragraphs[0].text
assert first == "KOP SURAT BALAI — untuk Budi Santoso, nomor PPID-2024-002", first
print(f"PASS: a placeholder split over runs still fills: {first!r}")

wb = openpyxl.load_workbook(workbook)
assert wb.sheetnames == ["Rekap 2.6.1", "Register", "Keberatan", "Sampel", "Waktu Layanan"], wb.sheetnames
ws = wb["Rekap 2.6.1"]
want = list(csv.reader(open(expected, encoding="utf-8", newline="")))
# Issue 21: each sheet opens with its title block (office, what it is, the year), then a blank
# row; the table starts on row 4.
TOP = 4
assert ws["A1"].value == "Dinas Komunikasi dan Informatika Kabupaten Siak" and ws["A2"].value == "Rekapitulasi Permohonan Informasi Publik (Tabel 2.6.1) Tahun 2019", (ws["A1"].value, ws["A2"].value)
got = [[c.value for c in row] for row in ws.iter_rows(min_row=TOP)]
assert len(got) == len(want), (len(got), len(want))
numbers = 0
for r, (g, w) in enumerate(zip(got, want), 1):
    assert len(g) == len(w), (r, g, w)
    for c, (gv, wv) in enumerate(zip(g, w), 1):
        if wv.isdigit():
            assert isinstance(gv, int) and not isinstance(gv, bool) and gv == int(wv), f"Rekap R{r}C{c}: {gv!r} is not the number {wv}"
            assert ws.cell(TOP - 1 + r, c).data_type == "n"
            numbers += 1
        else:
            assert gv == wv, f"Rekap R{r}C{c}: {gv!r} != {wv!r}"
print(f"PASS: Rekap 2.6.1 equals recap-2019-expected.csv cell by cell ({len(got)} rows, {numbers} numbers stored as numbers)")

for ws in wb:
    assert ws.freeze_panes == f"B{TOP + 1}", (ws.title, ws.freeze_panes)
    assert all(c.font.b for c in ws[TOP] if c.value is not None), f"{ws.title}: header not bold"
    # Printed: A4 landscape, the header row on every page, page numbers in the footer.
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize in (9, "9"), (ws.title, ws.page_setup.orientation)
    assert ws.print_title_rows == f"${TOP}:${TOP}", (ws.title, ws.print_title_rows)
    assert "&P" in ws.oddFooter.center.text, (ws.title, ws.oddFooter.center.text)
reg = wb["Register"]
header = [c.value for c in reg[TOP]]
received = reg.cell(TOP + 1, header.index("Tanggal Permohonan") + 1).value
assert isinstance(received, datetime.datetime), received
assert reg.cell(TOP + 1, header.index("No. Pendaftaran") + 1).data_type == "s"
assert reg.max_row == TOP + 74, reg.max_row  # the 74 requesters of table 2.6.1
assert reg.column_dimensions["I"].width > 20, "columns are not sized"
assert reg.auto_filter.ref == f"A{TOP}:{openpyxl.utils.get_column_letter(len(header))}{TOP + 74}", reg.auto_filter.ref
# Too wide for one page: printed in column groups, each repeating the number column.
assert len(reg.col_breaks.brk) >= 1 and reg.print_title_cols == "$A:$A", (reg.col_breaks.brk, reg.print_title_cols)
assert wb["Rekap 2.6.1"].sheet_properties.pageSetUpPr.fitToPage, "Rekap is not fitted to one page wide"
print(f"PASS: every sheet has a title block, a bold, frozen, repeated header and numbered pages; the register's {reg.max_row - TOP} rows hold real dates ({received}) and text as text, filtered, printed in {len(reg.col_breaks.brk) + 1} column groups")

d = docx.Document(report)
headings = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
# The seed report's structure (Perki 1/2021 Pasal 56): Bab I, Bab II 2.1–2.9, Bab III, in order.
assert headings == [
    ("Title", "LAPORAN LAYANAN INFORMASI PUBLIK"), ("Title", "TAHUN 2019"),
    ("Title", "Laporan Pejabat Pengelola Informasi dan Dokumentasi Dinas Komunikasi dan Informatika Kabupaten Siak Tahun Anggaran 2019"),
    ("Heading 1", "Kata Pengantar"), ("Heading 1", "Daftar Isi"),
    ("Heading 1", "BAB I PENDAHULUAN"), ("Heading 2", "1.1 Latar Belakang"), ("Heading 2", "1.2 Landasan Kebijakan"), ("Heading 2", "1.3 Profil PPID"),
    ("Heading 1", "BAB II PELAKSANAAN PELAYANAN INFORMASI PUBLIK"),
    ("Heading 2", "2.1 Jenis Layanan Informasi Publik"), ("Heading 2", "2.2 Sarana dan Prasarana Pelayanan Informasi Publik"),
    ("Heading 2", "2.3 SDM Pelayanan Informasi Publik"), ("Heading 2", "2.4 Prosedur Kerja Pelaksanaan Pelayanan Publik"),
    ("Heading 2", "2.5 Anggaran Pelayanan Informasi Publik"), ("Heading 2", "2.6 Rincian Pelayanan Informasi Publik"),
    ("Heading 3", "2.6.1 Jumlah Permohonan Informasi Publik"), ("Heading 3", "2.6.2 Waktu Pemenuhan Permohonan Informasi Publik"),
    ("Heading 3", "2.6.3 Permohonan dari Tahun Sebelumnya dan yang Belum Selesai"),
    ("Heading 2", "2.7 Rincian Penyelesaian Sengketa Informasi Publik"),
    ("Heading 2", "2.8 Kendala Eksternal dan Internal dalam Pelaksanaan Layanan Informasi Publik"),
    ("Heading 2", "2.9 Rekomendasi dan Rencana Tindak Lanjut"),
    ("Heading 1", "BAB III PENUTUP"), ("Heading 2", "3.1 Kesimpulan"), ("Heading 2", "3.2 Saran"), ("Heading 1", "LAMPIRAN"),
], headings
table = next(t for t in d.tables if [c.text for c in t.rows[0].cells] == want[0])
assert [c.text for c in table.rows[-1].cells] == want[-1], [c.text for c in table.rows[-1].cells]
print(f"PASS: the report's headings are in order ({len(headings)}), table 2.6.1 is a real table of {len(table.rows)} rows")
# Ready to file (issue 21): how it was made is in the properties, not the body; pages are numbered.
assert d.core_properties.comments.startswith("Disusun oleh ppid-tui dari log layanan"), d.core_properties.comments
body = "\n".join(p.text for p in d.paragraphs) + "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
for marker in ("ppid-tui", "DIISI", "config.toml"):
    assert marker not in body, f"the body holds {marker}"
footer = d.sections[0].footer
assert "Halaman" in footer.paragraphs[0].text and "PAGE" in footer._element.xml, footer._element.xml
print(f"PASS: the report has a cover, numbered pages, and says how it was made only in its properties ({d.core_properties.comments[:40]}…)")
PY

# The e-Monev evidence pack (issue 22): every file opened back; PDFs under 2 MB where LibreOffice
# made them; the public registers hold no address, contact or NIK; the index names the DIP and
# the DIK as missing.
PACK="$WORK/pack"
"$BIN" export --year 2019 --format evidence --data "$YEAR" --out "$PACK" > "$WORK/pack.out" 2>/dev/null
python3 - "$PACK" <<'PY'
import os, subprocess, sys
import docx, openpyxl
pack = sys.argv[1]
files = sorted(os.listdir(pack))
for need in ("laporan-2019.docx", "register-2019-publik.xlsx", "keberatan-2019-publik.xlsx", "waktu-layanan-2019.xlsx", "indeks-bukti-2019.md"):
    assert need in files, (need, files)
assert docx.Document(os.path.join(pack, "laporan-2019.docx")).core_properties.comments.startswith("Disusun oleh ppid-tui")
reg = openpyxl.load_workbook(os.path.join(pack, "register-2019-publik.xlsx"))["Register"]
top = next(r for r in range(1, 6) if reg.cell(r, 1).value == "No. Pendaftaran")
header = [c.value for c in reg[top]]
for column in ("Alamat", "Nomor Kontak", "NIK"):
    assert column not in header, f"the public register holds {column}"
assert reg.max_row == top + 74, reg.max_row
names = {reg.cell(r, header.index("Nama") + 1).value for r in range(top + 1, reg.max_row + 1)}
assert all(n is None or len(n) <= 12 for n in names), sorted(n for n in names if n and len(n) > 12)[:3]
book = openpyxl.load_workbook(os.path.join(pack, "waktu-layanan-2019.xlsx"))
assert book.sheetnames == ["Rekap 2.6.1", "Waktu Layanan"], book.sheetnames
pdfs = [f for f in files if f.endswith(".pdf")]
for f in pdfs:
    size = os.path.getsize(os.path.join(pack, f))
    assert 0 < size <= 2 * 1024 * 1024, (f, size)
    pages = subprocess.run(["pdfinfo", os.path.join(pack, f)], capture_output=True, text=True)
    assert pages.returncode != 0 or "Pages:" in pages.stdout, pages
index = open(os.path.join(pack, "indeks-bukti-2019.md"), encoding="utf-8").read()
assert "| Daftar Informasi Publik (DIP) | — |" in index and "Daftar Informasi yang Dikecualikan (DIK)" in index, index
print(f"PASS: the evidence pack opens back ({len(files)} files, {len(pdfs)} PDFs each under 2 MB); the public register has initials only and no address, contact or NIK; the index names the DIP and DIK as missing")
PY

# The DIP and the DIK (issue 22): imported, then written as of a day, public, as CSV, their changes;
# the test's letters; the evidence pack holding both.
LISTS="$WORK/lists"
office "$LISTS"
cat > "$WORK/dik.csv" <<'CSV'
number,title,withheld,ground,if_opened,if_closed,public_interest,until,review_on,unit,decision_number,decided_on,participants
DIK-001,Hasil uji sampel milik pelanggan,Nama pelanggan dan angka hasil uji,h,Rahasia usaha pelanggan terbuka,Rekapitulasi tetap dibuka,Melindungi pelanggan lebih besar,,,Seksi Pelayanan Teknis,UK-01/PPID/2024,2024-01-15,"PPID, Kepala Seksi"
CSV
cat > "$WORK/dip.csv" <<'CSV'
number,summary,unit,responsible,form,kind,made_when,made_where,retention,on
DIP-001,Tarif pengujian laboratorium,Seksi Pelayanan Teknis,Ir. Sutrisno Hadi,both,berkala,2024,Siak,5 tahun,2024-01-02
DIP-002,Jadwal kalibrasi timbangan,Seksi PJT,Dra. Maria Ulfa,electronic,setiap_saat,2024,Siak,2 tahun,2024-02-01
CSV
"$BIN" import --dik "$WORK/dik.csv" --data "$LISTS" --officer Rina >/dev/null
"$BIN" import --dip "$WORK/dip.csv" --data "$LISTS" --officer Rina >/dev/null
dip=$("$BIN" export --format dip --as-of 2024-01-31 --data "$LISTS")
dip_public=$("$BIN" export --format dip --year 2024 --public --data "$LISTS")
"$BIN" export --format dip --year 2024 --out "$WORK/dip-out.csv" --data "$LISTS" >/dev/null
changes=$("$BIN" export --format dip --changes 2024-01-02..2024-03-20 --data "$LISTS")
dik=$("$BIN" export --format dik --year 2024 --data "$LISTS")
sheet=$("$BIN" letter --kind test-sheet --test DIK-001 --data "$LISTS" --officer Rina)
decision=$("$BIN" letter --kind test-decision --test DIK-001 --data "$LISTS" --officer Rina)
"$BIN" export --year 2024 --format evidence --data "$LISTS" --out "$WORK/lists-pack" >/dev/null 2>&1
python3 - "$dip" "$dip_public" "$WORK/dip-out.csv" "$changes" "$dik" "$sheet" "$decision" "$WORK/lists-pack" <<'PY'
import csv, os, sys
import docx
dip, public, dip_csv, changes, dik, sheet, decision, pack = sys.argv[1:]
def text(path):
    d = docx.Document(path)
    return "\n".join(p.text for p in d.paragraphs), [[c.text for c in r.cells] for t in d.tables for r in t.rows]
body, rows = text(dip)
assert rows[0] == ["No.", "Ringkasan Isi Informasi", "Pejabat/Unit yang Menguasai", "Penanggung Jawab", "Waktu dan Tempat Pembuatan", "Bentuk Informasi", "Jangka Waktu Penyimpanan", "Jenis Informasi"], rows[0]
assert [r[0] for r in rows[1:]] == ["DIP-001"], rows  # DIP-002 takes effect on 1 February
assert "Keadaan per 31 Januari 2024." in body and "Drs. Ahmad Fauzi" in body, body
body, rows = text(public)
assert "Penanggung Jawab" not in rows[0] and [r[0] for r in rows[1:]] == ["DIP-001", "DIP-002"], rows
assert "Ir. Sutrisno Hadi" not in body + str(rows) and "(versi publik)" in body
table = list(csv.reader(open(dip_csv, encoding="utf-8")))
assert table[0][0] == "No." and [r[0] for r in table[1:]] == ["DIP-001", "DIP-002"], table
_, rows = text(changes)
assert [r[:3] for r in rows[1:]] == [["1 Februari 2024", "DIP-002", "ditambahkan"]], rows
body, rows = text(dik)
assert rows[1][:2] == ["DIK-001", "Hasil uji sampel milik pelanggan"], rows
assert "Akibat apabila dibuka: Rahasia usaha pelanggan terbuka" in body, body
body, _ = text(sheet)
for part in ("LEMBAR UJI KONSEKUENSI", "Lampiran Keputusan PPID Nomor UK-01/PPID/2024", "Nomor DIK\t: DIK-001", "Status\t: Berlaku", "Dinas Komunikasi dan Informatika Kabupaten Siak", "NIP. 197001012000031001"):
    assert part in body, (part, body)
body, _ = text(decision)
assert "Nomor: UK-01/PPID/2024" in body and "KESATU: Menetapkan bagian informasi" in body and "{{" not in body, body
files = os.listdir(pack)
assert any(f.startswith("dip-2024.") for f in files) and any(f.startswith("dik-2024.") for f in files), files
index = open(os.path.join(pack, "indeks-bukti-2024.md"), encoding="utf-8").read()
assert "| Daftar Informasi Publik (DIP) | dip-2024." in index, index
assert "- Daftar Informasi Publik (DIP): Tidak ada keputusan PPID yang menetapkan atau memperbarui DIP pada tahun 2024" in index, index
print("PASS: the DIP as of a day, its public variant (no person's name), CSV and changes; the DIK with its test; the test sheet and the PPID's decision; the evidence pack holds the DIP and the DIK, and its index says no PPID decision set the DIP that year")
PY

# Hostile texts. An import shows the controls as the screen does and names where they were.
HOSTILE="$WORK/hostile"
printf 'reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note\nPPID-2024-001,2024-03-04T09:00:00+07:00,walk_in,Siti\xef\xbf\xbe \x1b]0;judul\x07,individual,testing,Tarif _x0007_,,,\n' > "$WORK/hostile.csv"
out=$("$BIN" import "$WORK/hostile.csv" --data "$HOSTILE" --officer Rina)
echo "$out" | grep -qF "line 2: requester_name held control characters; stored shown as on screen (ESC as ␛)" || { echo "FAIL: the import does not name the line and column: $out" >&2; exit 1; }
grep -qF '"name":"Siti� ␛]0;judul␇"' "$HOSTILE/events.jsonl" || { echo "FAIL: the import stored the controls: $(head -n 1 "$HOSTILE/events.jsonl")" >&2; exit 1; }
echo "PASS: an import keeps the row, stores ESC and BEL shown as ␛ ␇, and names the line and column"
office "$HOSTILE"

# The same texts as the log may hold them (typed at the counter, or from an older version),
# with five ordinary requests after them: none may be lost to the workbook's reader.
python3 - "$HOSTILE/events.jsonl" <<'PY'
import json, sys, uuid
def registered(n, day, name, subject):
    return {"v": 1, "id": str(uuid.uuid4()), "at": "2024-03-20T10:00:00+07:00", "by": "Rina", "type": "request.registered",
            "request": n, "received_at": f"2024-03-{day:02d}T09:00:00+07:00", "channel": "walk_in", "name": name,
            "category": "individual", "address": "Jl. Sudirman\u001b[2J 1", "contact": "", "occupation": "", "nik": "",
            "topic": "testing", "subject": subject, "purpose": "", "access": None, "medium": None, "delivery": None}
with open(sys.argv[1], "a") as log:
    rows = [registered("PPID-2024-002", 5, "Budi\ufffe\uffff _x0007_ \u001b]0;judul\u0007", "Jadwal\u0007 kalibrasi _x0041_")]
    rows += [registered(f"PPID-2024-00{i}", 5 + i, f"Pemohon {i}", f"Perihal {i}") for i in range(3, 8)]
    for r in rows: log.write(json.dumps(r, separators=(",", ":")) + "\n")
PY
hostile_book=$("$BIN" export --year 2024 --format xlsx --data "$HOSTILE")
hostile_letter=$("$BIN" letter --request PPID-2024-002 --kind receipt --data "$HOSTILE" --officer Rina)
python3 - "$hostile_book" "$hostile_letter" <<'PY'
import sys
import docx, openpyxl
book, letter = sys.argv[1:]
reg = openpyxl.load_workbook(book)["Register"]
top = next(r for r in range(1, 6) if reg.cell(r, 1).value == "No. Pendaftaran")  # below the title block
header = [c.value for c in reg[top]]
rows = {r[0]: dict(zip(header, r)) for r in reg.iter_rows(min_row=top + 1, values_only=True)}
assert sorted(rows) == [f"PPID-2024-00{i}" for i in range(1, 8)], sorted(rows)
name = rows["PPID-2024-002"]["Nama"]
assert name == "Budi\ufffd\ufffd _x0007_ \u241b]0;judul\u2407", repr(name)
assert rows["PPID-2024-007"]["Nama"] == "Pemohon 7", rows["PPID-2024-007"]
cells = [str(v) for r in rows.values() for v in r.values() if v is not None]
assert not any(ch in v for v in cells for ch in "\ufffe\uffff\u001b\u0007"), "a forbidden or control character reached a cell"
print(f"PASS: the workbook opens in openpyxl with all {len(rows)} rows; the hostile name reads {name!r}")
text = "\n".join(p.text for p in docx.Document(letter).paragraphs)
assert "Budi\ufffd\ufffd _x0007_ \u241b]0;judul\u2407" in text and "Jadwal\u2407 kalibrasi _x0041_" in text, text
print("PASS: the letter opens in python-docx with the texts shown (␛, ␇, � for U+FFFE/U+FFFF, _x0007_ as typed)")
PY

# A template that unpacks to 30 MB of zeros (30 KB on disk) is refused, quickly, saying why.
"$BIN" templates --data "$HOSTILE" >/dev/null
python3 - "$HOSTILE/templates/receipt.docx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", "<w:document/>")
    with z.open("word/media/zeros.bin", "w") as f:
        for _ in range(30): f.write(bytes(1 << 20))
PY
started=$(date +%s)
if out=$("$BIN" letter --request PPID-2024-002 --kind receipt --data "$HOSTILE" 2>&1); then
    echo "FAIL: a letter was made from a template that unpacks to 30 MB" >&2; exit 1
fi
echo "$out" | grep -qE "expands over 100 times|unpacks to over 10 MB" || { echo "FAIL: the refusal does not say why: $out" >&2; exit 1; }
[ $(( $(date +%s) - started )) -le 5 ] || { echo "FAIL: refusing the template took over 5 s" >&2; exit 1; }
echo "PASS: a template unpacking to 30 MB ($(stat -c %s "$HOSTILE/templates/receipt.docx") bytes on disk) is refused at once: ${out#ppid-tui: }"
