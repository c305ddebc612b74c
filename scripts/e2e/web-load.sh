#!/usr/bin/env bash
# A bounded load on `ppid-tui serve` over loopback: 200 submissions from 20 concurrent clients
# while two counters (ppid-devtool append, one locked append each, as a counter's register)
# register 100 requests each. Every acknowledged request must be in the log exactly once and
# no number given twice. Prints the form page's and the submission's p50/p99 latency.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
DEVTOOL="$(dirname "$BIN")/ppid-devtool"
unset PPID_NOW   # the counters' appends are stamped by the real clock; the server's too

set_identity "$DATA"
# One address sends everything here: lift the per-address limits for the test.
cat >> "$DATA/config.toml" <<'TOML'

[web]
max_per_address_hour = 100000
max_posts_per_address_hour = 100000
TOML
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
start web "$BIN serve --data $DATA --listen 127.0.0.1:$PORT"
wait_for web "ppid-tui serve: $BASE/"

"$DEVTOOL" append --data "$DATA" --count 100 --officer counter1 > "$WORK/counter1.txt" &
c1=$!
"$DEVTOOL" append --data "$DATA" --count 100 --officer counter2 > "$WORK/counter2.txt" &
c2=$!
timeout 120 python3 - "$BASE" > "$WORK/web.txt" <<'PY'
import http.client, re, sys, threading, time, urllib.parse
base = sys.argv[1]
host, port = base[len("http://"):].split(":")
CLIENTS, EACH = 20, 10
pages, posts, numbers, errors = [], [], [], []
lock = threading.Lock()

def client(c):
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    tokens = []
    for _ in range(EACH):
        t0 = time.perf_counter()
        conn.request("GET", "/")
        html = conn.getresponse().read().decode()
        with lock: pages.append(time.perf_counter() - t0)
        tokens.append(re.search(r'name="form_token" value="([^"]+)"', html).group(1))
    time.sleep(3.2)   # the forms' minimum age
    for i, token in enumerate(tokens):
        n = c * EACH + i
        body = urllib.parse.urlencode({
            "form_token": token, "name": f"Pemohon {n}", "category": "individual", "address": f"Jl. Uji {n}",
            "contact": f"p{n}@example.id", "nik": f"{1471010000000000 + n}", "topic": "testing",
            "subject": f"Informasi {n}", "access": "view", "medium": "softcopy", "delivery": "email", "lang": "id", "website": ""})
        t0 = time.perf_counter()
        conn.request("POST", "/permohonan", body, {"Content-Type": "application/x-www-form-urlencoded", "Origin": base})
        r = conn.getresponse()
        html = r.read().decode()
        with lock:
            posts.append(time.perf_counter() - t0)
            m = re.search(r'class="number">([^<]+)<', html)
            if r.status == 201 and m: numbers.append(m.group(1))
            else: errors.append((r.status, html[:200]))

threads = [threading.Thread(target=client, args=(c,)) for c in range(CLIENTS)]
started = time.perf_counter()
for t in threads: t.start()
for t in threads: t.join()
def pct(xs, p): xs = sorted(xs); return xs[min(len(xs) - 1, int(len(xs) * p))] * 1000
for n in numbers: print("NUMBER", n)
for e in errors: print("ERROR", e)
print(f"pages {len(pages)} p50 {pct(pages, .5):.1f} ms p99 {pct(pages, .99):.1f} ms")
print(f"submissions {len(posts)} p50 {pct(posts, .5):.1f} ms p99 {pct(posts, .99):.1f} ms")
print(f"wall {time.perf_counter() - started:.1f} s")
PY
wait $c1 $c2

grep -E '^(pages|submissions|wall)' "$WORK/web.txt"
grep -q '^ERROR' "$WORK/web.txt" && { grep '^ERROR' "$WORK/web.txt" | head -5 >&2; fail "refused submissions"; }
web=$(grep -c '^NUMBER' "$WORK/web.txt")
[ "$web" = 200 ] || fail "$web of 200 web submissions acknowledged"
acknowledged=$( { sed -n 's/^NUMBER //p' "$WORK/web.txt"; cat "$WORK/counter1.txt" "$WORK/counter2.txt"; } | sort)
[ "$(echo "$acknowledged" | wc -l)" = 400 ] || fail "not 400 acknowledged"
[ -z "$(echo "$acknowledged" | uniq -d)" ] || fail "a number acknowledged twice: $(echo "$acknowledged" | uniq -d | head -3)"
logged=$(grep -F '"type":"request.registered"' "$DATA/events.jsonl" | sed 's/.*"request":"\([^"]*\)".*/\1/' | sort)
[ -z "$(echo "$logged" | uniq -d)" ] || fail "a number twice in the log"
[ "$logged" = "$acknowledged" ] || fail "the log's registrations are not exactly the acknowledged ones"
online=$(grep -F '"type":"request.registered"' "$DATA/events.jsonl" | grep -F '"by":"online"' | grep -cF '"channel":"online"')
[ "$online" = 200 ] || fail "$online online registrations in the log"
"$BIN" check --data "$DATA" >/dev/null || fail "check is not clean"
pass "200 web + 200 counter registrations: each acknowledged one in the log once, no number twice; check clean"
