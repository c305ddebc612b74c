#!/usr/bin/env bash
# Day one at an office that is not the demo's (issue 21): ppid-tui on a new folder opens on a
# form asking for the office's identity (80x24), writes it into config.toml, and the header
# names the office; Esc leaves it for later with letters refused, saying how to set it; `i` on
# the month board changes it later, keeping the config's other lines.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/office"
export PPID_NOW=2024-03-20T10:00:00+07:00

# Later: Esc opens the counter; letters wait for the identity.
WIDTH=80 HEIGHT=24 start skip "$BIN --data $WORK/skipped --officer rina"
wait_for skip "Identitas kantor belum diisi"
keys skip Escape
wait_for skip "identitas kantor belum diisi"
wait_for skip "Antrian Permohonan"
keys skip q
grep -q '^name = ""' "$WORK/skipped/config.toml" || fail "an identity left for later was written"
pass "Esc leaves the identity for later; the counter opens saying it is not set"

WIDTH=80 HEIGHT=24 start desk "$BIN --data $DATA --officer rina"
wait_for desk "Identitas kantor belum diisi"
wait_for desk "Nama kantor *"
# The whole form is readable at 80x24: every label and the help line.
for label in "Badan induk" "Kota *" "Nama PPID *" "NIP PPID *" "Jabatan atasan PPID" "Komisi Informasi" "F2 simpan"; do
    wait_for desk "$label"
done
keys desk "Dinas Komunikasi dan Informatika Kabupaten Siak" Tab "Pemerintah Kabupaten Siak" F2
wait_for desk "wajib diisi"
pass "a required field left empty is marked, nothing saved; the focus is on it"
keys desk "Siak Sri Indrapura" Tab "Jl. Sultan Syarif Kasim No. 1" Tab "(0764) 20001" Tab "ppid@siakkab.go.id" Tab Tab \
    "Drs. Ahmad Fauzi" Tab "197001012000031001" Tab "H. Budi Rahman" Tab "Sekretaris Daerah" Tab Tab Tab "Komisi Informasi Provinsi Riau"
sleep 0.2
keys desk F2
wait_for desk "Identitas kantor disimpan di config.toml"
wait_for desk " Dinas Komunikasi dan Informatika"
screen desk > "$WORK/saved.txt"
grep -qF 'city = "Siak Sri Indrapura"' "$DATA/config.toml" || fail "the city is not in config.toml"
grep -qF 'nip = "197001012000031001"' "$DATA/config.toml" || fail "the NIP is not in config.toml"
grep -qF 'commission = "Komisi Informasi Provinsi Riau"' "$DATA/config.toml" || fail "the commission is not in config.toml"
pass "the first-day form writes the identity into config.toml; the header names the office"

# Later, from the month board: i opens it filled in; a change is saved, the comments kept.
comments=$(grep -c '^#' "$DATA/config.toml")
keys desk 3 i
wait_for desk "Identitas kantor"
wait_for desk "Pemerintah Kabupaten Siak"
keys desk Tab Tab C-u "Kota Siak Sri Indrapura" F2
wait_for desk "Identitas kantor disimpan di config.toml"
keys desk q
grep -qF 'city = "Kota Siak Sri Indrapura"' "$DATA/config.toml" || fail "the changed city is not in config.toml"
[ "$(grep -c '^#' "$DATA/config.toml")" = "$comments" ] || fail "the config's comments were not kept"
sed -i 's/^city = "Kota Siak Sri Indrapura"/city = "Siak Sri Indrapura"/' "$DATA/config.toml"
pass "i on the month board changes the identity, keeping the config's comments"

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
