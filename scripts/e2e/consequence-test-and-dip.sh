#!/usr/bin/env bash
# Issue 22: the officer records a consequence test in pane 4, refuses a request on its ground
# (the decision form cites the test), and the refusal letter carries the test's substance; a
# DIP entry is added, and a request whose words match it is told it is already public.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/data"
export WIDTH=80 HEIGHT=24

set_identity "$DATA"
start counter "$BIN --data $DATA --officer siti"
wait_for counter "Antrian Permohonan"

# Pane 4, a new consequence test on Pasal 17 h (the eighth letter).
keys counter 4
wait_for counter "Belum ada uji konsekuensi"
keys counter n
wait_for counter "Uji konsekuensi baru (DIK)"
keys counter "Data pribadi pelanggan laboratorium" Tab "NIK dan alamat pelanggan" Tab
keys counter Right Right Right Right Right Right Right Right Tab
wait_for counter "Pasal 17 huruf h: mengungkap rahasia pribadi"
keys counter "Rahasia pribadi pelanggan terbuka" Tab "Layanan uji tetap berjalan" Tab "Perlindungan data pribadi lebih besar" Tab Tab Tab
keys counter "Seksi Pelayanan Teknis" Tab Tab "UK-01/PPID/2026" Tab Tab "PPID, Kepala Seksi" F2
wait_for counter "Periksa sebelum dicatat"
wait_for counter "Bila ditutup: Layanan uji tetap berjalan"
keys counter y
wait_for counter "DIK-001  17 h   Data pribadi pelanggan"
wait_for counter "1 uji berlaku"
pass "a consequence test recorded in pane 4 joins the DIK as DIK-001"

# Enter: the whole test and its history.
keys counter Enter
wait_for counter "Kepentingan publik: Perlindungan data pribadi lebih besar"
wait_for counter "Riwayat"
keys counter Escape

# A request, refused on Pasal 17 h: the form cites the DIK's test for that ground.
keys counter 1 n
wait_for counter "Permohonan Baru"
keys counter Tab Tab "Budi Santoso" Tab Tab "Jl. Sudirman 5, Pekanbaru" Tab "0812-1111-2222" Tab "Wiraswasta"
keys counter Tab Tab Tab "Data hasil uji milik pelanggan lain" F2
wait_for counter "Periksa sebelum dicatat"
keys counter y
wait_for counter "TANDA BUKTI PENERIMAAN"
keys counter Escape
keys counter d
wait_for counter "Keputusan PPID-2026-001"
keys counter Right Right Tab Right Right Right Right Right Right Right Right
wait_for counter "otomatis: uji DIK yang berlaku untuk dasar itu"
keys counter F2
wait_for counter "Berdasar uji konsekuensi DIK-001: Data pribadi pelanggan laboratorium"
keys counter y
wait_for counter "Tercatat PPID-2026-001: Diputuskan: Ditolak"
pass "the refusal on Pasal 17 h cites DIK-001"

# A DIP entry, then a request whose words match it.
keys counter 4 v
wait_for counter "belum ada keputusan PPID"
keys counter n
wait_for counter "Entri DIP baru"
keys counter Tab "Tarif pengujian kadar air karet" Tab Tab "Seksi Pelayanan Teknis" Tab "Kepala Seksi Pelayanan Teknis" F2
wait_for counter "Periksa sebelum dicatat"
keys counter y
wait_for counter "DIP-001  Setiap saat Tarif pengujian kadar air"
keys counter 1 n
wait_for counter "Permohonan Baru"
keys counter Tab Tab "Ani Lestari" Tab Tab "Jl. Ahmad Yani 1" Tab Tab Tab Tab Tab "Tarif pengujian kadar air" F2
wait_for counter "Sudah publik, tersedia setiap saat (DIP-001)"
wait_for counter "serahkan sekarang"
keys counter y
wait_for counter "TANDA BUKTI PENERIMAAN"
keys counter Escape
wait_for counter "sudah publik (DIP-001): serahkan sekarang"
pass "a request matching DIP-001 is told it is already public, to hand over now"
keys counter q
sleep 0.5

# The refusal letter carries the test's substance, not a restated ground.
"$BIN" letter --request PPID-2026-001 --kind refusal --data "$DATA" --officer siti >/dev/null
text=$(python3 -c "import docx,sys; print('\n'.join(p.text for p in docx.Document(sys.argv[1]).paragraphs))" "$DATA/letters/PPID-2026-001-refusal.docx")
for want in "Berdasarkan uji konsekuensi DIK-001 (Keputusan PPID Nomor UK-01/PPID/2026 tanggal 25 November 2026)" \
    "yang dikecualikan: NIK dan alamat pelanggan" "Apabila dibuka: Rahasia pribadi pelanggan terbuka." \
    "Apabila ditutup: Layanan uji tetap berjalan." "Pertimbangan kepentingan publik (Pasal 2 ayat 4): Perlindungan data pribadi lebih besar."; do
    echo "$text" | grep -qF -- "$want" || fail "the refusal letter lacks: $want"
done
pass "the refusal letter carries DIK-001's consequences and weighing"

csv=$("$BIN" export --year 2026 --format register --data "$DATA")
echo "$csv" | grep -qF "DIK-001 (Keputusan PPID UK-01/PPID/2026, 2026-11-25): dikecualikan NIK dan alamat pelanggan" || fail "the register lacks the test"
"$BIN" check --data "$DATA" >/dev/null
pass "the register carries the test; check is clean"

# import --dik: a test with a review date; check names it once the date is reached.
cat > "$WORK/dik.csv" <<'CSV'
number,title,withheld,ground,if_opened,if_closed,public_interest,review_on,unit,decision_number,decided_on,participants
DIK-010,Denah gudang arsip,Denah dan jalur masuk,c,Keamanan arsip terancam,Arsip tetap terlindung,Keamanan lebih besar,2026-12-01,Subbagian TU,UK-10/PPID/2026,2026-11-02,PPID
CSV
out=$("$BIN" import --dik "$WORK/dik.csv" --data "$DATA" --officer siti)
echo "$out" | grep -qF "DIK: 1 entri diimpor, 0 diperbarui, 0 sudah ada." || fail "import --dik: $out"
out=$("$BIN" import --dik "$WORK/dik.csv" --data "$DATA" --officer siti)
echo "$out" | grep -qF "DIK: 0 entri diimpor, 0 diperbarui, 1 sudah ada." || fail "import --dik again: $out"
out=$(PPID_NOW=2026-12-02T09:00:00+07:00 "$BIN" check --data "$DATA")
echo "$out" | grep -qF "Uji konsekuensi DIK-010 sampai pada tanggal kaji ulang/berakhir 2026-12-01" || fail "check does not flag DIK-010: $out"
pass "import --dik is idempotent; check flags a test at its review date"
