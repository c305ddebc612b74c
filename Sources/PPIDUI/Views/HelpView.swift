import PPIDModel

/// `?`: every key of the current pane, then the keys every pane shares.
enum HelpView {
    static func draw(_ g: inout Grid, _ body: Rect, _ s: AppState) {
        let lang = s.language
        let lines = (keys(for: s.pane) + common).map { $0.0.padded(toWidth: 13) + $0.1(lang) }
        OverlayView.box(&g, body, title: Phrase(id: "Bantuan — \(s.pane.title.id)", en: "Help — \(s.pane.title.en)")(lang), lines: lines)
    }

    static let common: [(String, Phrase)] = [
        ("1 2 3 Tab", Phrase(id: "pindah panel: Antrian, Sampel, Rekap", en: "switch pane: queue, samples, months")),
        ("L", Phrase(id: "ganti bahasa Indonesia / English", en: "switch Indonesian / English")),
        ("? F1 · q F10", Phrase(id: "bantuan ini · keluar", en: "this help · quit")),
    ]

    static func keys(for pane: Pane) -> [(String, Phrase)] {
        switch pane {
        case .queue:
            return [
                ("↑↓ jk PgUp", Phrase(id: "pilih baris (juga PgDn Home End)", en: "move (also PgDn Home End)")),
                ("Enter", Phrase(id: "rincian, riwayat, perhitungan batas waktu", en: "details, history, how the deadline was computed")),
                ("n", Phrase(id: "daftarkan permohonan baru", en: "register a new request")),
                ("d", Phrase(id: "putuskan: dikabulkan, sebagian, ditolak + alasan", en: "decide: granted, in part, rejected + ground")),
                ("e", Phrase(id: "perpanjang 7 hari kerja (sekali, dengan alasan)", en: "extend by 7 working days (once, with reason)")),
                ("w · h", Phrase(id: "catat pencabutan · penyerahan informasi", en: "record a withdrawal · the hand-over")),
                ("i · c", Phrase(id: "kembalikan untuk dilengkapi · nyatakan lengkap", en: "send back as incomplete · declare complete")),
                ("u", Phrase(id: "urungkan tindakan terakhir Anda", en: "undo your last action")),
                ("o · b · k", Phrase(id: "keberatan · tanggapan atasan · langkah sengketa", en: "objection · superior's answer · dispute step")),
                ("/ · Esc", Phrase(id: "cari nama, nomor, informasi · hapus", en: "filter by name, number, subject · clear")),
                ("a · t", Phrase(id: "juga yang selesai · hanya SEGERA dan LEWAT", en: "closed too · only due soon and overdue")),
                ("s", Phrase(id: "permohonan pengujian → permintaan uji sampel", en: "testing request → sample request")),
                ("", Phrase(id: "SEGERA ≤3 hari kerja · LEWAT batas · +7 diperpanjang", en: "SOON ≤3 working days · OVERDUE · +7 extended")),
            ]
        case .months:
            return [
                ("← → [ ]", Phrase(id: "tahun sebelumnya / berikutnya", en: "previous / next year")),
                ("↑↓ jk", Phrase(id: "pilih bulan, jumlah, atau angka", en: "choose a month, the totals, or a figure")),
                ("h l", Phrase(id: "pilih kolom pada tabel", en: "choose a column of the table")),
                ("Enter", Phrase(id: "permohonan di balik angka itu; Enter lagi membuka", en: "the requests behind the figure; Enter again opens one")),
                ("x", Phrase(id: "ekspor rekap, register, keberatan, laporan tahunan", en: "export recap, registers and the annual report")),
            ]
        case .samples:
            return [
                ("↑↓ ←→ jk", Phrase(id: "pilih kartu; ←→ pindah kolom (juga PgUp PgDn)", en: "move; ←→ change column (also PgUp PgDn)")),
                ("Enter", Phrase(id: "rincian, waktu tiap langkah vs Mutu Baku, riwayat", en: "details, each step's time vs its standard, history")),
                ("n", Phrase(id: "daftarkan surat permintaan uji (BPCU/BPCUI)", en: "register a testing request letter (BPCU/BPCUI)")),
                (">", Phrase(id: "catat langkah berikutnya, meminta dokumennya saja", en: "record the next step, asking only for its document")),
                ("h", Phrase(id: "serahkan LHP dan kuitansi (setelah lunas)", en: "hand over the LHP and kuitansi (once paid)")),
                ("e", Phrase(id: "terbitkan (ulang) e-billing sebelum dibayar", en: "issue or re-issue the e-billing before payment")),
                ("c", Phrase(id: "batalkan sampel, dengan alasan", en: "cancel the sample, with a reason")),
                ("v · a", Phrase(id: "daftar satu baris per sampel · juga yang selesai", en: "one line per sample · done ones too")),
                ("/ · Esc", Phrase(id: "cari nomor, pelanggan, komoditas, analis · hapus", en: "filter by number, customer, commodity, analyst · clear")),
                ("", Phrase(id: "waktu = jam layanan saja; ! dan merah = lewat Mutu Baku", en: "time counts service hours only; ! and red = over standard")),
            ]
        }
    }
}
