#!/usr/bin/env bash
# A request goes back as incomplete from the queue (`i`, what is missing) and, days later, is
# declared complete (`c`): its 10 working days count again from then, the detail says so and
# why, the history keeps both; `check` is clean. At 80×24, as at the counter.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
export WIDTH=80 HEIGHT=24

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
start counter "$BIN --data $DATA --officer siti"
wait_for counter "Tidak ada permohonan terbuka"
keys counter n
wait_for counter "Permohonan Baru"
# Received on Friday 20 November at 09:00: due 2026-12-04 counted from receipt.
keys counter Tab C-u "2026-11-20 09:00" Tab "Rina Marlina" Tab Tab "Jl. Nangka 7, Pekanbaru" Tab Tab Tab Tab Tab "Data uji air sungai 2025" F2
wait_for counter "Batas waktu: 2026-12-04"
keys counter y
wait_for counter "TANDA BUKTI PENERIMAAN"
keys counter Escape
wait_for counter "PPID-2026-001"

# `c` before it was sent back: refused in the rules' words, no form.
keys counter c
wait_for counter "tidak sedang dikembalikan untuk dilengkapi"
pass "c on a complete request is refused before any form"

keys counter i
wait_for counter "Kembalikan PPID-2026-001: belum lengkap"
keys counter F2
wait_for counter "wajib diisi"
keys counter "Fotokopi KTP dan surat kuasa" F2
wait_for counter "Kembalikan PPID-2026-001 untuk dilengkapi: Fotokopi KTP dan surat kuasa"
wait_for counter "Jangka waktu dihitung ulang setelah dinyatakan lengkap (c)"
keys counter y
wait_for counter "Tercatat"
keys counter i
wait_for counter "sedang dikembalikan untuk dilengkapi; nyatakan"
keys counter d
wait_for counter "sedang dikembalikan untuk dilengkapi; nyatakan"
pass "i records what is missing; a second i and a decision wait for completion"
keys counter q
sleep 0.5

# Tuesday 1 December: the requester brings what was missing.
# (The tmux server keeps the environment it started with: the new time goes on the command.)
export PPID_NOW=2026-12-01T09:00:00+07:00
start counter2 "env PPID_NOW=$PPID_NOW $BIN --data $DATA --officer siti"
wait_for counter2 "PPID-2026-001"
keys counter2 c
wait_for counter2 "Nyatakan PPID-2026-001 lengkap"
wait_for counter2 "2026-12-01 09:00"
keys counter2 F2
wait_for counter2 "Nyatakan PPID-2026-001 lengkap pada 2026-12-01 09:00"
wait_for counter2 "batas waktu menjadi 2026-12-15"
keys counter2 y
wait_for counter2 "Tercatat"
row=$(line_with counter2 "PPID-2026-001")
echo "$row" | grep -qF "10 hari" || fail "not 10 working days left after completion: $row"
pass "c declares it complete on 2026-12-01; the queue counts 10 working days again: $row"

keys counter2 Enter
wait_for counter2 "PPID-2026-001 — Dalam Proses"
wait_for counter2 "Dikembalikan        2026-11-25 · Fotokopi KTP dan surat kuasa"
wait_for counter2 "Dinyatakan lengkap  2026-12-01 09:00"
# The deadline's explanation, a page down.
keys counter2 PageDown
wait_for counter2 "jangka waktu dimulai ulang dari kelengkapan"
wait_for counter2 "hari ke-0 adalah Selasa"
wait_for counter2 "Selasa 2026-12-15 (Pasal 22 ayat 7)"
pass "the detail shows both dates and says the clock restarted on completion, and why"
keys counter2 Escape q
sleep 0.5

"$BIN" check --data "$DATA" >/dev/null || fail "check is not clean"
pass "check is clean"
