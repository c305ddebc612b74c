#!/usr/bin/env bash
# Optional check (needs LibreOffice, poppler and the Times-compatible fonts: apt-get install
# fonts-liberation2 libreoffice-writer-nogui
# libreoffice-calc-nogui poppler-utils): every document ppid-tui writes — the six letters,
# the annual report and the year's workbook — converted to PDF by `--pdf` (LibreOffice),
# and each PDF's first page rendered to PNG for a person to look at.
# Usage: documents-pdf.sh [OUT_DIR]   (default ./documents-pdf); not run by CI.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${PPID_BIN:-$(cd "$ROOT" && swift build --show-bin-path)/ppid-tui}
OUT=$(mkdir -p "${1:-documents-pdf}" && cd "${1:-documents-pdf}" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v soffice >/dev/null || { echo "soffice not found; install libreoffice-writer-nogui libreoffice-calc-nogui" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "pdftoppm not found; install poppler-utils" >&2; exit 2; }
export PPID_NOW=2026-11-25T10:00:00+07:00 PPID_LANG=en
DATA="$WORK/data"
"$(dirname "$BIN")/ppid-devtool" generate --data "$DATA" --events 3000 --last-year 2026 >/dev/null
"$BIN" init --data "$DATA" --office "Dinas Komunikasi dan Informatika Kabupaten Siak" --city "Siak Sri Indrapura" --ppid-name "Drs. Ahmad Fauzi" --ppid-nip 197001012000031001 --parent-body "Pemerintah Kabupaten Siak" >/dev/null

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
docs=()
letter() { docs+=("$("$BIN" letter --data "$DATA" --officer Rina --pdf "$@" | head -1)"); }
letter --request "$granted" --kind receipt
letter --request "$granted" --kind notice
letter --request "$extended" --kind extension
letter --request "$refused" --kind refusal
letter --objection "$objection" --kind objection-receipt
letter --objection "$objection" --kind objection-answer
docs+=("$("$BIN" export --year 2026 --format docx --data "$DATA" --pdf | head -1)")
docs+=("$("$BIN" export --year 2026 --format xlsx --data "$DATA" --pdf | head -1)")

for doc in "${docs[@]}"; do
    pdf="${doc%.*}.pdf"
    [ -s "$pdf" ] || { echo "FAIL: no PDF beside $doc" >&2; exit 1; }
    name=$(basename "${doc%.*}")
    cp "$doc" "$pdf" "$OUT/"
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$pdf" "$OUT/$name"
    echo "PASS: $(basename "$doc") → $(basename "$pdf") ($(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages) → $OUT/$name.png"
done
