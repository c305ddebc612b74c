#!/usr/bin/env bash
# Issue 14 item 8: with a request of 2026 open past its deadline (PPID_NOW pinned to
# Wed 25 Nov 2026), the queue says LEWAT, the month board counts it beside "answered late: 0"
# and lists it on Enter, and the report never says everything was answered on time.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
CSV="$WORK/register-2026.csv"

cat >"$CSV" <<'ROWS'
reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note
PPID-2026-001,2026-10-01T09:00:00+07:00,walk_in,Budi Santoso,individual,testing,Tarif uji air limbah,granted,2026-10-02T10:00:00+07:00,
PPID-2026-002,2026-10-05T09:00:00+07:00,online,Sinta Maharani,individual,research,Data mutu udara 2025,,,
ROWS
"$BIN" import "$CSV" --data "$DATA" >/dev/null

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
WIDTH=80 HEIGHT=24 start head "$BIN --data $DATA --officer kasubag"
wait_for head "Antrian Permohonan"
wait_for head "PPID-2026-002"
line_with head "PPID-2026-002" | grep -qF "LEWAT" || fail "the queue does not mark PPID-2026-002 LEWAT: $(line_with head PPID-2026-002)"
pass "the queue shows PPID-2026-002 past its deadline: $(line_with head 'PPID-2026-002' | sed 's/^ *//')"

keys head 3
wait_for head "Tahun 2026"
# Past the 12 months and the totals: answered late, then not answered past the deadline.
for _ in $(seq 13); do keys head Down; done
wait_for head "Dijawab terlambat: 0"
keys head Down
wait_for head "Belum dijawab, lewat batas waktu (per 2026-11-25): 1"
pass "the board counts it: $(line_with head 'Belum dijawab' | sed 's/^ *//')"
keys head Enter
wait_for head "PPID-2026-002"
screen head | grep -qF "PPID-2026-001" && fail "the drill-down lists the answered PPID-2026-001 too"
pass "Enter lists PPID-2026-002 alone"
keys head Escape
keys head L
wait_for head "Not answered, past the deadline (as of 2026-11-25): 1"
pass "in English: $(line_with head 'Not answered' | sed 's/^ *//')"
keys head q
sleep 0.5

report=$("$BIN" export --year 2026 --format report --data "$DATA")
echo "$report" | grep -qF "Seluruhnya dijawab dalam jangka waktu" && fail "the report says all were answered on time"
echo "$report" | grep -qF "1 permohonan belum dijawab padahal batas waktunya telah lewat (per 2026-11-25): PPID-2026-002." \
    || { echo "$report" >&2; fail "the report does not name the overdue request"; }
echo "$report" | grep -qF "| PPID-2026-002 | 2026-10-05 |" || fail "the report's overdue table lacks PPID-2026-002"
pass "export --format report names PPID-2026-002 as unanswered past its deadline and never says all on time"
