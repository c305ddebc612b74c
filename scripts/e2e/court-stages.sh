#!/usr/bin/env bash
# Every stage of a dispute at 80×24 (issue 21, "the dispute part covers every stage the law
# has"): an objection answered by the superior, the Commission's filing, adjudication and
# decision, the court case and its cassation, and how the body carried out each decision (X,
# on the objection's row while the Commission works, and in the details). The details list
# every step and `export --format objections` has each in its column. The queue's tabs line
# at 80 columns names pane 4 beside the count.
source "$(dirname "$0")/lib.sh"
DATA="$WORK/office"
export WIDTH=80 HEIGHT=24
set_identity "$DATA"
cat > "$WORK/desk.csv" <<'CSV'
reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note
PPID-2024-001,2024-03-04T09:00:00+07:00,walk_in,Siti Nurhaliza,industry,testing,Salinan laporan hasil uji milik PT Lain,rejected,2024-03-08T10:00:00+07:00,Pasal 17 huruf h
CSV
"$BIN" import "$WORK/desk.csv" --data "$DATA" >/dev/null

# open NAME DATE — the counter on DATE, with the request's details open.
open_details() {
    start "$1" "env PPID_NOW=$2T10:00:00+07:00 $BIN --data $DATA --officer rina"
    wait_for "$1" "Antrian Permohonan"
    keys "$1" a / Siti Enter Enter
    wait_for "$1" "Siti Nurhaliza"
}
# step NAME FORM-TITLE DATE DETAIL — a K or X form: its date, its one detail, confirmed.
step() {
    wait_for "$1" "$2"
    keys "$1" C-u "$3" Tab "$4" F2
    wait_for "$1" "Periksa sebelum dicatat"
    keys "$1" y
    wait_for "$1" "Tercatat PPID-2024-001"
}

# The objection and the superior's answer (upholding the refusal).
open_details s1 2024-03-12
keys s1 X
wait_for s1 "Belum ada keberatan"
pass "X before any objection says there is none"
keys s1 o
wait_for s1 "Alasan (Pasal 35)"
keys s1 Tab a F2
wait_for s1 "Periksa sebelum dicatat"
keys s1 y
wait_for s1 "KEB-2024-001"
keys s1 X
wait_for s1 "belum ada tanggapan atasan atau putusan"
pass "X before the superior's answer says there is nothing to carry out yet"
keys s1 b
wait_for s1 "Tanggapan atasan PPID atas KEB-2024-001"
keys s1 Tab "Pasal 17 huruf h: data pribadi pelanggan" Tab Tab "H. Budi Rahman" Tab "Sekretaris Daerah" F2
wait_for s1 "Periksa sebelum dicatat"
keys s1 y
wait_for s1 "ditanggapi"
keys s1 Escape q
sleep 0.5

# At the Commission: filed, adjudication; X on the dispute's row in the queue.
open_details s2 2024-04-05
keys s2 K
step s2 "diajukan ke Komisi Informasi" 2024-03-26 "012/REG-PSI/III/2024"
keys s2 K
wait_for s2 "proses dimulai"
keys s2 C-u 2024-04-02 Tab Right F2
wait_for s2 "Periksa sebelum dicatat"
keys s2 y
wait_for s2 "Tercatat PPID-2024-001"
keys s2 Escape Escape a
wait_for s2 "KEB-2024-001"
# At 80 columns the queue's tabs line keeps pane 4's tab beside its count.
tabs=$(screen s2 | sed -n 2p)
[[ $tabs == *"4 DIP/DIK"* && $tabs =~ [0-9]+\ baris\ (terbuka|semua)$ ]] || fail "the tabs line at 80 columns: '$tabs'"
pass "the queue's tabs line shows pane 4 and the count at 80 columns"
screen s2 | grep -F "KEB-2024-001" | grep -qF "▶" || keys s2 G
keys s2 X
step s2 "putusan dilaksanakan" 2024-04-03 "Ringkasan hasil uji tanpa data pribadi diberikan"
pass "X on the dispute's row records how the superior's answer was carried out"
keys s2 q
sleep 0.5

# The Commission's decision, the court, the cassation, and the decision carried out.
open_details s3 2025-02-10
keys s3 K
step s3 "Sengketa KEB-2024-001 diputus" 2024-06-10 "Putusan KI: permohonan ditolak"
keys s3 K
step s3 "digugat ke pengadilan" 2024-06-24 "PTUN Pekanbaru 12/G/KI/2024/PTUN.PBR"
keys s3 K
step s3 "putusan pengadilan" 2024-09-10 "Menguatkan putusan Komisi Informasi"
keys s3 K
step s3 "kasasi ke Mahkamah Agung" 2024-09-24 "123 K/TUN/KI/2024"
keys s3 K
step s3 "putusan Mahkamah Agung" 2025-01-15 "Kasasi ditolak"
keys s3 K
wait_for s3 "Sengketa KEB-2024-001 sudah diputus"
keys s3 X
step s3 "putusan dilaksanakan" 2025-02-03 "Pemohon diberi tahu putusan berkekuatan hukum tetap"
pass "K walks the Commission, the court and the cassation; X records the decision carried out"
# The details page by page, as the officer reads them.
pages=""
for _ in 1 2 3 4 5 6; do
    pages+=$(screen s3)$'\n'
    keys s3 PageDown
    sleep 0.3
done
for text in "diputus 2024-06-10:" "2024-06-24: PTUN Pekanbaru 12/G/KI/2024/PTUN.PBR" "2024-09-10: Menguatkan putusan Komisi" \
    "kasasi 2024-09-24" "2025-01-15: Kasasi ditolak" "2024-04-03: Ringkasan hasil uji"; do
    grep -qF -- "$text" <<<"$pages" || fail "the details do not show '$text':$(printf '\n'; echo "$pages")"
done
# The last carrying out: in the history, not only in the status line that says it was recorded.
[ "$(screen s3 | grep -cF '2025-02-03: Pemohon diberi tahu')" -ge 2 ] || fail "the history does not show the last carrying out:$(printf '\n'; screen s3)"
pass "the details list every stage and both decisions carried out"
keys s3 q

csv=$(PPID_NOW=2025-02-10T10:00:00+07:00 "$BIN" export --format objections --year 2024 --data "$DATA")
python3 - "$csv" <<'PY'
import csv, io, sys
rows = list(csv.DictReader(io.StringIO(sys.argv[1])))
assert len(rows) == 1, rows
r = rows[0]
want = {
    "No. Register Sengketa KI": "012/REG-PSI/III/2024",
    "Proses Sengketa": "Ajudikasi",
    "Tanggal Putusan Sengketa": "2024-06-10",
    "Gugatan ke Pengadilan": "2024-06-24: PTUN Pekanbaru 12/G/KI/2024/PTUN.PBR",
    "Putusan Pengadilan": "2024-09-10: Menguatkan putusan Komisi Informasi",
    "Kasasi": "2024-09-24: 123 K/TUN/KI/2024",
    "Putusan Mahkamah Agung": "2025-01-15: Kasasi ditolak",
}
for k, v in want.items():
    assert r[k] == v, (k, r[k])
done = r["Pelaksanaan Putusan"]
assert "Tanggapan atasan PPID 2024-04-03: Ringkasan hasil uji" in done, done
assert "Putusan Mahkamah Agung 2025-02-03: Pemohon diberi tahu" in done, done
PY
pass "export --format objections has every stage in its column"
