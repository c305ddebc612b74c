#!/usr/bin/env bash
# Optional check (needs LibreOffice: apt-get install libreoffice-calc-nogui): the register
# CSV, comma- and semicolon-separated, opens in Calc as UTF-8 with every row's 24 columns
# and every name intact. Not run by CI (LibreOffice is a large install).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${PPID_BIN:-$(cd "$ROOT" && swift build --show-bin-path)/ppid-tui}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v soffice >/dev/null || { echo "soffice not found; install libreoffice-calc-nogui" >&2; exit 2; }
cd "$WORK"
"$(dirname "$BIN")/ppid-devtool" generate --data data --events 3000 --last-year 2026 >/dev/null
year=2026
for sep in , ';'; do
    code=$([ "$sep" = , ] && echo 44 || echo 59)
    "$BIN" export --year "$year" --format register --sep "$sep" --data data --out "reg-$code.csv"
    soffice --headless --infilter="CSV:$code,34,76,1" --convert-to ods "reg-$code.csv" >/dev/null 2>&1
    soffice --headless --convert-to "csv:Text - txt - csv (StarCalc):$code,34,76,1" --outdir back "reg-$code.ods" >/dev/null 2>&1
    python3 - "$code" <<'PY'
import csv, sys
code = sys.argv[1]
sep = ',' if code == '44' else ';'
a = list(csv.reader(open(f'reg-{code}.csv', encoding='utf-8', newline=''), delimiter=sep))
b = list(csv.reader(open(f'back/reg-{code}.csv', encoding='utf-8', newline=''), delimiter=sep))
assert len(a) == len(b), (len(a), len(b))
assert all(len(r) == 24 for r in b), 'a row lost or gained columns'
assert [r[3] for r in a] == [r[3] for r in b], 'names changed'
accented = sum(any(ord(c) > 127 for c in r[3]) for r in a)
print(f"PASS: separator {sep!r}: {len(b) - 1} rows × 24 columns, {accented} names with non-ASCII letters intact")
PY
done
