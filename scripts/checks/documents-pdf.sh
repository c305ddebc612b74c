#!/usr/bin/env bash
# Optional check (needs LibreOffice and poppler: apt-get install libreoffice-writer-nogui
# libreoffice-calc-nogui poppler-utils, and fonts-liberation2 for Times-compatible text):
# every document ppid-tui writes, converted to PDF by `--pdf` (LibreOffice) and rendered to
# PNG for a person to look at (issue 21):
#  - one page per letter kind (receipt, notice, extension, refusal, objection receipt, answer);
#  - the annual report's cover (page 1) and the page holding table 2.6.1;
#  - the first page of each workbook sheet (found by the sheet's title block).
# The office is not BPPSI: a folder made by `ppid-devtool generate` and set up with `init`.
# Usage: documents-pdf.sh [OUT_DIR]   (default ./documents-pdf); not run by CI. Without
# LibreOffice or pdftoppm it says so and exits 0 (nothing to look at, nothing failed).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v soffice >/dev/null || { echo "SKIP: LibreOffice (soffice) not found; install libreoffice-writer-nogui libreoffice-calc-nogui to see the documents as printed"; exit 0; }
command -v pdftoppm >/dev/null || { echo "SKIP: pdftoppm not found; install poppler-utils to render the pages"; exit 0; }
BIN=${PPID_BIN:-$(cd "$ROOT" && swift build >/dev/null && swift build --show-bin-path)/ppid-tui}
OUT=$(mkdir -p "${1:-documents-pdf}" && cd "${1:-documents-pdf}" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export PPID_NOW=2026-11-25T10:00:00+07:00 PPID_LANG=en
DATA="$WORK/data"
"$(dirname "$BIN")/ppid-devtool" generate --data "$DATA" --events 3000 --last-year 2026 >/dev/null
"$BIN" init --data "$DATA" --office "Dinas Komunikasi dan Informatika Kabupaten Siak" --city "Siak Sri Indrapura" \
    --ppid-name "Drs. Ahmad Fauzi" --ppid-nip 197001012000031001 --parent-body "Pemerintah Kabupaten Siak" \
    --address "Jl. Sultan Syarif Kasim No. 1" --phone "(0764) 20001" --email ppid@siakkab.go.id \
    --superior-name "H. Arfan Usman" --superior-position "Sekretaris Daerah" --commission "Komisi Informasi Provinsi Riau" >/dev/null

# A request of each state the letters need, found in the registers.
"$BIN" export --year 2026 --format register --data "$DATA" --out "$WORK/register.csv"
"$BIN" export --year 2026 --format objections --data "$DATA" --out "$WORK/objections.csv"
read -r refused extended granted objection < <(python3 - "$WORK/register.csv" "$WORK/objections.csv" <<'PY'
import csv, sys
reg = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
obj = list(csv.DictReader(open(sys.argv[2], encoding="utf-8", newline="")))
refused = next(r["No. Pendaftaran"] for r in reg if r["Keputusan"] == "Ditolak" and r["Alasan"].startswith("Pasal 17"))
extended = next(r["No. Pendaftaran"] for r in reg if r["Diperpanjang"] == "Ya")
granted = next(r["No. Pendaftaran"] for r in reg if r["Keputusan"] == "Dikabulkan Seluruhnya")
answered = next(r["No. Registrasi Keberatan"] for r in obj if r["Keputusan Atasan PPID"])
print(refused, extended, granted, answered)
PY
)

pdf_of() { local pdf="${1%.*}.pdf"; [ -s "$pdf" ] || { echo "FAIL: no PDF beside $1" >&2; exit 1; }; echo "$pdf"; }
# page PDF N NAME: page N of PDF as NAME.png in OUT.
page() { pdftoppm -png -r 70 -f "$2" -l "$2" -singlefile "$1" "$OUT/$3"; echo "PASS: $3.png ← page $2 of $(basename "$1") ($(pdfinfo "$1" | awk '/^Pages:/ {print $2}') pages)"; }
# first_page PDF TEXT: the first page whose text holds TEXT.
first_page() {
    local pages n
    pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
    for ((n = 1; n <= pages; n++)); do
        if pdftotext -f "$n" -l "$n" "$1" - | tr -s ' \n' '  ' | grep -qF "$2"; then echo "$n"; return; fi
    done
    echo "FAIL: no page of $(basename "$1") holds \"$2\"" >&2; exit 1
}

letter() {
    local kind=$1; shift
    local doc; doc=$("$BIN" letter --data "$DATA" --officer Rina --pdf --kind "$kind" "$@" 2>/dev/null | head -1)
    local pdf; pdf=$(pdf_of "$doc")
    cp "$doc" "$pdf" "$OUT/"
    page "$pdf" 1 "letter-$kind"
}
letter receipt --request "$granted"
letter notice --request "$granted"
letter extension --request "$extended"
letter refusal --request "$refused"
letter objection-receipt --objection "$objection"
letter objection-answer --objection "$objection"

report=$("$BIN" export --year 2026 --format docx --data "$DATA" --out "$WORK/laporan-2026.docx" --pdf 2>/dev/null | head -1)
pdf=$(pdf_of "$report"); cp "$report" "$pdf" "$OUT/"
page "$pdf" 1 report-cover
n=$(first_page "$pdf" "2.6.1 Jumlah Permohonan")
page "$pdf" "$n" report-table-2.6.1

book=$("$BIN" export --year 2026 --format xlsx --data "$DATA" --out "$WORK/buku-kerja-2026.xlsx" --pdf 2>/dev/null | head -1)
pdf=$(pdf_of "$book"); cp "$book" "$pdf" "$OUT/"
for sheet in "rekap:Rekapitulasi Permohonan Informasi Publik" "register:Register Permohonan Informasi Publik" \
             "keberatan:Register Keberatan dan Sengketa" "sampel:Register Sampel Pengujian" "waktu-layanan:Waktu Pemenuhan Permohonan"; do
    n=$(first_page "$pdf" "${sheet#*:}")
    page "$pdf" "$n" "workbook-${sheet%%:*}"
done
echo "Look at the pages: $OUT/*.png"
