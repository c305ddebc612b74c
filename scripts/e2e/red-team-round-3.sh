#!/usr/bin/env bash
# What the red team of issue 20 found still broken, through the real binary: a letter written
# over the office's template (every later receipt then named the first requester), --out at a
# FIFO, a relative --out with --pdf, a header name's escape
# sequences in the import's summary, and a repair that removes an acknowledged registration.
source "$(dirname "$0")/lib.sh"
DEVTOOL="$(dirname "$BIN")/ppid-devtool"
[ -x "$DEVTOOL" ] || fail "ppid-devtool not built beside $BIN (swift build)"
export PPID_LANG=en
DATA="$WORK/data"
cd "$WORK"
HEADER="reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note"
printf '%s\n%s\n%s\n' "$HEADER" \
    "PPID-2026-001,2026-11-16T09:00:00+07:00,walk_in,Siti Nurhaliza,individual,testing,Tarif pengujian air limbah,,," \
    "PPID-2026-002,2026-11-18T09:00:00+07:00,online,Budi Santoso,individual,calibration,Jadwal kalibrasi timbangan,,," >desk.csv
"$BIN" import desk.csv --data "$DATA" >/dev/null
set_identity "$DATA"
"$BIN" templates --data "$DATA" >/dev/null
template_sum=$(sha256sum <"$DATA/templates/receipt.docx")

# A letter or an export is never written into templates/.
if "$BIN" letter --request PPID-2026-001 --kind receipt --data "$DATA" --out "$DATA/templates/receipt.docx" 2>err; then
    fail "a letter was written over the office's template"
fi
grep -qF "only ppid-tui templates writes into templates/" err || fail "$(cat err)"
[ "$(sha256sum <"$DATA/templates/receipt.docx")" = "$template_sum" ] || fail "the template changed"
"$BIN" letter --request PPID-2026-002 --kind receipt --data "$DATA" >/dev/null
python3 - "$DATA/letters/PPID-2026-002-receipt.docx" <<'PY' || fail "the receipt of PPID-2026-002 is not its own"
import sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
sys.exit(0 if "Budi Santoso" in xml and "Siti Nurhaliza" not in xml else 1)
PY
pass "letter --out templates/receipt.docx refused; the next receipt is Budi's own"

# A FIFO is never renamed over. (/dev/stdout is tried by OutputPathTests through the check
# alone: a regression tried here for real would replace the machine's /dev/stdout, as root.)
mkfifo pipe
if timeout 20 "$BIN" export --year 2026 --format csv --data "$DATA" --out pipe 2>err; then fail "a FIFO was written"; fi
grep -qF "not a regular file" err && [ -p pipe ] || fail "the FIFO: $(cat err)"
pass "--out at a FIFO refused; the FIFO left as it was"

# A relative --out with --pdf (LibreOffice crashed with a relative HOME).
if [ -x /usr/bin/soffice ]; then
    "$BIN" export --year 2026 --format docx --data "$DATA" --out laporan.docx --pdf >/dev/null 2>err || fail "$(cat err)"
    head -c 4 laporan.pdf | grep -q "%PDF" || fail "no PDF beside laporan.docx: $(cat err)"
    grep -q "Making the PDF with /usr/bin/soffice" err || fail "which LibreOffice is not said: $(cat err)"
    pass "export --out laporan.docx --pdf makes laporan.pdf"
fi

# A header name's escape sequences are shown inert in the summary.
printf '%s,x\033]0;PWNED\007\n%s\n' "$HEADER" \
    "PPID-2026-003,2026-11-19T09:00:00+07:00,walk_in,Rina,individual,testing,Air,,,,1" >columns.csv
"$BIN" import columns.csv --data "$DATA" --ignore-unknown-columns >out.txt
! grep -q $'\033' out.txt || fail "an escape sequence reached the terminal: $(cat -v out.txt)"
grep -qF "Columns left out: x␛]0;PWNED␇." out.txt || fail "$(cat out.txt)"
pass "a column left out is named inert"

# The README's repair removes a registration line: accept-repair names the number it frees.
REPAIR="$WORK/repair"
"$DEVTOOL" append --data "$REPAIR" --count 3 --seed 1 >/dev/null
sed -i '3d' "$REPAIR/events.jsonl"
"$BIN" check --data "$REPAIR" --accept-repair >out.txt 2>&1 || fail "$(cat out.txt)"
grep -qF "Warning: registrations no longer in the log: PPID-2026-003." out.txt || fail "$(cat out.txt)"
pass "check --accept-repair names PPID-2026-003, removed by the repair"
