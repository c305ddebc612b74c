import Foundation
import PPIDModel
import PPIDUI
import Testing

/// The intake queue as the officer sees it: given the desk's events, this screen.
@Suite struct QueueScreenTests {
    @Test func queueAt80x24ShowsOpenRequestsMostUrgentFirst() {
        let s = Session()
        expectScreen(s.screen, """
             BSPJI Pekanbaru        Rabu 25 Nov 2026 10:00 WIB │ Loket BUKA │ Petugas: siti
              1 Antrian Permohonan   2 Sampel   3 Rekap   4 DIP/DIK         6 baris terbuka
             No. Daftar    Diterima   Saluran  Pemohon         Topik       Sisa hari kerja
             PPID-2026-003 2026-11-09 Telepon  Andrés Pérez    Kalibrasi   LEWAT 1 hari
             PPID-2026-004 2026-11-10 Medsos   山田 漢子       Pelatihan   HARI INI
             PPID-2026-005 2026-11-12 Langsung Rudi Hartono    Magang      2 hari SEGERA
             PPID-2026-002 2026-11-06 Online   Sinta — LSM Ri… Penelitian  5 hari +7
             PPID-2026-007 2026-11-21 Online   Yayasan Lingku… Lainnya     8 hari
             PPID-2026-008 2026-11-23 Langsung Hendra          Pengujian   9 hari














            ?Bantuan EnterBuka nBaru dPutuskan ePerpanjang /Cari aSemua tTenggat qKeluar
            """)
    }

    @Test func overdueDueSoonAndExtendedRowsCarryWordsNotOnlyColour() {
        let s = Session()
        let grid = s.screen
        // Row 3 is the selected, overdue request: reversed, with its word.
        #expect(grid[x: 1, y: 3].style.reverse)
        #expect(grid.lines[3].hasSuffix("LEWAT 1 hari"))
        // Due today and due soon are yellow and say so; the extended one says +7.
        #expect(grid.lines[4].hasSuffix("HARI INI"))
        #expect(grid[x: 63, y: 4].style.foreground == .yellow)
        #expect(grid.lines[5].hasSuffix("2 hari SEGERA"))
        #expect(grid[x: 63, y: 5].style.foreground == .yellow)
        #expect(grid.lines[6].hasSuffix("5 hari +7"))
        #expect(grid[x: 63, y: 6].style.foreground == .default)
    }

    @Test func englishRowsSayOverdueDueTodayAndSoon() {
        let s = Session(language: .english)
        let rows = s.lines[3...8].map { $0.split(separator: " ", maxSplits: 1).first.map(String.init) ?? "" }
        #expect(rows == ["PPID-2026-003", "PPID-2026-004", "PPID-2026-005", "PPID-2026-002", "PPID-2026-007", "PPID-2026-008"])
        #expect(s.lines[3].hasSuffix("OVERDUE 1 day"))
        #expect(s.lines[4].hasSuffix("DUE TODAY"))
        #expect(s.lines[5].hasSuffix("2 days SOON"))
        #expect(s.lines[6].hasSuffix("5 days +7"))
    }

    @Test func closedRowsFollowWithTheirStatusWhenAsked() {
        var s = Session()
        s.press(.char("a"))
        #expect(s.lines[9] == " PPID-2026-006 2026-11-17 Langsung Dewi Lestari    Pengujian   Dicabut")
        #expect(s.lines[10] == " PPID-2026-001 2026-11-02 Langsung Budi Santoso    Pengujian   Dikabulkan Selu…")
        #expect(s.screen[x: 1, y: 9].style.dim)
        #expect(s.lines[22] == " ✓ Menampilkan juga permohonan selesai")
    }

    @Test func emptyQueueSaysWhatToDoInFull() {
        let s = Session(env: Desk.environment(Ledger(calendar: Desk.calendar)))
        #expect(s.lines[3] == "")
        #expect(s.lines[4] == " Tidak ada permohonan terbuka. Tekan n untuk mendaftarkan permohonan baru, a")
        #expect(s.lines[5] == "   untuk melihat yang selesai.")
    }

    // MARK: Text from requesters

    /// The display column where each column of a queue row starts, at a given width.
    func columnStarts(width: Int) -> [Int] {
        let last = width >= 100 ? 22 : 16
        let requester = width - 42 - last - 7
        var x = 1
        return [13, 10, 8, requester, 11, last].map { w in defer { x += w + 1 }; return x }
    }

    @Test(arguments: [80, 120])
    func wideAndAccentedNamesKeepTheColumnsInLine(width: Int) {
        let s = Session(width: width, height: 24)
        let starts = columnStarts(width: width)
        let expected: [(String, String, String)] = [
            ("PPID-2026-003", "Andrés Pérez", "Kalibrasi"),
            ("PPID-2026-004", "山田 漢子", "Pelatihan"),
            ("PPID-2026-002", "Sinta — LSM Ri", "Penelitian"),
            ("PPID-2026-007", "Yayasan Lingku", "Lainnya"),
        ]
        for (number, name, topic) in expected {
            let line = s.lines.first { $0.hasPrefix(" " + number) } ?? ""
            #expect(column(of: name, in: line) == starts[3], "\(number): requester at \(starts[3])")
            #expect(column(of: topic, in: line) == starts[4], "\(number): topic at \(starts[4])")
            #expect(line.displayWidth <= width - 1, "\(number) fits its row")
        }
        if width == 120 {
            #expect(s.lines.contains { $0.contains("Sinta — LSM Riau ") && $0.contains("Yayasan") == false })
            #expect(s.lines.contains { $0.contains("Yayasan Lingkungan Hijau Riau ") })
        }
    }

    @Test func aWideNameIsCutWholeAtTheColumnEdge() {
        var log = Recorder()
        log.register("PPID-2026-009", "2026-11-24T09:00:00+07:00", .walkIn, name: "A漢字漢字漢字漢字", topic: .testing, subject: "Uji")
        let s = Session(env: Desk.environment(Desk.ledger(renumbered(log.records))))
        let line = s.lines.first { $0.contains("PPID-2026-009") } ?? ""
        // 15 columns: "A" and six wide characters take 13; a seventh would leave no room for "…".
        #expect(line.contains(" A漢字漢字漢字… "))
        #expect(column(of: "Pengujian", in: line) == 51)
    }

    @Test(arguments: [80, 120])
    func aLongRegistrationNumberIsShownWholeAndTheRequesterGivesWay(width: Int) {
        var log = Recorder()
        log.register("PPID-2026-31514", "2026-11-24T09:00:00+07:00", .walkIn, name: "Bénchmark Ñame", topic: .testing, subject: "Uji")
        let s = Session(env: Desk.environment(Desk.ledger(renumbered(log.records))), width: width)
        let line = s.lines.first { $0.contains("PPID-2026-31514 ") } ?? ""
        #expect(line.hasPrefix(" PPID-2026-31514 2026-11-24 Langsung Bénchmark"))
        // Every row keeps its columns: the number column grew by two, the requester gave them.
        let short = s.lines.first { $0.hasPrefix(" PPID-2026-003 ") } ?? ""
        #expect(column(of: "2026-11-09", in: short) == 17)
        #expect(column(of: "Kalibrasi", in: short) == columnStarts(width: width)[4])
        #expect(line.displayWidth <= width - 1)
    }

    @Test func aClosedRequestsWholeStatusShowsFrom100Columns() {
        var s = Session(width: 120)
        s.press(.char("a"))
        let line = s.lines.first { $0.hasPrefix(" PPID-2026-001 ") } ?? ""
        #expect(line.hasSuffix(" Dikabulkan Seluruhnya"))
        #expect(line.displayWidth <= 119)
    }

    @Test(arguments: [80, 120])
    func escapeSequencesInANameRenderInert(width: Int) {
        var log = Recorder()
        let evil = "Evil\u{1B}[2J\u{1B}]0;owned\u{07}Name"
        log.register("PPID-2026-009", "2026-11-24T09:00:00+07:00", .walkIn, name: evil, topic: .testing, subject: "Uji \u{1B}[31mmerah")
        var s = Session(env: Desk.environment(Desk.ledger(renumbered(log.records))), width: width)
        let queue = s.screen
        s.state.queue.selected = "PPID-2026-009"
        s.press(.enter)
        let detail = s.screen
        for screen in [queue, detail] {
            let controls = screen.text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
            #expect(controls.isEmpty, "no control character reaches the grid")
        }
        let line = queue.lines.first { $0.contains("PPID-2026-009") } ?? ""
        #expect(line.contains(width == 80 ? "Evil␛[2J␛]0;ow…" : "Evil␛[2J␛]0;owned␇Name"))
        #expect(column(of: "Pengujian", in: line) == columnStarts(width: width)[4])
        #expect(detail.lines.contains("   Pemohon             Evil␛[2J␛]0;owned␇Name · Perorangan"))
        #expect(detail.lines.contains("   Informasi diminta   Uji ␛[31mmerah"))
    }

    /// Records from a second recorder, renumbered after the desk's own so ids stay unique.
    func renumbered(_ records: [EventRecord]) -> [EventRecord] {
        let base = Desk.events().count
        return records.enumerated().map { i, r in EventRecord(id: "x\(base + i + 1)", at: r.at, by: r.by, event: r.event) }
    }
}
