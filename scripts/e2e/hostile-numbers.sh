#!/usr/bin/env bash
# Issue 20, numbers and amounts that crashed or lied, through the real binary: a one-letter
# data folder, registration numbers not exactly of their format or year, a fee past Int.max
# (refused at import; replayed from a log line another program wrote, and exported and
# pressed x on without a crash), a config key of 200,000 dotted parts, a misspelled column.
source "$(dirname "$0")/lib.sh"
FIXTURES="$ROOT/Tests/PPIDStoreTests/Fixtures"
HEADER="reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note"
cd "$WORK"

"$BIN" import "$FIXTURES/register-2019.csv" --data d >out 2>&1 || fail "import --data d: $(cat out)"
grep -qF "74 permohonan diimpor" out || fail "import --data d: $(cat out)"
pass "import --data d (a one-letter relative folder) imports the 2019 register"

printf '%s\n%s\n%s\n%s\n' "$HEADER" \
    "PPID-2026-5,2026-11-20T09:00:00+07:00,walk_in,Rina,individual,testing,Tarif,,," \
    "PPID-2026-+05,2026-11-20T09:00:00+07:00,walk_in,Rina,individual,testing,Tarif,,," \
    "PPID-2025-099,2026-01-01T00:30:00+07:00,walk_in,Ani,individual,testing,Tarif,,," >numbers.csv
if PPID_LANG=en "$BIN" import numbers.csv --data n >out 2>&1; then fail "numbers not of their format were imported"; fi
grep -qF 'line 2: reg_no: Number "PPID-2026-5" does not match the format PPID-{year}-{seq:3}' out || fail "$(cat out)"
grep -qF 'line 3: reg_no: Number "PPID-2026-+05" does not match' out || fail "$(cat out)"
grep -qF "line 4: reg_no: Number PPID-2025-099 has the year 2025 but was received in 2026" out || fail "$(cat out)"
[ ! -s n/events.jsonl ] || fail "something was written"
pass "PPID-2026-5, PPID-2026-+05 and a 2025 number received on 1 January 2026 (WIB) are refused, each by its line"

printf '%s,fee\n%s\n' "$HEADER" "PPID-2026-001,2026-11-20T09:00:00+07:00,walk_in,Rina,individual,testing,Tarif,granted,2026-11-23T09:00:00+07:00,,9.223.372.036.854.775.807" >fee.csv
if PPID_LANG=en "$BIN" import fee.csv --data f >out 2>&1; then fail "a fee past Int.max was imported"; fi
grep -qF 'fee "9.223.372.036.854.775.807" is not whole rupiah below Rp 1.000.000.000.000' out || fail "$(cat out)"
pass "a fee of 9.223.372.036.854.775.807 is refused at import"

sed 's/9\.223\.372\.036\.854\.775\.807/5.000/' fee.csv >fee-ok.csv
"$BIN" import fee-ok.csv --data f >/dev/null
set_identity f
# Another program writes the fee past Int.max into the log: replayed as written, no crash.
sed -n '2p' f/events.jsonl | sed 's/"fee":5000/"fee":9223372036854775807/; s/"id":"[^"]*"/"id":"7b0e4f51-2d9a-4c1e-9a53-0c1f5e2b7d10"/' >>f/events.jsonl
"$BIN" export --format xlsx --year 2026 --data f --out book.xlsx >out 2>&1 || fail "export xlsx: $(cat out)"
"$BIN" export --format register --year 2026 --data f >register.csv 2>out || fail "export register: $(cat out)"
grep -qF "9223372036854775807" register.csv || fail "the logged fee is not in the register"
pass "a logged fee past Int.max is replayed; export xlsx and register run"

WIDTH=80 HEIGHT=24 start head "$BIN --data $WORK/f --officer kasubag"
wait_for head "Antrian Permohonan"
keys head 3
wait_for head "Tahun 2026"
keys head x
wait_for head "Ditulis: exports/rekap-2026.csv"
keys head q
pass "x on the month board writes the exports with that fee in the log"

mkdir -p c
python3 -c 'print("[office]\n" + ".".join(["a"] * 200000) + " = 1")' >c/config.toml
if PPID_LANG=en "$BIN" export --format csv --year 2019 --data c >out 2>&1; then fail "the config was accepted"; fi
grep -qF "line 2: longer than 16384 bytes" out || fail "$(head -c 300 out)"
pass "a config key of 200,000 dotted parts is refused with its line, no SIGSEGV"

printf '%s,adress\n%s\n' "$HEADER" "PPID-2026-001,2026-11-20T09:00:00+07:00,walk_in,Rina,individual,testing,Tarif,,,,Jl. X" >columns.csv
if PPID_LANG=en "$BIN" import columns.csv --data k >out 2>&1; then fail "a misspelled column was dropped silently"; fi
grep -qF "unknown columns: adress (address?)" out || fail "$(cat out)"
PPID_LANG=en "$BIN" import columns.csv --data k --ignore-unknown-columns >out 2>&1 || fail "$(cat out)"
grep -qF "Columns left out: adress." out || fail "$(cat out)"
pass "a misspelled column refuses the file, named with its likely column; --ignore-unknown-columns leaves it out and says so"
