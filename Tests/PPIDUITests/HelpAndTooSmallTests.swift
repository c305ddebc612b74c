import PPIDModel
import PPIDUI
import Testing

/// The two screens that replace the pane: the help, and the too-small message.
@Suite struct HelpAndTooSmallTests {
    @Test func helpListsEveryKeyOfTheQueueAndTheMarks() {
        var s = Session()
        s.press(.char("?"))
        #expect(s.state.top == .help)
        expectScreen(s.screen, """
             BSPJI Pekanbaru        Rabu 25 Nov 2026 10:00 WIB │ Loket BUKA │ Petugas: siti
              1 Antrian Permohonan   2 Papan Sampel   3 Rekap Bulanan
             No. Daftar    Diterima   Saluran  Pemohon         Topik       Sisa hari kerja
             PPID┌─ Bantuan — Antrian Permohonan ────────────────────────────────────┐i
             PPID│ ↑↓ jk PgUp   pilih baris (juga PgDn Home End)                     │
             PPID│ Enter        rincian, riwayat, perhitungan batas waktu            │RA
             PPID│ n            daftarkan permohonan baru                            │
             PPID│ d            putuskan: dikabulkan, sebagian, ditolak + alasan     │
             PPID│ e            perpanjang 7 hari kerja (sekali, dengan alasan)      │
                 │ w · h        catat pencabutan · penyerahan informasi              │
                 │ i · c        kembalikan untuk dilengkapi · nyatakan lengkap       │
                 │ u            urungkan tindakan terakhir Anda                      │
                 │ o · b · k    keberatan · tanggapan atasan · langkah sengketa      │
                 │ / · Esc      cari nama, nomor, informasi · hapus                  │
                 │ a · t        juga yang selesai · hanya SEGERA dan LEWAT           │
                 │ s            permohonan pengujian → permintaan uji sampel         │
                 │              SEGERA ≤3 hari kerja · LEWAT batas · +7 diperpanjang │
                 │ 1 2 3 Tab    pindah panel: Antrian, Sampel, Rekap                 │
                 │ L            ganti bahasa Indonesia / English                     │
                 │ ? F1 · q F10 bantuan ini · keluar                                 │
                 └───────────────────────────────────────────────────────────────────┘


            EscTutup
            """)
    }

    @Test func helpInEnglishAndClosedByEscF1OrQuestionMark() {
        var s = Session(language: .english)
        s.press(.function(1))
        #expect(s.lines[3].contains("┌─ Help — Intake queue ─"))
        #expect(s.lines[16].contains("│              SOON ≤3 working days · OVERDUE · +7 extended    │"))
        #expect(s.lines[19].contains("│ ? F1 · q F10 this help · quit                                │"))
        #expect(s.lines[23] == "EscClose")
        for key in [Key.escape, .function(1), .char("?")] {
            s.press(.char("?"))
            s.press(key)
            #expect(s.state.overlays.isEmpty, "\(key) closes the help")
        }
        // While the help is open, other keys do nothing.
        s.press(.char("?"))
        #expect(s.press(.char("n")) == [])
        #expect(s.state.overlays == [.help])
    }

    @Test func tooSmallSaysSoAndTheSize() {
        var s = Session()
        s.resize(79, 24)
        expectScreen(s.screen, """











                                        Terminal terlalu kecil
                                             79×24 < 80×24
                               Perbesar jendela; isian tetap tersimpan.










            """)
    }

    @Test(arguments: [(80, 23), (40, 10), (1, 1)])
    func tooSmallAtAnySizeUnderTheMinimum(width: Int, height: Int) {
        var s = Session(language: .english)
        s.resize(width, height)
        let text = s.text
        #expect(s.screen.width == width && s.screen.height == height)
        if width >= 20 {
            #expect(text.contains("Terminal too small"))
            #expect(text.contains("\(width)×\(height) < 80×24"))
        }
    }
}
