extension OfficeConfig {
    /// The commented config written into a new data folder.
    public static let defaultText = """
    # ppid-tui — pengaturan kantor / office settings.
    # Ubah dengan editor teks apa pun, lalu buka ulang ppid-tui.
    # Edit with any text editor, then reopen ppid-tui.

    # Identitas kantor: surat dan laporan dibuat setelah name, city, [ppid] name dan nip diisi
    # (formulir saat ppid-tui dibuka, atau ppid-tui init). / The office's identity: letters
    # and the report are made once name, city, [ppid] name and nip are set.
    [office]
    name = ""                       # nama kantor seperti di kop surat / as on the letterhead
    parent_body = ""                # badan induk, mis. "Kementerian Perindustrian"
    city = ""                       # kota tempat surat ditandatangani / where letters are signed
    address = ""
    phone = ""
    email = ""
    website = ""
    head_name = ""                  # kepala kantor, penanda tangan laporan tahunan
    head_title = "Kepala"
    commission = ""                 # "Komisi Informasi Pusat" atau Komisi Informasi Provinsi ...
    time_zone = "Asia/Jakarta"      # WIB; WITA = "Asia/Makassar", WIT = "Asia/Jayapura"
    language = "id"                 # "id" (Bahasa Indonesia) atau/or "en"
    officer = ""                    # nama petugas di komputer ini / officer on this computer
    # group = "ppid"                # grup yang berbagi folder ini (folder 2770, berkas 0660) / group sharing this folder
    # libreoffice = "/usr/bin/soffice"  # untuk --pdf; bila kosong dicari di tempat biasa, bukan PATH / for --pdf

    [ppid]
    name = ""                       # PPID, penanda tangan surat / signs the letters
    nip = ""
    superior_name = ""              # atasan PPID, penanda tangan tanggapan keberatan
    superior_position = ""
    superior_nip = ""

    [letters]
    # Nomor surat keluar PPID / outgoing letter numbers: {seq:3} nomor urut, {year}, {month},
    # {month:roman}, {kind} (TBP, PT, PJW, KPP, TBK, TAK). sequence = "year": satu urutan per
    # tahun untuk semua surat; "kind": satu urutan per jenis (pola harus memuat {kind}).
    number = "{seq:3}/PPID/{month:roman}/{year}"
    sequence = "year"

    [numbers]
    # {year} = tahun diterima, {seq:3} = nomor urut 3 digit dalam tahun itu
    request = "PPID-{year}-{seq:3}"
    objection = "KEB-{year}-{seq:3}"   # nomor registrasi keberatan
    bpcu = "BPCU-{year}-{seq:3}"       # Bukti Penerimaan Contoh Uji, tahun surat permintaan
    bpcui = "BPCUI-{year}-{seq:3}"     # BPCU Internal (tanpa e-billing)
    lhp = "LHP-{year}-{seq:3}"         # Laporan Hasil Pengujian, tahun LHP dibuat

    [samples]
    # Masa berlaku e-billing SIMPONI yang ditawarkan formulir, dalam hari.
    billing_expiry_days = 7

    # Mutu Baku analisa (langkah 7 PK.TU-PJT.02, bawaan 300 menit jam layanan) per komoditas,
    # atau per "komoditas/parameter" (yang terlama dipakai). Contoh / example:
    [samples.analysis_minutes]
    # "karet remah" = 420
    # "karet remah/PRI" = 600

    # Tarif PNBP per komoditas, atau per "komoditas/parameter" (dijumlahkan bila setiap parameter
    # punya tarif). Formulir e-billing mengisinya; jumlah lain wajib beralasan. / PNBP tariffs.
    [samples.tariffs]
    # "karet remah" = 450000
    # "karet remah/kadar abu" = 150000

    [forms]
    # Yang ditanyakan formulir sebelum dicatat / what the forms question before recording:
    fee_max = 10000000          # biaya keputusan paling tinggi (Rp)
    billing_min = 1000          # jumlah e-billing (Rp)
    billing_max = 100000000
    receipt_days_back = 7       # waktu diterima lebih lama dari ini (hari) ditanyakan
    analysts = []               # mis. ["Dedi Kurniawan", "Sri Wahyuni"]; nama baru tetap boleh

    [deadlines]
    # Diterima di hari libur atau setelah jam layanan: dihitung dari hari kerja berikutnya.
    after_hours_counts_next_day = true
    # Permohonan yang dikembalikan untuk dilengkapi dihitung dari tanggal dinyatakan lengkap.
    count_from_completion = true
    return_only_before_deadline = true    # kembalikan untuk dilengkapi hanya sebelum batas 10 hari / send back only before the 10 days end

    [service_hours]
    monday = ["08:00-12:00", "13:00-16:00"]
    tuesday = ["08:00-12:00", "13:00-16:00"]
    wednesday = ["08:00-12:00", "13:00-16:00"]
    thursday = ["08:00-12:00", "13:00-16:00"]
    friday = ["08:00-12:00", "13:30-16:30"]
    saturday = []
    sunday = []

    # Hari libur tambahan (tahun setelah 2027 dari SKB 3 Menteri, atau kantor tutup). Contoh:
    # Extra days off (years after 2027 from the joint decree, or office closures). Example:
    # [[holidays]]
    # date = "2028-01-01"
    # name = "Tahun Baru Masehi"
    # kind = "public"               # public, collective_leave, office
    #
    # Hari dari tabel bawaan yang diubah SKB revisi: hapus, lalu tulis penggantinya.
    # A bundled day a revised SKB moved: remove it, then write the day that replaces it.
    # [[holidays]]
    # date = "2027-03-10"
    # remove = true
    # (Entri pada tanggal yang sama dengan hari bawaan menggantikannya. / An entry on a
    # bundled day's date replaces it.)

    # Fakta kantor untuk laporan tahunan (Perki 1/2021 Pasal 56). Yang kosong diambil dari
    # register atau dinyatakan tidak ada; laporan tidak memuat tempat isian. / The office's
    # facts for the annual report; what is left out the report takes from the register or
    # says plainly it lacks: it holds nothing to fill in or delete.
    # (Nama, induk, kota, alamat dan kepala kantor diambil dari [office].)
    [report]
    policy_basis = []               # Bab I 1.2, mis. ["UU Nomor 14 Tahun 2008 tentang ..."]
    services = []                   # 2.1 jenis layanan
    channels = []                   # 2.2 sarana: loket, website, media sosial, telepon
    staff = []                      # 2.3 SDM pelayanan informasi
    # Kata-kata Kepala sendiri (bila kosong, laporan menulis apa yang ditunjukkan register):
    # The head's own words (when empty, the report says what the register shows):
    # foreword = "..."              # Kata Pengantar
    # background = "..."            # 1.1 Latar Belakang
    # obstacles = ["..."]           # 2.8 Kendala
    # recommendations = ["..."]     # 2.9 Rekomendasi dan rencana tindak lanjut
    # conclusion = "..."            # 3.1 Kesimpulan
    # suggestions = ["..."]         # 3.2 Saran
    # procedures = [{ code = "PK.TU-PJT.02", name = "Pelaksanaan Pelayanan pada UPP", effective = "2018-10-17" }]
    # [[report.budget]]             # 2.5 anggaran, satu per tahun
    # year = 2019
    # source = "DIPA ... Tahun Anggaran 2019 Nomor SP DIPA-..."
    # lines = [{ name = "Belanja bahan", amount = 9950000 }]

    """
}
