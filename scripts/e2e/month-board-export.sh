#!/usr/bin/env bash
# The head opens the 2019 register on the month board, reads the year's totals, presses x,
# and finds the files; the exported recap is byte for byte the report's table.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
FIXTURES="$ROOT/Tests/PPIDStoreTests/Fixtures"

"$BIN" import "$FIXTURES/register-2019.csv" --data "$DATA" >/dev/null
set_identity "$DATA"

WIDTH=80 HEIGHT=24 start head "$BIN --data $DATA --officer kasubag"
wait_for head "Antrian Permohonan"
keys head 3
wait_for head "Tahun 2019"
totals=$(line_with head "Jumlah")
echo "$totals" | tr -s ' │' ' ' | grep -qE "^ ?Jumlah 47 8 16 3 73 0 0 1 0 ?$" || { echo "FAIL: totals row: $totals" >&2; exit 1; }
june=$(line_with head "Juni")
echo "$june" | tr -s ' │' ' ' | grep -qE "^ ?Juni 7 0 0 1 7 0 0 1 0 ?$" || { echo "FAIL: June row: $june" >&2; exit 1; }
pass "month board shows 2019 totals 47, 8, 16, 3 / 73, 0, 0 and June's withdrawn request apart"

keys head x
wait_for head "Ditulis: exports/rekap-2019.csv"
for f in rekap-2019.csv rekap-2019.md register-2019.csv keberatan-2019.csv laporan-2019.md; do
    test -s "$DATA/exports/$f" || { echo "FAIL: exports/$f missing" >&2; exit 1; }
done
cmp "$DATA/exports/rekap-2019.csv" "$FIXTURES/recap-2019-expected.csv" || { echo "FAIL: recap differs from the fixture" >&2; exit 1; }
for part in "BAB I PENDAHULUAN" "1.3 Profil PPID" "2.6.3 Permohonan dari Tahun Sebelumnya" "2.7 Rincian Penyelesaian Sengketa" "BAB III PENUTUP"; do
    grep -qF "$part" "$DATA/exports/laporan-2019.md" || { echo "FAIL: the annual report lacks $part" >&2; exit 1; }
done
# Ready to file (issue 21): nothing for the office to fill in or delete.
if grep -qE "DIISI|ppid-tui|config.toml" "$DATA/exports/laporan-2019.md"; then echo "FAIL: the annual report holds a placeholder or how it was made" >&2; exit 1; fi
pass "x wrote the recap (byte for byte the fixture), the registers and the annual report (Bab I–III, no placeholder)"

keys head Down Down Down Down Down l l l l l l l l Enter
wait_for head "Juni 2019 · Dicabut — 1"
wait_for head "PPID-2019-049"
pass "drilling into June's withdrawn cell lists PPID-2019-049"
keys head Escape q
