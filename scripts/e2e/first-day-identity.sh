#!/usr/bin/env bash
# Day one at an office that is not the demo's (issue 21): ppid-tui on a new folder asks for
# the office's identity before the screen opens, writes it into config.toml, and the header
# names the office; a skipped question set leaves letters refused, saying how to set it.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/office"
export PPID_NOW=2024-03-20T10:00:00+07:00

# Skipped: an empty office name opens the counter; letters wait for the identity.
WIDTH=80 HEIGHT=24 start skip "$BIN --data $WORK/skipped --officer rina"
wait_for skip "Nama kantor seperti di kop surat"
keys skip Enter
wait_for skip "identitas kantor belum diisi"
keys skip q
grep -q '^name = ""' "$WORK/skipped/config.toml" || fail "a skipped identity was written"
pass "an empty office name skips the questions; the counter opens saying the identity is not set"

WIDTH=80 HEIGHT=24 start desk "$BIN --data $DATA --officer rina"
wait_for desk "Nama kantor seperti di kop surat"
keys desk "Dinas Komunikasi dan Informatika Kabupaten Siak" Enter
wait_for desk "Badan induk"
keys desk "Pemerintah Kabupaten Siak" Enter
wait_for desk "Kota"
keys desk Enter
wait_for desk "wajib diisi"
keys desk "Siak Sri Indrapura" Enter
for answer in "Jl. Sultan Syarif Kasim No. 1" "(0764) 20001" "ppid@siakkab.go.id" "" "Drs. Ahmad Fauzi" "197001012000031001" "H. Budi Rahman" "Sekretaris Daerah" "" "" "Komisi Informasi Provinsi Riau"; do
    if [ -n "$answer" ]; then keys desk "$answer" Enter; else keys desk Enter; fi
    sleep 0.1
done
wait_for desk "Simpan ke config.toml?"
keys desk y Enter
wait_for desk " Dinas Komunikasi dan Informatika"
wait_for desk "Antrian Permohonan"
keys desk q
grep -qF 'city = "Siak Sri Indrapura"' "$DATA/config.toml" || fail "the city is not in config.toml"
grep -qF 'nip = "197001012000031001"' "$DATA/config.toml" || fail "the NIP is not in config.toml"
grep -qF 'commission = "Komisi Informasi Provinsi Riau"' "$DATA/config.toml" || fail "the commission is not in config.toml"
pass "the first-day questions write the identity into config.toml (a required answer is asked again); the header names the office"

cat > "$WORK/desk.csv" <<'CSV'
reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note
PPID-2024-001,2024-03-04T09:00:00+07:00,walk_in,Siti Nurhaliza,industry,testing,Salinan laporan hasil uji milik PT Lain,rejected,2024-03-08T10:00:00+07:00,Pasal 17 huruf h
CSV
"$BIN" import "$WORK/desk.csv" --data "$DATA" >/dev/null
letter=$("$BIN" letter --request PPID-2024-001 --kind refusal --data "$DATA" --officer rina)
python3 - "$letter" <<'PY' || fail "the letter does not carry the identity answered"
import sys, docx
text = "\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs)
for part in ("Pemerintah Kabupaten Siak", "Siak Sri Indrapura, 8 Maret 2024", "Drs. Ahmad Fauzi", "NIP. 197001012000031001", "Nomor: 001/PPID/III/2024"):
    assert part in text, part
assert "BPPSI" not in text and "rina" not in text
PY
pass "a letter then carries the office's letterhead, city, signer, NIP and its own number"
