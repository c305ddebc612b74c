#!/usr/bin/env bash
# Hostile input over a real socket to `ppid-tui serve`: oversized headers and bodies (with and
# without Content-Length), 10,000 fields, bad UTF-8, a forged token, a slow client that never
# finishes its headers, a bounded status-token brute force. Each is answered 4xx or closed,
# nothing is written, and the server still serves.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
set_identity "$DATA"
cat >> "$DATA/config.toml" <<'TOML'

[web]
idle_timeout_seconds = 2
max_per_address_hour = 200
TOML
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
start web "$BIN serve --data $DATA --listen 127.0.0.1:$PORT"
wait_for web "ppid-tui serve: $BASE/"

code() { curl -s -o /dev/null -w '%{http_code}' "$@" || true; }
post() { code -X POST "$BASE/permohonan" -H "Origin: $BASE" "$@"; }
expect4xx() { case "$2" in 4??|000) ;; *) fail "$1: answered $2" ;; esac; }

expect4xx "a 20 kB header" "$(code "$BASE/" -H "X-Junk: $(head -c 20000 /dev/zero | tr '\0' a)")"
expect4xx "a 100 kB body" "$(post --data-binary "name=$(head -c 100000 /dev/zero | tr '\0' a)")"
expect4xx "a 100 kB chunked body" "$(head -c 100000 /dev/zero | tr '\0' a | post -H 'Transfer-Encoding: chunked' --data-binary @-)"
expect4xx "10,000 fields" "$(post --data-binary "$(python3 -c 'print("&".join("f=" for _ in range(10000)), end="")')")"
expect4xx "bad UTF-8" "$(post --data-binary 'name=%C3%28&subject=%FF')"
expect4xx "a forged token" "$(post --data-binary 'form_token=1.1.00.00&name=x')"
expect4xx "no Origin" "$(code -X POST "$BASE/permohonan" --data-binary 'name=x')"
pass "oversized headers and bodies, 10,000 fields, bad UTF-8, a forged token, no Origin: all 4xx"

python3 - "$PORT" <<'PY'
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")   # and never the blank line
time.sleep(4)
s.settimeout(2)
try:
    closed = s.recv(100) == b""
except (ConnectionResetError, socket.timeout) as e:
    closed = isinstance(e, ConnectionResetError)
assert closed, "a slow client kept its connection past the idle timeout"
PY
pass "a client that never finishes its headers is closed after the idle timeout"

python3 - "$BASE" <<'PY'
import base64, os, statistics, sys, time, urllib.request, urllib.error
base = sys.argv[1]
def status(path):
    t0 = time.perf_counter()
    try:
        urllib.request.urlopen(base + path).read(); code = 200
    except urllib.error.HTTPError as e:
        e.read(); code = e.code
    return code, time.perf_counter() - t0
codes, times = [], []
for i in range(300):
    token = base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")
    c, t = status("/status/" + token if i % 3 else f"/status/PPID-2026-{i:03d}")
    codes.append(c); times.append(t)
assert all(c in (404, 429) for c in codes), set(codes)
assert 429 in codes, "no per-address limit reached"
found = [t for c, t in zip(codes, times) if c == 404]
print(f"brute force: {codes.count(404)} × 404, then {codes.count(429)} × 429; 404 median {statistics.median(found)*1000:.1f} ms")
PY
pass "a status-token brute force (300 guesses) finds nothing and is limited per address"

[ ! -s "$DATA/events.jsonl" ] || fail "something was written"
python3 - "$BASE" <<'PY' || fail "the server stopped serving"
import sys, urllib.request
# The address is over its hourly limit now: any page answered (429) shows the server is alive.
try:
    urllib.request.urlopen(sys.argv[1] + "/").read()
except urllib.error.HTTPError as e:
    assert e.code == 429, e.code
PY
pass "nothing written; the server still answers"
