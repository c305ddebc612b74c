import PPIDModel

/// The status line and the key hints of the current context, in the manner of htop.
enum FooterView {
    static func drawStatus(_ g: inout Grid, _ r: Rect, _ s: AppState) {
        guard let status = s.status else { return }
        let mark = status.isError ? "✗ " : "✓ "
        g.text(" " + mark + status.text(s.language), x: r.x, y: r.y, width: r.width, style: status.isError ? Theme.error : Theme.info)
    }

    static func draw(_ g: inout Grid, _ r: Rect, _ s: AppState) {
        var x = r.x
        for (key, label) in hints(s) {
            // Only whole hints: a key without its word would mislead.
            guard x + key.displayWidth + label(s.language).displayWidth <= r.maxX else { break }
            x = g.put(key, x: x, y: r.y, style: Theme.footerKey, maxWidth: r.maxX - x)
            x = g.put(label(s.language) + " ", x: x, y: r.y, maxWidth: r.maxX - x)
        }
    }

    static func hints(_ s: AppState) -> [(String, Phrase)] {
        switch s.top {
        case .form?:
            return [("Tab", Phrase(id: "Pindah", en: "Next")), ("←→", Phrase(id: "Pilih", en: "Choose")), ("F2", Phrase(id: "Simpan", en: "Save")), ("Esc", Phrase(id: "Batal", en: "Cancel")), ("F10", Phrase(id: "Keluar", en: "Quit"))]
        case .confirm?, .discardForm?, .quit?:
            return [("y", Phrase(id: "Ya", en: "Yes")), ("n", Phrase(id: "Tidak", en: "No")), ("Esc", Phrase(id: "Kembali", en: "Back"))]
        case .receipt?:
            return [("p", Phrase(id: "Tulis ke berkas", en: "Write to file")), ("Esc", Phrase(id: "Tutup", en: "Close"))]
        case .detail?:
            return [("↑↓", Phrase(id: "Gulir", en: "Scroll")), ("d", Phrase(id: "Putuskan", en: "Decide")), ("e", Phrase(id: "Perpanjang", en: "Extend")), ("w", Phrase(id: "Cabut", en: "Withdraw")), ("h", Phrase(id: "Serahkan", en: "Hand over")), ("l", Phrase(id: "Surat", en: "Letters")), ("u", Phrase(id: "Urungkan", en: "Undo")), ("Esc", Phrase(id: "Kembali", en: "Back"))]
        case .sampleDetail?:
            return [("↑↓", Phrase(id: "Gulir", en: "Scroll")), (">", Phrase(id: "Lanjut", en: "Next step")), ("h", Phrase(id: "Serahkan", en: "Hand over")),
                    ("e", Phrase(id: "e-billing", en: "e-billing")), ("c", Phrase(id: "Batalkan", en: "Cancel")), ("Esc", Phrase(id: "Kembali", en: "Back"))]
        case .help?:
            return [("Esc", Phrase(id: "Tutup", en: "Close"))]
        case .drill?:
            return [("↑↓", Phrase(id: "Pilih", en: "Move")), ("Enter", Phrase(id: "Buka", en: "Open")), ("Esc", Phrase(id: "Kembali", en: "Back"))]
        case nil:
            if (s.pane == .queue && s.queue.isFiltering) || (s.pane == .samples && s.samples.isFiltering) {
                return [("Enter", Phrase(id: "Selesai", en: "Done")), ("Esc", Phrase(id: "Hapus saringan", en: "Clear filter"))]
            }
            if s.pane == .samples {
                return [
                    ("?", Phrase(id: "Bantuan", en: "Help")), ("n", Phrase(id: "Baru", en: "New")), ("Enter", Phrase(id: "Riwayat", en: "History")),
                    (">", Phrase(id: "Lanjut", en: "Next")), ("h", Phrase(id: "Serahkan", en: "Hand over")), ("e", Phrase(id: "Billing", en: "Billing")),
                    ("c", Phrase(id: "Batal", en: "Cancel")), ("q", Phrase(id: "Keluar", en: "Quit")), ("v", Phrase(id: "Daftar", en: "List")),
                    ("/", Phrase(id: "Cari", en: "Find")), ("a", Phrase(id: "Semua", en: "All")), ("L", Phrase(id: "English", en: "Bahasa")),
                ]
            }
            if s.pane == .months {
                return [("←→", Phrase(id: "Tahun", en: "Year")), ("↑↓", Phrase(id: "Baris", en: "Row")), ("h l", Phrase(id: "Kolom", en: "Column")),
                        ("Enter", Phrase(id: "Rincian", en: "Drill down")), ("x", Phrase(id: "Ekspor", en: "Export")), ("?", Phrase(id: "Bantuan", en: "Help")),
                        ("L", Phrase(id: "English", en: "Bahasa")), ("q", Phrase(id: "Keluar", en: "Quit"))]
            }
            return [
                ("?", Phrase(id: "Bantuan", en: "Help")), ("n", Phrase(id: "Baru", en: "New")), ("Enter", Phrase(id: "Buka", en: "Open")),
                ("d", Phrase(id: "Putus", en: "Decide")), ("e", Phrase(id: "Perpanjang", en: "Extend")), ("w", Phrase(id: "Cabut", en: "Withdraw")),
                ("h", Phrase(id: "Serahkan", en: "Hand over")), ("u", Phrase(id: "Urungkan", en: "Undo")), ("q", Phrase(id: "Keluar", en: "Quit")),
                ("/", Phrase(id: "Cari", en: "Find")), ("a", Phrase(id: "Semua", en: "All")), ("t", Phrase(id: "Tenggat", en: "Due")), ("L", Phrase(id: "English", en: "Bahasa")),
            ]
        }
    }
}
