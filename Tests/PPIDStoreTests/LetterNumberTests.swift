import Foundation
import PPIDModel
import PPIDTestSupport
import Testing
@testable import PPIDStore

/// Issue 21: a letter's own number, recorded in `letter.made`; lines from before stay readable.
@Suite struct LetterNumberTests {
    @Test func aLetterLineFromBeforeNumberingReplaysAsItWas() throws {
        let codec = EventCodec(timeZone: jakarta)
        let old = #"{"v":1,"id":"e1","at":"2024-03-20T10:00:00+07:00","by":"rina","type":"letter.made","request":"PPID-2024-001","letter":"notice","objection":"","file":"letters/PPID-2024-001-notice.docx"}"#
        let record = try Array(old.utf8).withUnsafeBufferPointer { b throws(EventCodec.Problem) in try codec.decode(b) }
        guard case .letterMade(let e) = record.event else { Issue.record("not a letter: \(record.event)"); return }
        #expect(e.number.isEmpty && e.series.isEmpty && e.sequence == 0 && e.replaces.isEmpty)
        #expect(String(decoding: codec.encode(record), as: UTF8.self) == old + "\n", "written back byte for byte")
    }

    @Test func aNumberedLetterLineKeepsItsNumberAndWhatItReplaces() throws {
        let codec = EventCodec(timeZone: jakarta)
        let made = LetterMade(request: "PPID-2024-001", letter: "notice", file: "letters/x.docx", number: "012/PPID/III/2024", series: "2024", sequence: 12, replaces: "009/PPID/III/2024")
        let record = EventRecord(id: "e2", at: Timestamp.parse("2024-03-20T10:00:00+07:00")!, by: "rina", event: .letterMade(made))
        let line = codec.encode(record)
        let back = try Array(line.dropLast()).withUnsafeBufferPointer { b throws(EventCodec.Problem) in try codec.decode(b) }
        #expect(back.event == .letterMade(made))
    }

    /// The next number follows the highest of its sequence, over every request, a new year
    /// starting again at 1; the month is a Roman numeral.
    @Test func theNextNumberFollowsTheHighestOfItsYear() throws {
        var ledger = Ledger(calendar: WorkingCalendar(timeZone: jakarta, holidays: []))
        func at(_ s: String) -> Date { Timestamp.parse(s)! }
        try ledger.apply(EventRecord(id: "r1", at: at("2024-03-01T09:00:00+07:00"), by: "t", event: .requestRegistered(RequestRegistered(
            request: "PPID-2024-001", receivedAt: at("2024-03-01T09:00:00+07:00"), channel: .walkIn,
            details: RequestDetails(requesterName: "A", category: .individual, topic: .testing, subject: "x")))))
        ledger.evolve(EventRecord(id: "l1", at: at("2024-03-02T09:00:00+07:00"), by: "t", event: .letterMade(LetterMade(
            request: "PPID-2024-001", letter: "receipt", file: "f", number: "041/PPID/III/2024", series: "2024", sequence: 41))))
        let plan = try ledger.letterNumber("notice", request: "PPID-2024-001", objection: "", numbering: .standard, now: at("2024-11-05T09:00:00+07:00"))
        #expect(plan.number == "042/PPID/XI/2024" && plan.sequence == 42 && plan.series == "2024" && !plan.isReprint && plan.replaces.isEmpty)
        let next = try ledger.letterNumber("notice", request: "PPID-2024-001", objection: "", numbering: .standard, now: at("2025-01-06T09:00:00+07:00"))
        #expect(next.number == "001/PPID/I/2025")
    }

    /// A receipt carries the day the request came in: printed on 5 January 2027 for a request
    /// of 30 December 2026 it is numbered in December 2026 (month, year and 2026's sequence),
    /// and 2027's sequence still starts at 1; printed again, it keeps number and date.
    @Test func aLetterDatedAnotherDayIsNumberedByTheDayItCarries() throws {
        var ledger = Ledger(calendar: WorkingCalendar(timeZone: jakarta, holidays: []))
        func at(_ s: String) -> Date { Timestamp.parse(s)! }
        try ledger.apply(EventRecord(id: "r1", at: at("2026-12-30T15:00:00+07:00"), by: "t", event: .requestRegistered(RequestRegistered(
            request: "PPID-2026-090", receivedAt: at("2026-12-30T15:00:00+07:00"), channel: .walkIn,
            details: RequestDetails(requesterName: "A", category: .individual, topic: .testing, subject: "x")))))
        ledger.evolve(EventRecord(id: "l1", at: at("2026-12-29T09:00:00+07:00"), by: "t", event: .letterMade(LetterMade(
            request: "PPID-2026-090", letter: "notice", file: "f", number: "211/PPID/XII/2026", series: "2026", sequence: 211))))
        let january = at("2027-01-05T09:00:00+07:00")
        let receipt = try ledger.letterNumber("receipt", request: "PPID-2026-090", objection: "", numbering: .standard, now: january, dated: day("2026-12-30"))
        #expect(receipt.number == "212/PPID/XII/2026" && receipt.series == "2026" && receipt.dated == day("2026-12-30"))
        let monthly = try #require(LetterNumbering(pattern: "{seq:3}/PPID/{month}/{year}"))
        #expect(try ledger.letterNumber("receipt", request: "PPID-2026-090", objection: "", numbering: monthly, now: january, dated: day("2026-12-30")).number == "212/PPID/12/2026")
        ledger.evolve(EventRecord(id: "l2", at: january, by: "t", event: .letterMade(receipt.record("receipt", request: "PPID-2026-090", objection: "", file: "g"))))
        let again = try ledger.letterNumber("receipt", request: "PPID-2026-090", objection: "", numbering: .standard, now: at("2027-01-06T09:00:00+07:00"), dated: day("2026-12-30"))
        #expect(again.isReprint && again.number == "212/PPID/XII/2026" && again.dated == day("2026-12-30"))
        #expect(try ledger.letterNumber("extension", request: "PPID-2026-090", objection: "", numbering: .standard, now: january).number == "001/PPID/I/2027")
    }
}
