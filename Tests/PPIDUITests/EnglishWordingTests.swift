import PPIDModel
import PPIDUI
import Testing

/// English counts agree with their number ("1 working day", "2 working days"), and the
/// queue's count reads as English ("6 rows in all", not "6 in all rows").
@Suite struct EnglishWordingTests {
    @Test func oneOpenRowIsSingular() throws {
        var s = Session(language: .english)
        s.press(.char("/"))
        s.type("PPID-2026-003")
        s.press(.enter)
        #expect(s.lines[1].hasSuffix("1 open row"), "\(s.lines[1])")
    }

    @Test func closedRowsShownTooAreCountedInAll() throws {
        var s = Session(language: .english)
        s.press(.char("a"))
        #expect(s.lines[1].hasSuffix(" rows in all"), "\(s.lines[1])")
        #expect(!s.lines[1].contains("in all rows"))
    }

    @Test func overdueByOneWorkingDay() {
        var s = Session(language: .english, height: 40)
        s.state.queue.selected = "PPID-2026-003"
        s.press(.enter)
        #expect(s.text.contains("OVERDUE by 1 working day."), "\(s.text)")
        #expect(!s.text.contains("1 working days"))
    }

    @Test func anObjectionOnOneGroundNamesOneLetter() throws {
        var s = Session(language: .english, width: 120, height: 40)
        _ = try s.record(
            .fileObjection(request: "PPID-2026-007", receivedAt: Desk.now, grounds: [.a], agent: "", note: ""))
        s.state.queue.selected = "PPID-2026-007"
        s.press(.enter)
        for _ in 0..<30 { s.press(.down) }
        #expect(s.text.contains("Art. 35 letter a)"), "\(s.text)")
        #expect(s.text.contains("grounds Art. 35(1) letter a"), "\(s.text)")
        #expect(!s.text.contains("letters a"))
    }

    @Test func countsAgreeWithTheirNumber() {
        #expect(English.count(1, "working day") == "1 working day")
        #expect(English.count(0, "working day") == "0 working days")
        #expect(English.count(2, "sample") == "2 samples")
        #expect(English.letters(["a"]) == "letter a")
        #expect(English.letters(["a", "c"]) == "letters a, c")
    }
}

extension EnglishWordingTests {
    /// The month board's figures per topic: "longest 1 working day" when it is one.
    @Test func theBoardsLongestIsSingularForOneDay() throws {
        var s = Session(language: .english, width: 160, height: 60)
        _ = try s.record(.decide(RequestDecided(request: "PPID-2026-007", outcome: .granted, ground: nil, noticeOn: day("2026-11-24"))))
        s.press(.char("3"))
        let line = try #require(s.lines.first { $0.contains("answered, median") && $0.contains("Other") }, "\(s.text)")
        #expect(line.hasSuffix("longest 1 working day"), "\(line)")
    }
}
