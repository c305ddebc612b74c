import Foundation
import PPIDModel
import PPIDStore
@testable import PPIDUI
import Testing

/// The month board (pane 3): the seed report's table 2.6.1, drill-down and export, as text.
@Suite struct MonthBoardTests {
    /// The 2019 register imported into a fresh folder, as `ppid-tui import` does.
    static func ledger2019() throws -> Ledger {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ppid-ui-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("PPIDStoreTests/Fixtures/register-2019.csv").path
        let office = try Office(folder: DataFolder(path: dir))
        _ = try RegisterImport.run(file: fixture, into: office.log, by: "kasubag", now: Desk.now)
        return office.ledger
    }

    func session(width: Int = 80, height: Int = 24) throws -> Session {
        var s = Session(env: AppEnvironment(ledger: try Self.ledger2019(), now: Desk.now, officer: "kasubag", officeName: "PPID BPPSI Pekanbaru"), width: width, height: height)
        s.press(.char("3"))
        return s
    }

    @Test func the2019BoardIsTheSeedReportsTable() throws {
        let s = try session()
        // Table 2.6.1 of the 2019 report, plus the withdrawn June request shown apart.
        let table = """
        Bulan     Langsung Online Medsos  Telp  Seluruh Sebagian Ditolak  Dicabut Proses
        Januari          2      0     12     0 │     14        0       0 │      0      0
        Februari         4      0      0     0 │      4        0       0 │      0      0
        Maret            7      0      0     0 │      7        0       0 │      0      0
        April            4      0      0     0 │      4        0       0 │      0      0
        Mei             13      0      0     0 │     13        0       0 │      0      0
        Juni             7      0      0     1 │      7        0       0 │      1      0
        Juli             1      0      1     0 │      2        0       0 │      0      0
        Agustus          0      1      1     0 │      2        0       0 │      0      0
        September        0      2      0     1 │      3        0       0 │      0      0
        Oktober          5      1      1     0 │      7        0       0 │      0      0
        November         4      3      1     0 │      8        0       0 │      0      0
        Desember         0      1      0     1 │      2        0       0 │      0      0
        Jumlah          47      8     16     3 │     73        0       0 │      1      0
        """
        #expect(Array(s.lines[3...16]) == table.split(separator: "\n").map(String.init))
        #expect(s.lines[2].hasPrefix(" Tahun 2019"))
    }

    @Test func theBoardsNumbersAreTheRecapsForEveryMonth() throws {
        let s = try session()
        let recap = s.env.ledger.recap(year: 2019)
        let expected = try String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("PPIDStoreTests/Fixtures/recap-2019-expected.csv").path, encoding: .utf8)
        let rows = expected.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",").dropFirst().compactMap { Int($0) } }
        for (i, row) in recap.months.enumerated() {
            let board = Channel.allCases.map { row.count($0) } + Outcome.allCases.map { row.count($0) }
            #expect(board == rows[i], "month \(i + 1)")
        }
    }

    @Test func leftAndRightChangeTheYear() throws {
        var s = try session()
        s.press(.left)
        #expect(s.lines[2].hasPrefix(" Tahun 2018"))
        #expect(s.lines[16].hasPrefix("Jumlah           0"))
        s.press(.char("]"), .char("]"))
        #expect(s.lines[2].hasPrefix(" Tahun 2020"))
    }

    @Test func enterOnJunesWithdrawnCellListsTheRequestBehindIt() throws {
        var s = try session()
        s.press(.down, .down, .down, .down, .down)
        for _ in 0..<8 { s.press(.char("l")) }
        s.press(.enter)
        #expect(s.text.contains("Juni 2019 · Dicabut — 1"))
        #expect(s.text.contains("PPID-2019-049"))
        s.press(.enter)
        #expect(s.text.contains("PPID-2019-049 — Dicabut"))
        s.press(.escape, .escape)
        #expect(s.state.overlays.isEmpty)
    }

    @Test func aFigureDrillsDownToo() throws {
        var s = try session()
        // Past the 13 table rows: answered late, overdue, extended, then the bands.
        for _ in 0..<16 { s.press(.down) }
        #expect(s.text.contains("Waktu 0–2 hari kerja: 66"))
        s.press(.enter)
        #expect(s.text.contains("— 66"))
    }

    /// Down into the figures at 80×24 scrolls the rows, never the year's title and the
    /// column headings above them.
    @Test func theColumnHeadingsStayWhileTheRowsScroll() throws {
        var s = try session()
        for _ in 0..<20 { s.press(.down) }
        #expect(!s.text.contains("Januari "))
        #expect(s.lines[2].hasPrefix(" Tahun 2019"))
        #expect(s.lines[3].hasPrefix("Bulan     Langsung Online"))
        // The selected figure is still in view, below the headings.
        #expect(s.screen.lines.dropFirst(4).contains { $0.contains("Waktu") || $0.contains("hari kerja") })
    }

    @Test func xAsksTheRunLoopToExportTheYearAndShowsThePaths() throws {
        var s = try session()
        #expect(s.press(.char("x")) == [.exportYear(2019)])
        s.send(.exported(.success(["/d/exports/rekap-2019.csv", "/d/exports/laporan-2019.md"])))
        #expect(s.lines[22].contains("Ditulis: exports/rekap-2019.csv, exports/laporan-2019.md"))
    }

    @Test func wideTerminalsPutTheChartBesideTheTable() throws {
        let s = try session(width: 160, height: 48)
        // January, the busiest month, draws the bar across the room the terminal leaves (160 − 81
        // for the table − 2 − 9 for the labels: 68 columns); May (13 of 14) nearly so.
        let january = try #require(s.lines.first { $0.hasPrefix("Januari ") })
        #expect(january.hasSuffix("Jan " + String(repeating: "█", count: 68) + " 14"))
        let may = try #require(s.lines.first { $0.hasPrefix("Mei ") })
        #expect(may.hasSuffix("Mei " + String(repeating: "█", count: 63) + "▏ 13"))
        #expect(s.lines.contains { $0.contains("Magang: 7 dijawab, median 3, paling lama 3 hari kerja") })
    }

    @Test func theBoardSpeaksEnglishToo() throws {
        var s = try session()
        s.press(.char("L"))
        #expect(s.lines[3] == "Month      Walk-in Online Social Phone  Granted  Partial Refused  W/drawn   Open")
        #expect(s.lines[16].hasPrefix("Total"))
    }
}

/// Objections from the queue: `o` files one with its Pasal 35 grounds.
@Suite struct ObjectionFormTests {
    @Test func oOpensTheObjectionFormAndGroundsMustBeLettersAToG() throws {
        var s = Session()
        s.press(.char("o"))
        #expect(s.form?.spec(as: ObjectionForm.self)?.number == s.state.queue.selected)
        s.press(.tab)
        s.type("z")
        s.press(.function(2))
        #expect(s.form?[ObjectionForm.Field.grounds]?.error == Phrase(id: "huruf a sampai g, mis. a,c", en: "letters a to g, e.g. a,c"))
        s.press(.backspace)
        s.type("a, c")
        s.press(.function(2))
        guard case .confirm(let c)? = s.state.top else {
            Issue.record("expected the confirmation, got \(String(describing: s.state.top))")
            return
        }
        #expect(c.summary.contains { $0.id.contains("Alasan huruf c: permintaan tidak ditanggapi") })
        s.press(.char("y"))
        try s.performPending()
        let objection = try #require(s.env.ledger.objections.first?.objection)
        #expect(objection.number == "KEB-2026-001")
        #expect(objection.filed.grounds == [.a, .c])
        #expect(s.lines.contains { $0.contains("KEB-2026-001") && $0.contains("Keberatan") && $0.contains("30 hari") })
    }
}

/// The figures below the table drill down too: objections to their requests, samples to the board.
@Suite struct MonthBoardFigureDrillTests {
    @Test func theObjectionsFigureListsTheRequestsObjectedTo() throws {
        var s = Session()
        _ = try s.record(.fileObjection(request: "PPID-2026-003", receivedAt: Desk.now, grounds: [.c], agent: "", note: ""))
        s.press(.char("3"))
        let items = monthBoardItems(s.env.ledger, year: 2026, today: s.env.today)
        let index = try #require(items.firstIndex { $0.label.id.hasPrefix("Keberatan: 1 (ditanggapi 0, menunggu 1)") })
        while s.state.months.item < index { s.press(.down) }
        s.press(.enter)
        #expect(s.text.contains("Keberatan: 1 (ditanggapi 0, menunggu 1) (2026) — 1"))
        #expect(s.text.contains("PPID-2026-003"))
    }

    /// Issue 14 item 8: PPID-2026-003 is one working day past its deadline on 25 November and
    /// unanswered, so the board counts it beside "answered late: 0" and lists it.
    @Test func openRequestsPastTheirDeadlineAreCountedAndListed() throws {
        var s = Session()
        s.press(.char("3"))
        let items = monthBoardItems(s.env.ledger, year: 2026, today: s.env.today)
        #expect(items.contains { $0.label.id == "Dijawab terlambat: 0" })
        let index = try #require(items.firstIndex { $0.label.id == "Belum dijawab, lewat batas waktu (per 2026-11-25): 1" })
        #expect(items.contains { $0.label.en == "Not answered, past the deadline (as of 2026-11-25): 1" })
        while s.state.months.item < index { s.press(.down) }
        #expect(s.text.contains("Belum dijawab, lewat batas waktu (per 2026-11-25): 1"))
        s.press(.enter)
        #expect(s.text.contains("PPID-2026-003"))
        #expect(!s.text.contains("PPID-2026-004"))
        #expect(s.env.ledger.requests(matching: items[index].filter).map(\.number) == ["PPID-2026-003"])
    }

    @Test func objectionsPastTheirAnswerDeadlineAreCountedAndListed() throws {
        var env = Desk.environment()
        env.now = time("2027-02-01T10:00:00+07:00")
        var s = Session(env: env)
        // Filed Thu 5 Nov 2026: the answer was due in December.
        _ = try s.record(.fileObjection(request: "PPID-2026-001", receivedAt: time("2026-11-05T10:00:00+07:00"), grounds: [.d], agent: "", note: ""))
        let items = monthBoardItems(s.env.ledger, year: 2026, today: s.env.today)
        let item = try #require(items.first { $0.label.id.hasPrefix("Keberatan belum ditanggapi, lewat 30 hari kerja") })
        #expect(item.label.id.hasSuffix(": 1"))
        #expect(s.env.ledger.requests(matching: item.filter).map(\.number) == ["PPID-2026-001"])
    }

    @Test func theSamplesFigureOpensTheSampleListWithFinishedOnesToo() throws {
        var s = Session()
        s.press(.char("3"))
        let items = monthBoardItems(s.env.ledger, year: 2026, today: s.env.today)
        let index = try #require(items.firstIndex { $0.kind == .samples })
        while s.state.months.item < index { s.press(.down) }
        s.press(.enter)
        #expect(s.state.pane == .samples)
        #expect(s.state.samples.listView && s.state.samples.showClosed)
    }
}

/// The board's page is drawn once and scrolled and marked per key: what a key shows must be
/// what drawing the board from nothing shows, and the marked cells exactly the selection.
@Suite struct MonthBoardPageTests {
    /// The cells drawn in the selection's style, as (x, y).
    func marked(_ g: Grid) -> Set<[Int]> {
        var out = Set<[Int]>()
        for y in 2..<(g.height - 2) { for x in 0..<g.width where g[x: x, y: y].style == Theme.selected { out.insert([x, y]) } }
        return out
    }

    @Test func everyKeyShowsWhatAFreshDrawShows() throws {
        for (width, height) in [(80, 24), (130, 40)] {
            var s = Session(width: width, height: height)
            _ = try s.record(.fileObjection(request: "PPID-2026-003", receivedAt: Desk.now, grounds: [.c], agent: "", note: ""))
            s.press(.char("3"))
            let count = monthBoardItems(s.env.ledger, year: 2026, today: s.env.today).count
            var seen = 0
            for key in Array(repeating: Key.down, count: count + 6) + [.char("l"), .char("l"), .up, .up] + Array(repeating: Key.up, count: count) + [.char("l"), .down, .char("h")] {
                s.press(key)
                let fresh = AppEnvironment(ledger: s.env.ledger, now: s.env.now, officer: s.env.officer, officeName: s.env.officeName)
                #expect(s.screen == render(s.state, fresh), "\(width)×\(height) after \(key), item \(s.state.months.item)")
                #expect(!marked(s.screen).isEmpty, "the selection is marked")
                seen += 1
            }
            #expect(seen > 2 * count)
        }
    }

    @Test func aTableRowIsMarkedCellByCellAndAFigureWhole() throws {
        var s = Session(width: 80, height: 24)
        s.press(.char("3"))
        // Januari, whole row: the ten cells of the row and not the rules between them.
        let january = s.lines.firstIndex { $0.hasPrefix("Januari") }!
        #expect(marked(s.screen) == Set(MonthBoardView.widths.indices.flatMap { i in
            (0..<MonthBoardView.widths[i]).map { [MonthBoardView.columnX[i] + $0, january] }
        }))
        // One column chosen: only its cell.
        s.press(.char("l"), .char("l"))
        #expect(marked(s.screen) == Set((0..<MonthBoardView.widths[2]).map { [MonthBoardView.columnX[2] + $0, january] }))
        // A figure below the table: every column of its line but the margins.
        s.press(.char("h"), .char("h"))
        while s.state.months.item < 13 { s.press(.down) }
        let row = try #require(s.lines.firstIndex { $0.contains("Dijawab terlambat") })
        #expect(marked(s.screen) == Set((1..<79).map { [$0, row] }))
    }
}
