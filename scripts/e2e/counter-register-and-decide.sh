#!/usr/bin/env bash
# An officer opens an empty folder, registers a walk-in request, sees it at the top of the
# queue with 10 working days left, decides it granted, quits; `export` then counts it.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
start counter "$BIN --data $DATA --officer siti"
wait_for counter "Antrian Permohonan"
wait_for counter "Tidak ada permohonan terbuka"

keys counter n
wait_for counter "Permohonan Baru"
# Channel (walk-in by default), received (now by default), then the requester's fields.
keys counter Tab Tab "Budi Santoso" Tab Tab "Jl. Sudirman No. 5, Pekanbaru" Tab "0812-1111-2222" Tab "Wiraswasta"
keys counter Tab Tab Tab "Tarif pengujian kadar air" F2
wait_for counter "Periksa sebelum dicatat"
wait_for counter "Batas waktu: 2026-12-09"
keys counter y
wait_for counter "TANDA BUKTI PENERIMAAN"
wait_for counter "PPID-2026-001"
keys counter p
wait_for counter "Tanda bukti ditulis ke"
test -f "$DATA/receipts/PPID-2026-001.txt" || { echo "FAIL: no receipt file" >&2; exit 1; }
keys counter Escape

first_row=$(screen counter | grep -A1 -F "No. Daftar" | tail -n 1)
echo "$first_row" | grep -qF "PPID-2026-001" || { echo "FAIL: not at the top: $first_row" >&2; exit 1; }
echo "$first_row" | grep -qF "10 hari" || { echo "FAIL: not 10 working days left: $first_row" >&2; exit 1; }
pass "registered PPID-2026-001, top of the queue with 10 working days left"

keys counter d
wait_for counter "Keputusan PPID-2026-001"
keys counter F2
wait_for counter "Dikabulkan Seluruhnya"
keys counter y
wait_for counter "Tercatat"
wait_for counter "Tidak ada permohonan terbuka"
pass "decided granted; the queue is empty again"

keys counter q
sleep 0.5

csv=$("$BIN" export --year 2026 --format csv --data "$DATA")
echo "$csv" | grep -qF $'November,1,0,0,0,1,0,0\r' || { echo "FAIL: export does not count it:" >&2; echo "$csv" >&2; exit 1; }
echo "$csv" | grep -qF $'Jumlah,1,0,0,0,1,0,0\r' || { echo "FAIL: totals wrong" >&2; exit 1; }
"$BIN" check --data "$DATA" >/dev/null
pass "export --year 2026 counts it (November and Jumlah: 1 walk-in, 1 granted); check is clean"
