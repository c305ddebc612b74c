#!/usr/bin/env bash
# The public side beside a counter: `ppid-tui serve` on a free loopback port, a request filed
# in headless Chromium (selenium) at phone width, its receipt read, the request seen on the
# counter's queue marked Online, decided at the counter, and the status page changed.
# Screenshots at 360 and 1280 px go to $WEB_SHOTS (default: a temporary folder).
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
SHOTS=${WEB_SHOTS:-$WORK/shots}
mkdir -p "$SHOTS"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! python3 -c 'import selenium' 2>/dev/null; then
    echo "SKIP: chromium, chromedriver or selenium missing (.ci/run installs them)"
    exit 0
fi

set_identity "$DATA"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
start web "$BIN serve --data $DATA --listen 127.0.0.1:$PORT"
wait_for web "ppid-tui serve: $BASE/"
ss -ltn 2>/dev/null | grep -F ":$PORT " | grep -qvF "127.0.0.1:$PORT" && fail "serve listens beyond loopback"
start counter "$BIN --data $DATA --officer siti"
wait_for counter "Antrian Permohonan"
pass "serve on $BASE beside a counter"

# File a request as a person would, at phone width; keep the receipt's number and link.
python3 - "$BASE" "$SHOTS" > "$WORK/filed.txt" <<'PY'
import sys, time
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

def submit(d):
    """Clicks the form's button and waits for the next page."""
    old = d.find_element(By.TAG_NAME, "html")
    d.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(d, 10).until(EC.staleness_of(old))

base, shots = sys.argv[1], sys.argv[2]
opts = webdriver.ChromeOptions()
for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
    opts.add_argument(a)
# A phone's viewport (a desktop window cannot be made narrower than about 500 px).
opts.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 360, "height": 2000, "pixelRatio": 1}})
d = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=opts)
try:
    d.get(base + "/")
    d.save_screenshot(f"{shots}/form-360.png")
    # Sent at once with a required field empty: every problem shown, typed text kept.
    d.find_element(By.ID, "f-name").send_keys("Rina Marlina")
    d.execute_script("document.querySelector('form').noValidate = true")
    time.sleep(3.5)  # a person takes longer than the form's 3 s
    submit(d)
    body = d.find_element(By.TAG_NAME, "body").text
    assert "wajib diisi" in body, body
    assert d.find_element(By.ID, "f-name").get_attribute("value") == "Rina Marlina"
    d.save_screenshot(f"{shots}/form-problems-360.png")
    d.find_element(By.ID, "f-address").send_keys("Jl. Hang Tuah 12, Siak")
    d.find_element(By.ID, "f-contact").send_keys("rina@example.id")
    d.find_element(By.ID, "f-nik").send_keys("1408015505900002")
    d.find_element(By.ID, "f-subject").send_keys("Hasil uji mutu air sungai Siak 2026")
    d.find_element(By.ID, "f-purpose").send_keys("Tugas akhir")
    Select(d.find_element(By.ID, "f-access")).select_by_value("copy")
    Select(d.find_element(By.ID, "f-delivery")).select_by_value("email")
    time.sleep(3.5)  # a person takes longer than the form's 3 s
    submit(d)
    number = d.find_element(By.CSS_SELECTOR, ".number").text
    link = d.find_element(By.CSS_SELECTOR, "a.token").get_attribute("href")
    d.save_screenshot(f"{shots}/receipt-360.png")
    assert d.execute_script("return document.documentElement.scrollWidth") <= 360, "wider than the phone"
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 1100, "deviceScaleFactor": 1, "mobile": False})
    d.save_screenshot(f"{shots}/receipt-1280.png")
    print(number)
    print(link)
finally:
    d.quit()
PY
NUMBER=$(sed -n 1p "$WORK/filed.txt")
LINK=$(sed -n 2p "$WORK/filed.txt")
[ "$NUMBER" = "PPID-2026-001" ] || fail "receipt number '$NUMBER'"
case "$LINK" in "$BASE/status/"*) ;; *) fail "status link '$LINK'" ;; esac
LINK_PATH=${LINK#"$BASE"}
pass "filed on the web: $NUMBER, receipt with a private link"

# The counter picks it up within a couple of seconds, marked as online.
wait_for counter "PPID-2026-001" 5
line_with counter "PPID-2026-001" | grep -qF "Online" || fail "not marked online: $(line_with counter PPID-2026-001)"
pass "the counter's queue shows it, marked Online"

page() { curl -fsS "$1"; }
page "$LINK" | grep -qF "Dalam Proses" || fail "status page not open"
if page "$LINK" | grep -qE "Rina|Hang Tuah|rina@example|1408015505900002"; then fail "status page shows personal data"; fi
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/status/PPID-2026-001")
[ "$code" = 404 ] || fail "a number instead of a token gave $code"

keys counter d
wait_for counter "Keputusan PPID-2026-001"
keys counter F2
wait_for counter "Dikabulkan Seluruhnya"
keys counter y
wait_for counter "Tercatat"
page "$LINK" | grep -qF "Keputusan: Dikabulkan Seluruhnya" || fail "status page did not change: $(page "$LINK")"
pass "decided at the counter; the status page says so"

# The written notice, made at the counter, is listed on the status page and downloads as the
# very file in letters/.
"$BIN" letter --request PPID-2026-001 --kind notice --data "$DATA" --officer siti >/dev/null || fail "no notice made"
page "$LINK" | grep -qF "$LINK_PATH/surat/notice" || fail "the status page does not list the notice: $(page "$LINK")"
curl -fsS -D "$WORK/letter.headers" -o "$WORK/notice.docx" "$LINK/surat/notice" || fail "the notice does not download"
cmp -s "$WORK/notice.docx" "$DATA/letters/PPID-2026-001-notice.docx" || fail "the download is not the letter made"
tr -d '\r' < "$WORK/letter.headers" | grep -qiF 'content-disposition: attachment; filename="PPID-2026-001-notice.docx"' || fail "not an attachment: $(cat "$WORK/letter.headers")"
code=$(curl -s -o /dev/null -w '%{http_code}' "$LINK/surat/extension")
[ "$code" = 404 ] || fail "a letter never made gave $code"
pass "the notice made at the counter is on the status page and downloads as letters/PPID-2026-001-notice.docx"

# Spam that gets through: filed by a script (curl), voided at the counter with a reason.
token=$(curl -fsS "$BASE/" | sed -n 's/.*name="form_token" value="\([^"]*\)".*/\1/p')
sleep 3.2
SPAM_PATH=$(curl -fsS -D - -o /dev/null -X POST "$BASE/permohonan" -H "Origin: $BASE" \
    --data-urlencode "form_token=$token" --data-urlencode "name=BELI OBAT MURAH" --data-urlencode "address=http://spam.example" \
    --data-urlencode "category=individual" --data-urlencode "topic=other" --data-urlencode "subject=promo" \
    --data-urlencode "access=view" --data-urlencode "medium=softcopy" --data-urlencode "delivery=email" |
    tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
[ -n "$SPAM_PATH" ] || fail "the spam was not registered"
wait_for counter "PPID-2026-002" 5
keys counter V
wait_for counter "Batalkan PPID-2026-002 sebagai spam"
keys counter "iklan obat" F2
wait_for counter "Periksa sebelum dicatat"
keys counter y
wait_for counter "Tercatat"
grep -F '"type":"event.undone"' "$DATA/events.jsonl" | grep -qF '"reason":"spam: iklan obat"' || fail "no undo with the spam reason in the log"
page "$BASE$SPAM_PATH" | grep -qF "Dibatalkan" || fail "the spam's status page does not say voided"
pass "spam voided at the counter with V and a reason; its number stays used, its page says Dibatalkan"

# The month board counts it apart, below the table's figures.
keys counter 3
wait_for counter "Angka tahun 2026"
for _ in $(seq 30); do screen counter | grep -qF "Online dibatalkan sebagai spam: 1" && break; keys counter j; sleep 0.1; done
screen counter | grep -qF "Online dibatalkan sebagai spam: 1 (nomor terpakai, tidak dihitung di tabel)" || fail "the board does not count the spam apart: $(screen counter)"
keys counter 1
pass "the month board counts the online request voided as spam apart"

python3 - "$LINK" "$SHOTS" <<'PY'
import sys
from selenium import webdriver
link, shots = sys.argv[1], sys.argv[2]
opts = webdriver.ChromeOptions()
for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
    opts.add_argument(a)
opts.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 360, "height": 1400, "pixelRatio": 1}})
d = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=opts)
try:
    d.get(link)
    d.save_screenshot(f"{shots}/status-360.png")
    assert d.execute_script("return document.documentElement.scrollWidth") <= 360, "wider than the phone"
    # The page first, then the desktop width: a navigation puts the phone emulation back.
    d.get(link + "?lang=en")
    d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    d.save_screenshot(f"{shots}/status-en-1280.png")
    assert d.execute_script("return document.documentElement.scrollWidth") <= 1280
finally:
    d.quit()
PY
pass "screenshots in $SHOTS"
