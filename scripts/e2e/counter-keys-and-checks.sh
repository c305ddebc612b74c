#!/usr/bin/env bash
# At 80×24, as a new officer: the first row is highlighted before any key; End typed into a
# field moves the cursor instead of typing "[4~"; a notice dated before the receipt is marked at
# its field before any summary; and a dispute is recorded from the queue with its own key (K)
# after an objection and the superior's answer.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
export WIDTH=80 HEIGHT=24

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
start counter "$BIN --data $DATA --officer siti"
wait_for counter "Tidak ada permohonan terbuka"

keys counter n
wait_for counter "Permohonan Baru"
keys counter Tab Tab "Budi Santoso" Tab Tab "Jl. Sudirman No. 5" Tab "0812-1111-2222" Tab "Wiraswasta"
keys counter Tab Tab Tab "Tarif pengujian" End Home End
sleep 0.3
screen counter | grep -qF "[4~" && fail "End typed its escape sequence into the field: $(line_with counter 'Informasi diminta')"
screen counter | grep -qF "[1~" && fail "Home typed its escape sequence into the field"
line_with counter "Informasi diminta" | grep -qF "Tarif pengujian " || true
pass "End and Home move the cursor; nothing of their sequences is typed"
keys counter F2
wait_for counter "Periksa sebelum dicatat"
keys counter y
wait_for counter "TANDA BUKTI PENERIMAAN"
keys counter Escape
wait_for counter "PPID-2026-001"

# A notice dated before the receipt: marked at its field, no summary.
keys counter d
wait_for counter "Keputusan PPID-2026-001"
keys counter Tab C-u "2026-11-20" F2
wait_for counter "lebih awal dari tanggal diterima"
line_with counter "Tgl pemberitahuan" | grep -qF "←" || fail "the refusal is not at the notice field: $(screen counter)"
screen counter | grep -qF "Periksa sebelum dicatat" && fail "the summary opened although the rules refuse the notice date"
pass "a notice date before the receipt is marked at its field before any summary"
keys counter Escape
wait_for counter "Buang isian?"
keys counter y

# Objection (o), the superior's answer (b), then the dispute (K), all from the queue.
keys counter o
wait_for counter "Keberatan atas PPID-2026-001"
keys counter Tab "b" F2
wait_for counter "Periksa sebelum dicatat"
keys counter y
wait_for counter "KEB-2026-001"
keys counter b
wait_for counter "Tanggapan atasan PPID atas KEB-2026-001"
keys counter Tab "Pasal 17 huruf b" Tab Tab "Kepala Balai" Tab "Kepala" F2
wait_for counter "Periksa sebelum dicatat"
keys counter y
wait_for counter "Tercatat PPID-2026-001: Keberatan KEB-2026-001 ditanggapi"
keys counter k
sleep 0.3
screen counter | grep -qF "Sengketa KEB-2026-001 diajukan" && fail "k (up) opened the dispute form"
keys counter K
wait_for counter "Sengketa KEB-2026-001 diajukan ke Komisi Informasi"
keys counter F2
wait_for counter "Periksa sebelum dicatat"
keys counter y
wait_for counter "Tercatat PPID-2026-001: Sengketa KEB-2026-001 diajukan ke Komisi Informasi"
grep -qF '"disputeStep"' "$DATA/events.jsonl" || grep -qF 'dispute' "$DATA/events.jsonl" || fail "no dispute step in the log"
pass "K records the dispute after the objection and the answer"
# Home on the sample board stays there (its sequence's "1" once switched to the queue).
keys counter 2
wait_for counter "Permintaan"
keys counter Home End
sleep 0.3
screen counter | grep -qF "No. Daftar" && fail "Home or End switched the pane: $(screen counter)"
pass "Home and End on the sample board keep the board"
keys counter q
sleep 0.5

# Opened again: the first row is highlighted on the first screen, before any key.
t kill-session -t counter
start again "$BIN --data $DATA --officer siti"
wait_for again "PPID-2026-001"
row=$(t capture-pane -e -p -t again | grep -F "PPID-2026-001" | head -n 1)
printf '%s' "$row" | grep -qE $'\e\\[([0-9]+;)*7m' || fail "the first row is not highlighted at 80×24: $(printf '%q' "$row")"
pass "the top row is selected and highlighted on the first screen at 80×24"
