import PPIDModel
import PPIDUI
import Testing

/// The new-request form on screen: labels, values, the focus, errors in words at the field.
@Suite struct FormScreenTests {
    @Test func emptyRequiredFieldsAreMarkedInWordsAt80Columns() {
        var s = Session()
        s.press(.char("n"), .function(2))
        expectScreen(s.screen, """
             BSPJI Pekanbaru        Rabu 25 Nov 2026 10:00 WIB │ Loket BUKA │ Petugas: siti
              1 Antrian Permohonan   2 Sampel   3 Rekap   4 DIP/DIK         6 baris terbuka
            ┌─ Permohonan Baru ────────────────────────────────────────────────────────────┐
            │  Saluran *            ◀ Datang Langsung ▶                                    │
            │  Diterima *           2026-11-25 10:00                                       │
            │▶ Nama pemohon *                                                 ← wajib diisi│
            │  Kategori *           ◀ Perorangan ▶                                         │
            │  Alamat *                                                       ← wajib diisi│
            │  Nomor kontak         telepon atau email                                     │
            │  Pekerjaan                                                                   │
            │  NIK (opsional)                                                              │
            │  Topik *              ◀ Pengujian ▶                                          │
            │  Informasi diminta *                                            ← wajib diisi│
            │  Tujuan penggunaan                                                           │
            │  Jenis permohonan *   ◀ Melihat/Mengetahui ▶                                 │
            │  Bentuk informasi *   ◀ Softcopy ▶                                           │
            │  Cara penyampaian *   ◀ Diambil Langsung ▶                                   │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │ * wajib · Tab/↓ pindah · ←→ atau huruf awal memilih · F2 simpan · Esc batal  │
            └──────────────────────────────────────────────────────────────────────────────┘
             ✗ Periksa isian yang ditandai — Nama pemohon: wajib diisi (dan 2 isian lain)
            TabPindah ←→Pilih F2Simpan EscBatal F10Keluar
            """)
    }

    @Test func errorsAreMarkedInEnglishToo() {
        var s = Session(language: .english)
        s.press(.char("n"), .function(2))
        #expect(s.lines[5] == "│▶ Requester name *                                                  ← required│")
        #expect(s.lines[7] == "│  Address *                                                         ← required│")
        #expect(s.lines[12] == "│  Information asked *                                               ← required│")
        #expect(s.lines[22] == " ✗ Check the marked fields — Requester name: required (and 2 more)")
    }

    @Test func aBadValueKeepsItsTextBesideTheWholeMessage() {
        var s = Session()
        s.press(.char("n"), .tab)
        s.press(.ctrl("u"))
        s.type("2026-13-45 99:99")
        s.press(.function(2))
        #expect(s.lines[4] == "│▶ Diterima *           2026-13-45 99:99       ← tulis seperti 2026-11-25 10:00│")
        for _ in 0..<16 { s.press(.backspace) }
        s.type("2026-11-25 10:30")
        s.press(.function(2))
        #expect(s.lines[4] == "│▶ Diterima *           2026-11-25 10:30            ← tidak boleh di masa depan│")
    }

    /// The field runs to the box's edge at any width; its error sits at the edge.
    @Test func wideTerminalPutsErrorsRightOfTheField() {
        var s = Session(width: 120)
        s.press(.char("n"), .function(2))
        let line = s.lines[5]
        #expect(line.hasPrefix("│▶ Nama pemohon *"))
        #expect(line.hasSuffix("← wajib diisi│"))
    }

    @Test func typedTextIsShownAndTheCursorSitsAfterIt() {
        var s = Session()
        s.press(.char("n"), .tab, .tab)
        s.type("漢字 Andrés")
        let grid = s.screen
        #expect(grid.lines[5] == "│▶ Nama pemohon *       漢字 Andrés                                            │")
        #expect(grid.cursor?.x == 24 + "漢字 Andrés".displayWidth)
        #expect(grid.cursor?.y == 5)
        #expect(grid[x: 1, y: 5].style.reverse, "the focused label is highlighted")
    }
}
