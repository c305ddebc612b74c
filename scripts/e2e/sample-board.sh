#!/usr/bin/env bash
# The second counter officer registers a sample on pane 2 of an 80×24 terminal and walks it
# through PK.TU-PJT.02 with >, one document per step; handing the LHP over before payment is
# refused with the reason; the sample export then has the sample, done, with its LHP.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
WIDTH=80 HEIGHT=24 start lab "$BIN --data $DATA --officer rina"
wait_for lab "Antrian Permohonan"
keys lab 2
wait_for lab "Belum ada sampel dalam proses"

keys lab n
wait_for lab "Permintaan Uji Sampel Baru"
# Kind (BPCU), letter received (now), letter number, then the customer and the sample.
keys lab Tab Tab "12/RCR/XI/2026" Tab "Hendra Gunawan" Tab "PT Riau Crumb Rubber" Tab "0761-556677"
keys lab Tab "Karet remah SIR 20" Tab "kadar abu, PRI" Tab "3 bal" F2
wait_for lab "Periksa sebelum dicatat"
wait_for lab "nomor BPCU diberikan saat disimpan"
keys lab y
wait_for lab "Sampel BPCU-2026-001 terdaftar"
card=$(line_with lab "Permintaan 1")
[ -n "$card" ] || { echo "FAIL: no card in the request column" >&2; screen lab >&2; exit 1; }
wait_for lab "0m / 40m"
pass "registered BPCU-2026-001; its card waits for the sample, 0m of 40m"

# record STEP-TITLE KEYS… — `>`, wait for the step's form, type its document, save, confirm.
record() {
    local title=$1; shift
    keys lab ">"
    wait_for lab "$title"
    if [ $# -gt 0 ]; then keys lab "$@"; fi
    keys lab F2
    wait_for lab "Periksa sebelum dicatat"
    keys lab y
    wait_for lab "Tercatat BPCU-2026-001"
}

record "Terima sampel BPCU-2026-001" Tab "L-0412"
wait_for lab "Tunggu billing"
record "e-billing BPCU-2026-001" Tab "820261125000412" Tab "1250000"
wait_for lab "Tunggu bayar"
pass "sample received with its label, e-billing issued"

keys lab h
wait_for lab "tidak dapat diserahkan: pembayaran belum diverifikasi"
pass "handing the LHP over before payment is refused: $(line_with lab 'tidak dapat diserahkan' | sed 's/^ *//')"

record "Pembayaran BPCU-2026-001" Tab "0A1B2C3D4E5F6G7H" Tab "KW-2026-0412"
wait_for lab "Ke analis"
record "Serahkan BPCU-2026-001 ke analis" Tab "Rina Marlina"
wait_for lab "Analis: Rina"
record "Hasil analisa BPCU-2026-001"
wait_for lab "Susun LHP"
record "Buat LHP BPCU-2026-001"
wait_for lab "LHP-2026-001 dibuat"
wait_for lab "LHP-2026-001"
record "Serahkan LHP dan kuitansi BPCU-2026-001"
wait_for lab "LHP dan kuitansi diserahkan"
wait_for lab "Belum ada sampel dalam proses"
pass "paid, with the analyst, result in, LHP-2026-001 made and handed over; the board is empty again"

keys lab a
wait_for lab "Selesai"
keys lab q
sleep 0.5

csv=$("$BIN" export --year 2026 --format samples --data "$DATA")
row=$(echo "$csv" | grep -F "BPCU-2026-001") || { echo "FAIL: export lacks the sample:" >&2; echo "$csv" >&2; exit 1; }
for field in "Hendra Gunawan" "820261125000412" "0A1B2C3D4E5F6G7H" "Rina Marlina" "LHP-2026-001" ",Selesai,"; do
    echo "$row" | grep -qF -- "$field" || { echo "FAIL: export row lacks $field: $row" >&2; exit 1; }
done
echo "$row" | grep -qE ',0,40,Ya,0,5,Ya,0,10,Pelanggan,0,5,Ya,0,300,Ya,0,15,Ya,0,6,Pelanggan,0,0,0,5/5,,'$'\r''?$' || { echo "FAIL: step times: $row" >&2; exit 1; }
"$BIN" check --data "$DATA" | grep -qF "Sampel: 1" || { echo "FAIL: check does not count the sample" >&2; exit 1; }
pass "export --format samples has the sample done, every office step within its standard, paying and collecting as the customer's; check is clean"
