#!/usr/bin/env bash
# Two counters open the same folder; a request registered at one appears at the other
# within a second, and numbers are never given twice.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
mkdir -p "$DATA"

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
start a "$BIN --data $DATA --officer siti"
start b "$BIN --data $DATA --officer rahmat"
wait_for a "Antrian Permohonan"
wait_for b "Antrian Permohonan"

register a "Rina Kusumawati"
start_ms=$(date +%s%3N)
wait_for b "Rina Kusumawati" 3
elapsed=$(( $(date +%s%3N) - start_ms ))
pass "a request registered at counter A showed at counter B after ${elapsed} ms"

register b "José Hutapea"
wait_for a "José Hutapea" 3
line_with a "Rina Kusumawati" | grep -qF "PPID-2026-001" || { echo "FAIL: first number" >&2; exit 1; }
line_with a "José Hutapea" | grep -qF "PPID-2026-002" || { echo "FAIL: second number" >&2; exit 1; }
pass "counter B's request showed at A with the next number, PPID-2026-002"

keys a q
keys b q
sleep 0.5
"$BIN" check --data "$DATA" >/dev/null
pass "check is clean"
