import Foundation
import PPIDModel
import PPIDUI
import Testing

/// Enter on a request: its fields, how its deadline was computed, its history.
@Suite struct DetailScreenTests {
    /// The deadline part of the detail: from its title to the blank line before the history.
    func deadlineLines(_ s: Session, title: String = " Batas waktu") -> [String] {
        let lines = s.lines
        guard let start = lines.firstIndex(of: title) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    func detail(_ number: String, language: Language = .indonesian, height: Int = 40) -> Session {
        var s = Session(language: language, height: height)
        s.state.queue.selected = number
        s.press(.enter)
        return s
    }

    /// `l` in the details asks the run loop for the request's letters; the answer names the
    /// files on the status line, or the reason none was made.
    @Test func lMakesTheLettersAndTheStatusNamesThem() {
        var s = detail("PPID-2026-003", height: 30)
        #expect(s.press(.char("l")) == [.writeLetters("PPID-2026-003")])
        s.send(.lettersWritten(.success(["/data/letters/PPID-2026-003-receipt.docx"])))
        #expect(s.lines[28] == " ✓ Surat ditulis: letters/PPID-2026-003-receipt.docx")
        #expect(s.state.top == .detail(number: "PPID-2026-003", scroll: 0))
        s.send(.lettersWritten(.failure(CommandFailure(Phrase(id: "Templat rusak", en: "Broken template")))))
        #expect(s.lines[28].contains("Templat rusak"))
    }

    @Test func overdueRequestExplainsItsDeadlineDayByDay() {
        let s = detail("PPID-2026-003", height: 30)
        #expect(s.state.top == .detail(number: "PPID-2026-003", scroll: 0))
        expectScreen(s.screen, """
             BSPJI Pekanbaru        Rabu 25 Nov 2026 10:00 WIB │ Loket BUKA │ Petugas: siti
              1 Antrian Permohonan   2 Sampel   3 Rekap   4 DIP/DIK         6 baris terbuka
             PPID-2026-003 — Dalam Proses
               Diterima            2026-11-09 09:00 · Telepon
               Pemohon             Andrés Pérez · Perorangan
               Alamat              Jl. Sudirman 1, Pekanbaru
               Nomor kontak        0812-7000-1234
               Pekerjaan           Wiraswasta
               NIK
               Topik               Kalibrasi
               Informasi diminta   Sertifikat kalibrasi timbangan
               Tujuan penggunaan   Referensi
               Jenis / bentuk      Meminta Salinan · Softcopy · Email

             Batas waktu
               Diterima Senin 2026-11-09 09:00: hari ke-0 adalah Senin 2026-11-09.
               10 hari kerja → Selasa 2026-11-24 (Pasal 22 ayat 7).
               Hari yang tidak dihitung (5):
                 2026-11-13 Jumat: Rapat Kerja Kantor (kantor tutup) — config.toml
                 2026-11-14 Sabtu
                 2026-11-15 Minggu
                 2026-11-21 Sabtu
                 2026-11-22 Minggu
               LEWAT batas waktu 1 hari kerja.

             Riwayat
               2026-11-09 09:00  siti        Didaftarkan (Telepon)


            ↑↓Gulir EscKembali dPutuskan ePerpanjang wCabut pTanda bukti lSurat ?Bantuan
            """)
    }

    @Test func extendedRequestKeepsTheOriginalDeadline() {
        let s = detail("PPID-2026-002")
        #expect(deadlineLines(s) == [
            "   Diterima Jumat 2026-11-06 10:00: hari ke-0 adalah Jumat 2026-11-06.",
            "   10 hari kerja → Senin 2026-11-23 (Pasal 22 ayat 7).",
            "   Diperpanjang 7 hari kerja → Rabu 2026-12-02 (Pasal 22 ayat 8).",
            "   Hari yang tidak dihitung (9):",
            "     2026-11-07 Sabtu",
            "     2026-11-08 Minggu",
            "     2026-11-13 Jumat: Rapat Kerja Kantor (kantor tutup) — config.toml",
            "     2026-11-14 Sabtu",
            "     2026-11-15 Minggu",
            "     2026-11-21 Sabtu",
            "     2026-11-22 Minggu",
            "     2026-11-28 Sabtu",
            "     2026-11-29 Minggu",
            "   Sisa 5 hari kerja sampai batas waktu.",
        ])
        // The history wraps under its own text at 80 columns.
        let history = s.lines.drop { $0 != " Riwayat" }.dropFirst().prefix { !$0.isEmpty }
        #expect(Array(history) == [
            "   2026-11-06 10:00  siti        Didaftarkan (Live Chat, Email, dan Formulir",
            "     Online)",
            "   2026-11-20 09:00  siti        Diperpanjang 7 hari kerja: Data tersebar di",
            "     tiga bidang",
        ])
    }

    @Test func receivedAfterClosingCountsFromTheNextWorkingDayAndSaysSoInFull() {
        let s = detail("PPID-2026-008")
        #expect(deadlineLines(s).prefix(2) == [
            "   Diterima Senin 2026-11-23 16:30, setelah loket tutup pukul 16.00: dihitung",
            "     dari hari kerja berikutnya, Selasa 2026-11-24 (hari ke-0).",
        ])
        #expect(deadlineLines(s).last == "   Sisa 9 hari kerja sampai batas waktu.")
    }

    @Test func receivedOnADayOffCountsFromMonday() {
        let s = detail("PPID-2026-007", language: .english)
        #expect(deadlineLines(s, title: " Deadline") == [
            "   Received Saturday 2026-11-21 10:00, a day off (Saturday): counted from",
            "     Monday 2026-11-23 (day 0).",
            "   10 working days → Monday 2026-12-07 (Art. 22(7)).",
            "   Days not counted (4):",
            "     2026-11-28 Saturday",
            "     2026-11-29 Sunday",
            "     2026-12-05 Saturday",
            "     2026-12-06 Sunday",
            "   8 working days left.",
        ])
    }

    @Test func dueTodayHasNoDaysLeft() {
        let s = detail("PPID-2026-004")
        #expect(deadlineLines(s).contains("   10 hari kerja → Rabu 2026-11-25 (Pasal 22 ayat 7)."))
        #expect(deadlineLines(s).last == "   Sisa 0 hari kerja sampai batas waktu.")
    }

    @Test func decidedRequestShowsItsResponseTimeAndNoDaysLeft() {
        var s = Session(height: 40)
        s.press(.char("a"))
        s.state.queue.selected = "PPID-2026-001"
        s.press(.enter)
        #expect(s.lines[2] == " PPID-2026-001 — Dikabulkan Seluruhnya")
        #expect(s.lines.contains("   Keputusan           Dikabulkan Seluruhnya"))
        #expect(s.lines.contains("   Pemberitahuan       2026-11-04 · Rp 0"))
        #expect(s.lines.contains("   Waktu penyelesaian  2 hari kerja, tepat waktu"))
        #expect(!s.text.contains("Sisa "))
        #expect(!s.text.contains("LEWAT"))
    }

    @Test func scrollingStopsAtTheEndAndUpMovesAtOnce() {
        var s = detail("PPID-2026-003", height: 24)
        #expect(s.lines[2] == " PPID-2026-003 — Dalam Proses")
        for _ in 0..<30 { s.press(.down) }
        // 25 lines in a body of 20: the view stops 5 down, with the history's last line shown.
        #expect(s.state.top == .detail(number: "PPID-2026-003", scroll: 5))
        #expect(s.lines[21] == "   2026-11-09 09:00  siti        Didaftarkan (Telepon)")
        s.press(.up)
        #expect(s.state.top == .detail(number: "PPID-2026-003", scroll: 4))
        #expect(s.lines[2] == "   Nomor kontak        0812-7000-1234")
        s.press(.pageUp)
        #expect(s.lines[2] == " PPID-2026-003 — Dalam Proses")
        s.press(.pageDown)
        #expect(s.state.top == .detail(number: "PPID-2026-003", scroll: 5))
        s.press(.escape)
        #expect(s.state.overlays.isEmpty)
    }
}

/// Issue 14 item 6: a deadline counted into a year the holiday table does not cover.
@Suite struct HolidayGapScreenTests {
    /// The desk on Mon 21 Dec 2026 with a calendar that knows 2026 only, and a request of
    /// Fri 18 Dec whose ten working days (24, 25 Dec off) run to Mon 4 Jan 2027.
    func session(language: Language = .indonesian, height: Int = 30) throws -> Session {
        var ledger = Ledger(calendar: WorkingCalendar(timeZone: Desk.jakarta, holidays: Desk.holidays, coveredYears: [2026]))
        var log = Recorder()
        log.register("PPID-2026-050", "2026-12-18T09:00:00+07:00", .walkIn, name: "Rina", topic: .other, subject: "Laporan tahunan")
        for r in log.records { try ledger.apply(r) }
        let env = AppEnvironment(ledger: ledger, now: time("2026-12-21T10:00:00+07:00"), officer: Desk.officer, officeName: Desk.office)
        return Session(env: env, language: language, width: 80, height: height)
    }

    /// The screen's lines run together, so wrapped sentences read whole.
    func flat(_ s: Session) -> String {
        s.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test func theBannerSaysWhichYearIsMissingAndWhatToAdd() throws {
        let s = try session()
        #expect(s.lines[2] == " HARI LIBUR 2027 BELUM ADA — batas waktu PPID-2026-050 masuk 2027 dan hanya")
        #expect(flat(s).contains("melewati Sabtu/Minggu. Tambahkan SKB 3 Menteri 2027 di config.toml ([[holidays]])."))
        let en = try session(language: .english)
        #expect(flat(en).contains("NO HOLIDAYS FOR 2027 — the deadline of PPID-2026-050 runs into 2027 and skips weekends only. Add the 2027 joint decree (SKB) to config.toml ([[holidays]])."))
    }

    @Test func theExplanationSaysSoAndNamesWhereEachDayComesFrom() throws {
        var s = try session(height: 50)
        s.state.queue.selected = "PPID-2026-050"
        s.press(.enter)
        #expect(s.text.contains("2026-12-25 Jumat: Hari Raya Natal — tabel bawaan"))
        #expect(flat(s).contains("PERHATIAN: tabel hari libur belum memuat tahun 2027; di tahun itu hanya Sabtu dan Minggu yang dilewati. Tambahkan hari libur dan cuti bersama dari SKB 3 Menteri tahun 2027 di config.toml ([[holidays]]), lalu buka ulang."))
    }
}
