#!/usr/bin/env bash
# Text holding terminal escape sequences — imported, written into the log by another program,
# or typed — is shown inert: the screen shows ␛, the pane title stays, nothing reaches the
# clipboard. An import stores the controls shown (␛, ␍; a tab stays) and names where they
# were; check's and export's output, on a terminal or redirected, is inert too.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"

# First prove the probes work: raw sequences do change this tmux's title and clipboard.
start probe "sleep 0.5; printf '\\033]0;DIRETAS\\007\\033]52;c;UFdORUQ=\\007'"
t set -g set-clipboard on
sleep 1
[ "$(title probe)" = "DIRETAS" ] || fail "the title probe does not work"
t list-buffers | grep -q . || fail "the clipboard probe does not work"
t delete-buffer
pass "control: raw OSC 0 and OSC 52 do set this pane's title and tmux's clipboard"

# A register whose names hold a clear screen, a title, a clipboard write, a bare CR, a tab,
# and a right-to-left override.
ESC=$'\033' BEL=$'\007' CR=$'\r' TAB=$'\t'
{
    echo "reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note"
    echo "PPID-2026-001,2026-11-20T09:00:00+07:00,walk_in,Ani${ESC}[2J${ESC}[HBersih,individual,testing,Subjek${ESC}]0;DIRETAS${BEL}judul,,,"
    echo "PPID-2026-002,2026-11-20T09:10:00+07:00,online,Budi${ESC}]52;c;cm0gLXJmIH4=${BEL}Klip,individual,testing,Satu${CR}Dua${TAB}Tiga,,,"
    echo "PPID-2026-003,2026-11-20T09:20:00+07:00,phone,Citra $(printf '\u202e')fdp.exe,individual,testing,Arah terbalik,,,"
} >"$WORK/register.csv"
report=$("$BIN" import "$WORK/register.csv" --data "$DATA")
grep -qF 'Ani␛[2J␛[HBersih' "$DATA/events.jsonl" || fail "the clear-screen name is not stored shown as ␛"
grep -qF '"subject":"Satu␍Dua\tTiga"' "$DATA/events.jsonl" || fail "the bare CR is not stored as ␍, or the tab not kept"
grep -qF '\u001b' "$DATA/events.jsonl" && fail "an imported ESC reached the log"
echo "$report" | grep -qF "baris 3: subject memuat karakter kendali" || fail "the import does not name the line and column: $report"
pass "import stores ESC and a bare CR shown as ␛ ␍ and names each line and column"

set_identity "$DATA"   # the office as ppid-tui init sets it: no first-day questions
start app "$BIN --data $DATA --officer siti"
wait_for app "Antrian Permohonan"
original=$(title app)
wait_for app "Ani␛[2J␛[HBersih"
wait_for app "Budi␛]52;c;cm0gLXJmIH4=␇Klip"
wait_for app "Citra �fdp.exe"
pass "imported names show ␛ and � on screen"

# Another program appends a valid line whose name sets the title and rings the bell.
printf '%s\n' '{"v":1,"id":"0b6f","at":"2026-11-25T10:00:00+07:00","by":"lain","type":"request.registered","request":"PPID-2026-004","received_at":"2026-11-24T09:00:00+07:00","channel":"walk_in","name":"Dedi\u001b]0;DIRETAS\u0007\u009b2J","category":"individual","address":"","contact":"","occupation":"","nik":"","topic":"testing","subject":"Dari program lain","purpose":"","access":null,"medium":null,"delivery":null}' >>"$DATA/events.jsonl"
wait_for app "Dedi␛]0;DIRETAS␇�2J"
pass "a line written by another program shows inert within a second"

# Open the detail of the first request: its subject with the title sequence.
keys app Enter
wait_for app "Subjek␛]0;DIRETAS␇judul"
keys app Escape

# Typed: a bidirectional override is kept; an escape sequence cannot be typed into a field.
keys app n
wait_for app "Permohonan Baru"
keys app Tab Tab
keys app -l "Eka$(printf '\u202e')Putra"
keys app Tab Tab "Jl. Riau 1" Tab Tab Tab Tab Tab "Jadwal"
keys app -l "${ESC}]0;DIRETAS${BEL}"
wait_for app "Buang isian?"          # the ESC is the Escape key: it asks, nothing is entered
keys app n
wait_for app "Eka�Putra"
keys app F2
wait_for app "Periksa sebelum dicatat"
keys app y
wait_for app "TANDA BUKTI PENERIMAAN"
keys app Escape
grep -qF "Eka$(printf '\u202e')Putra" "$DATA/events.jsonl" || fail "the typed name is not stored as typed"
grep -F "Eka" "$DATA/events.jsonl" | grep -qF '"subject":"Jadwal"' || fail "the subject holds more than was typed before the escape"
pass "typed: the override is stored as typed and drawn as �; the escape key never enters a field"

[ "$(title app)" = "$original" ] || fail "the pane title changed to '$(title app)'"
t list-buffers | grep -q . && fail "something reached the clipboard"
pass "the pane title is still '$original' and the clipboard is empty"
keys app q

# check and export on a terminal print values inert too.
printf '%s\n' '{"v":1,"id":"x","at":"2026-11-25T10:00:00+07:00","by":"x","type":"\u001b]0;DIRETAS\u0007","request":"R"}' >>"$DATA/events.jsonl"
start cli "$BIN check --data $DATA; $BIN export --year 2026 --format register --data $DATA"
wait_for cli "unknown \"␛]0;DIRETAS␇\""
wait_for cli "Ani␛[2J␛[HBersih"
[ "$(title cli)" != "DIRETAS" ] || fail "check or export changed the title"
t list-buffers | grep -q . && fail "check or export reached the clipboard"
redirected=$("$BIN" export --year 2026 --format register --data "$DATA")
echo "$redirected" | grep -qF "Dedi␛]0;DIRETAS␇�2J" || fail "export redirected to a file does not show the log's raw line inert"
echo "$redirected" | grep -qF "$ESC" && fail "export redirected to a file carries an ESC"
pass "check and export show the sequences inert on a terminal and redirected to a file"
