#!/usr/bin/env bash
# Issue 14 item 1 (Pasal 22(8)): a request due 18 June, extended on 10 December, is refused at
# the extension form's date field, in the article's words, before any summary; an extension
# dated while the period ran is accepted. At 80×24, as at the counter.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
export WIDTH=80 HEIGHT=24
export PPID_NOW=2026-12-10T10:00:00+07:00

# Received Wednesday 3 June 2026: the 10 working days end Thursday 18 June (16 June is a holiday).
cat >"$WORK/register.csv" <<'CSV'
reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note
PPID-2026-001,2026-06-03T09:00:00+07:00,walk_in,Rina Marlina,individual,other,Data uji air sungai 2025,,,
CSV
"$BIN" import "$WORK/register.csv" --data "$DATA" >/dev/null

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
start counter "$BIN --data $DATA --officer siti"
wait_for counter "PPID-2026-001"
keys counter e
wait_for counter "Perpanjangan PPID-2026-001"
keys counter "Data tersebar di tiga bidang" F2
wait_for counter "Pasal 22 ayat 8"
screen counter | grep -qF "2026-06-18" || fail "the refusal does not name the original deadline"
screen counter | grep -qF "y = catat" && fail "a summary was shown for a refused extension"
pass "an extension dated after the deadline (2026-06-18) is refused at its field, citing Pasal 22(8)"

# The extension letter was in fact dated 15 June, within the period: accepted.
# The refusal left the focus on the date field.
keys counter C-u "2026-06-15" F2
wait_for counter "y = catat"
keys counter y
wait_for counter "Tercatat"
pass "an extension dated 2026-06-15, within the period, is recorded"
keys counter Escape q
sleep 0.5
"$BIN" check --data "$DATA" >/dev/null || fail "check is not clean"
pass "check is clean"
