#!/usr/bin/env bash
# The log replaced by an older copy of itself between one-shot writers (each opens the folder
# fresh): `cp -p events.jsonl x`, a registration, `mv x events.jsonl`. The next writer refuses
# instead of giving the lost number again, the file that held the lost event is moved into
# recovery/, and check exits non-zero naming how many acknowledged events are missing. Putting
# the kept lines back makes the folder whole; a deliberate repair is taken with --accept-repair.
source "$(dirname "$0")/lib.sh"
DEVTOOL="$(dirname "$BIN")/ppid-devtool"
[ -x "$DEVTOOL" ] || fail "ppid-devtool not built beside $BIN (swift build)"
export PPID_LANG=en
DATA="$WORK/data"

first=$("$DEVTOOL" append --data "$DATA" --count 1 --seed 1)
cp -p "$DATA/events.jsonl" "$DATA/x"
second=$("$DEVTOOL" append --data "$DATA" --count 1 --seed 2)
mv "$DATA/x" "$DATA/events.jsonl"
pass "registered $first, copied the log, registered $second, moved the older copy back"

set +e
third=$("$DEVTOOL" append --data "$DATA" --count 1 --seed 3 2>"$WORK/err"); status=$?
set -e
[ "$status" -ne 0 ] || fail "the next one-shot writer wrote into the older copy and was given $third"
grep -qF "1 of 2 acknowledged events are missing" "$WORK/err" || fail "the refusal does not say what is missing: $(cat "$WORK/err")"
grep -qF -- "--accept-repair" "$WORK/err" || fail "the refusal does not name the repair: $(cat "$WORK/err")"
[ "$(wc -l <"$DATA/events.jsonl")" -eq 1 ] || fail "the older copy was written to"
pass "the next writer refuses: $(head -c 160 "$WORK/err")…"

kept=$(ls "$DATA"/recovery/replaced-*.jsonl)
[ "$(wc -l <<<"$kept")" -eq 1 ] || fail "one kept log expected in recovery/: $kept"
grep -qF "\"request\":\"$second\"" "$kept" || fail "$second is not in $kept"
[ ! -e "$DATA/.acknowledged.jsonl" ] || fail ".acknowledged.jsonl still there after it was set aside"
pass "the log with $second is kept in recovery/$(basename "$kept")"

printf 'reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note\nPPID-2019-001,2019-01-09T08:02:00+07:00,walk_in,Joko,industry,calibration,Kalibrasi,,,\n' >"$WORK/one.csv"
set +e
"$BIN" import "$WORK/one.csv" --data "$DATA" >/dev/null 2>"$WORK/err"; status=$?
set -e
[ "$status" -ne 0 ] || fail "an import wrote into the older copy"
pass "an import of one row is refused too (exit $status)"

set +e
out=$("$BIN" check --data "$DATA" 2>&1); status=$?
set -e
[ "$status" -eq 2 ] || fail "check exited $status: $out"
grep -qF "1 of 2 acknowledged events are missing" <<<"$out" || fail "check does not name the missing event: $out"
grep -qF "kept in $kept" <<<"$out" || fail "check does not name the kept log: $out"
pass "check exits 2: $(grep -F 'acknowledged events are missing' <<<"$out" | head -c 120)…"

# The remedy: put the kept lines back (by a rename, as an editor would); the folder is whole.
cp -p "$kept" "$DATA/x" && mv "$DATA/x" "$DATA/events.jsonl"
"$BIN" check --data "$DATA" >/dev/null || fail "check is not clean after the kept log was put back"
next=$("$DEVTOOL" append --data "$DATA" --count 1 --seed 4)
[ "$next" != "$first" ] && [ "$next" != "$second" ] || fail "$next was given again"
pass "with the kept log put back, check is clean and the next number is $next"

# A deliberate repair that removes an acknowledged line: refused until accepted.
head -n 2 "$DATA/events.jsonl" >"$DATA/x" && mv "$DATA/x" "$DATA/events.jsonl"
if "$BIN" check --data "$DATA" >/dev/null 2>&1; then fail "check passes a log that lost its last acknowledged line"; fi
out=$("$BIN" check --data "$DATA" --accept-repair) || fail "--accept-repair failed: $out"
grep -qF "is accepted as the acknowledged log" <<<"$out" || fail "$out"
"$BIN" check --data "$DATA" >/dev/null || fail "check is not clean after --accept-repair"
"$DEVTOOL" append --data "$DATA" --count 1 --seed 5 >/dev/null || fail "no writer writes after --accept-repair"
pass "a line removed on purpose: check fails until --accept-repair, then writers go on"
