import Foundation
import PPIDModel
import PPIDUI
import Testing

/// Keys on the queue itself: quit, language, filter, views, selection, size.
@Suite struct QueueUpdateTests {
    /// The numbers of the rows on screen, top to bottom.
    func rowNumbers(_ s: Session) -> [String] {
        s.lines.compactMap { line in
            guard line.hasPrefix(" PPID-") else { return nil }
            return String(line.dropFirst().prefix(13))
        }
    }

    @Test func qAndF10Quit() {
        var s = Session()
        #expect(s.press(.char("q")) == [.quit])
        #expect(s.press(.function(10)) == [.quit])
    }

    @Test func lTurnsEveryLabelToEnglishAndBack() {
        var s = Session()
        #expect(s.press(.char("L")) == [.saveLanguage(.english)])
        #expect(s.state.language == .english)
        #expect(s.lines[0] == " BSPJI Pekanbaru Wednesday 25 Nov 2026 10:00 WIB │ Counter OPEN │ Officer: siti")
        #expect(s.lines[1] == "  1 Intake queue   2 Samples   3 Months   4 Info lists              6 open rows")
        #expect(s.lines[2] == " Number        Received   Channel  Requester       Topic       Days left")
        #expect(s.lines[3] == " PPID-2026-003 2026-11-09 Phone    Andrés Pérez    Calibration OVERDUE 1 day")
        #expect(s.lines[23] == "?Help EnterOpen nNew dDecide eExtend wWithdraw oObjection /Find aAll tDue qQuit")
        #expect(!s.text.contains("Loket") && !s.text.contains("Sisa") && !s.text.contains("Bantuan"))
        #expect(s.press(.char("L")) == [.saveLanguage(.indonesian)])
        #expect(s.lines[0] == " BSPJI Pekanbaru        Rabu 25 Nov 2026 10:00 WIB │ Loket BUKA │ Petugas: siti")
        #expect(s.lines[2].hasSuffix("Sisa hari kerja"))
        #expect(s.lines[23].hasPrefix("?Bantuan EnterBuka nBaru"))
    }

    @Test func slashFiltersAsYouTypeIgnoringAccents() {
        var s = Session()
        s.press(.char("/"))
        #expect(s.state.queue.isFiltering)
        #expect(s.lines[23] == "EnterSelesai EscHapus saringan")
        s.type("an")
        // Number, requester or subject: pelatihan, magang, timbangan, Lingkungan.
        #expect(rowNumbers(s) == ["PPID-2026-003", "PPID-2026-004", "PPID-2026-005", "PPID-2026-007"])
        s.type("dres")
        #expect(rowNumbers(s) == ["PPID-2026-003"])
        #expect(s.lines[2] == " Cari: andres")
        #expect(s.screen.cursor?.y == 2)
        // q is typed into the filter, not taken as quit.
        #expect(s.press(.char("q")) == [])
        #expect(rowNumbers(s).isEmpty)
        #expect(s.lines[5] == " Tidak ada yang cocok. Esc menghapus pencarian; a menampilkan juga yang")
        #expect(s.lines[6] == "   selesai.")
        s.press(.backspace, .enter)
        #expect(!s.state.queue.isFiltering)
        #expect(rowNumbers(s) == ["PPID-2026-003"], "Enter keeps the filter")
        #expect(s.state.queue.selected == "PPID-2026-003")
        s.press(.escape)
        #expect(s.state.queue.filter.text.isEmpty)
        #expect(rowNumbers(s).count == 6)
    }

    @Test func filterFindsNumbersAndTypedAccentsToo() {
        var s = Session()
        s.press(.char("/"))
        s.type("008")
        #expect(rowNumbers(s) == ["PPID-2026-008"])
        #expect(s.state.queue.selected == "PPID-2026-008", "the selection follows the only row")
        s.press(.escape, .char("/"))
        s.type("PÉREZ")
        #expect(rowNumbers(s) == ["PPID-2026-003"])
        s.press(.escape)
        s.press(.char("/"))
        s.type("漢子")
        #expect(rowNumbers(s) == ["PPID-2026-004"])
    }

    @Test func tShowsOnlyDueSoonAndOverdue() {
        var s = Session()
        s.press(.char("t"))
        #expect(s.state.queue.urgentOnly)
        #expect(rowNumbers(s) == ["PPID-2026-003", "PPID-2026-004", "PPID-2026-005"])
        #expect(s.lines[22] == " ✓ Hanya yang mendekati atau lewat batas waktu")
        // Closed ones stay out even when asked for.
        s.press(.char("a"))
        #expect(rowNumbers(s) == ["PPID-2026-003", "PPID-2026-004", "PPID-2026-005"])
        s.press(.char("t"))
        #expect(
            rowNumbers(s) == [
                "PPID-2026-003", "PPID-2026-004", "PPID-2026-005", "PPID-2026-002", "PPID-2026-007", "PPID-2026-008",
                "PPID-2026-006", "PPID-2026-001",
            ])
    }

    @Test func aShowsClosedOnesAfterTheOpenOnes() {
        var s = Session()
        s.press(.char("a"))
        #expect(s.state.queue.showClosed)
        #expect(rowNumbers(s).suffix(2) == ["PPID-2026-006", "PPID-2026-001"])
        s.press(.char("a"))
        #expect(rowNumbers(s).count == 6)
        #expect(s.lines[22] == " ✓ Hanya permohonan terbuka")
    }

    // MARK: Selection and scrolling

    /// The desk with 30 more open requests: 36 rows for a list of 19.
    func crowdedDesk() -> AppEnvironment {
        var log = Recorder()
        for i in 1...30 {
            let day = 16 + (i % 9)
            let hour = 8 + i % 8
            log.register(
                String(format: "PPID-2026-%03d", 100 + i), String(format: "2026-11-%02dT%02d:15:00+07:00", day, hour),
                .online,
                name: "Pemohon \(i)", topic: .testing, subject: "Permohonan \(i)")
        }
        let records = log.records.enumerated().map { i, r in
            EventRecord(id: "c\(i)", at: r.at, by: "budi", event: r.event)
        }
        return Desk.environment(Desk.ledger(records))
    }

    /// The screen row of the selected request, checking it is drawn reversed.
    func selectedRow(_ s: Session, sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
        guard let number = s.state.queue.selected,
            let y = s.lines.firstIndex(where: { $0.hasPrefix(" " + number) })
        else { return nil }
        #expect(s.screen[x: 1, y: y].style.reverse, "the selected row is highlighted", sourceLocation: sourceLocation)
        return y
    }

    @Test func theSelectedRowStaysOnScreen() throws {
        var s = Session(env: crowdedDesk())
        let rows = queueRows(s.env.ledger, today: s.env.today, queue: s.state.queue).all(in: s.env.ledger).map(\.number)
        #expect(rows.count == 36)
        #expect(rowNumbers(s).count == 19)
        #expect(s.lines[1].hasSuffix("1–19 dari 36 terbuka"), "the count says what it counts, on the tabs line")

        s.press(.end)
        #expect(s.state.queue.selected == rows[35])
        #expect(s.state.queue.scroll == 17)
        #expect(selectedRow(s) == 21)
        #expect(s.lines[1].hasSuffix("4 DIP/DIK   18–36 dari 36 terbuka"))

        s.press(.home)
        #expect(s.state.queue.scroll == 0)
        #expect(selectedRow(s) == 3)

        for _ in 0..<25 { s.press(.down) }
        #expect(s.state.queue.selected == rows[25])
        #expect(s.state.queue.scroll == 7)
        #expect(selectedRow(s) == 21)

        for _ in 0..<10 { s.press(.char("k")) }
        #expect(s.state.queue.selected == rows[15])
        #expect(selectedRow(s) == 11)

        s.press(.pageDown)
        #expect(s.state.queue.selected == rows[34])
        #expect(selectedRow(s) != nil)
        s.press(.pageUp, .pageUp)
        #expect(s.state.queue.selected == rows[0])
        #expect(selectedRow(s) == 3)
        s.press(.char("G"))
        #expect(selectedRow(s) == 21)
        s.press(.char("g"))
        #expect(selectedRow(s) == 3)
    }

    @Test func growingAndShrinkingTheWindowKeepsTheSelectionVisible() {
        var s = Session(env: crowdedDesk(), height: 40)
        s.press(.end)
        #expect(selectedRow(s) == 37)
        s.resize(80, 24)
        #expect(selectedRow(s) == 21)
        s.resize(100, 60)
        #expect(s.state.queue.scroll == 0)
        #expect(selectedRow(s) == 38)
    }

    // MARK: Size

    @Test func tooSmallKeepsTheFormAndItsTextUntilTheWindowGrows() throws {
        var s = Session()
        s.press(.char("n"), .tab, .tab)
        s.type("Siti Aminah")
        s.resize(79, 24)
        #expect(s.lines[11] == "                            Terminal terlalu kecil")
        #expect(!s.text.contains("Siti Aminah"))
        // Keys still reach the form while the message shows.
        s.type(" Lubis")
        s.resize(80, 24)
        #expect(s.form?.value(NewRequestForm.Field.name) == "Siti Aminah Lubis")
        #expect(s.lines[2].hasPrefix("┌─ Permohonan Baru ─"))
        #expect(s.lines[5] == "│▶ Nama pemohon *       Siti Aminah Lubis                                      │")
    }

    @Test func enterOpensTheSelectedRequestsDetail() {
        var s = Session()
        s.press(.down, .enter)
        #expect(s.state.overlays == [.detail(number: "PPID-2026-004", scroll: 0)])
        #expect(s.lines[2] == " PPID-2026-004 — Dalam Proses")
        s.press(.char("q"))
        #expect(s.state.overlays.isEmpty, "q closes the detail, it does not quit")
    }
}
