import Foundation
import Testing
@testable import PPIDModel

/// Pasal 17 and 22(7): a decision may give several grounds; "not held" names the body that
/// holds the information; what was blacked out is recorded with its reason.
@Suite struct DecisionGroundsTests {
    @Test func aDecisionKeepsEveryGroundTheBodyHoldingItAndWhatWasBlackedOut() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-01T09:00:00+07:00")))
        try ledger.apply(rec.record(.lists(.testRecorded(consequenceTest(number: "DIK-001")))))
        let decided = RequestDecided(
            request: "PPID-2019-001", outcome: .partial, ground: .exception(.h), noticeOn: day("2019-10-08"),
            moreGrounds: [.notHeld], heldBy: "Dinas Perindustrian Provinsi Riau", redacted: "NIK pelanggan (Pasal 17 huruf h)", tests: ["DIK-001"]
        )
        #expect(refusal(of: .decide(decided), ledger, now: rec.now, by: "siti") == nil)
        try ledger.apply(rec.record(.requestDecided(decided)))
        let d = try #require(ledger["PPID-2019-001"]?.decision?.decided)
        #expect(d.grounds == [.exception(.h), .notHeld])
        #expect(d.heldBy == "Dinas Perindustrian Provinsi Riau")
        #expect(d.redacted == "NIK pelanggan (Pasal 17 huruf h)")
    }

    @Test func aGroundGivenTwiceOrAFurtherGroundWithoutAFirstIsRefused() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-01T09:00:00+07:00")))
        let twice = RequestDecided(request: "PPID-2019-001", outcome: .rejected, ground: .notHeld, noticeOn: day("2019-10-08"), moreGrounds: [.notHeld])
        #expect(refusal(of: .decide(twice), ledger, now: rec.now, by: "siti") == .groundsRepeated("PPID-2019-001"))
        let noFirst = RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-10-08"), moreGrounds: [.notHeld])
        #expect(refusal(of: .decide(noFirst), ledger, now: rec.now, by: "siti") == .groundsRepeated("PPID-2019-001"))
    }
}

/// A grant in full withholds nothing, so a Pasal 17 ground on it is refused (issue 22).
@Suite struct GrantWithoutGroundTests {
    @Test(arguments: [Ground.exception(.h), .notHeld, .notYetDocumented])
    func aGroundOnAGrantInFullIsRefused(ground: Ground) throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-01T09:00:00+07:00")))
        let granted = RequestDecided(request: "PPID-2019-001", outcome: .granted, ground: ground, noticeOn: day("2019-10-08"))
        #expect(refusal(of: .decide(granted), ledger, now: rec.now, by: "siti") == .groundOnGrant("PPID-2019-001"))
        #expect(throws: LedgerError.groundOnGrant("PPID-2019-001")) { try ledger.apply(rec.record(.requestDecided(granted))) }
        let plain = RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-10-08"))
        #expect(refusal(of: .decide(plain), ledger, now: rec.now, by: "siti") == nil)
    }
}

/// Issue 22: every ground of a decision is counted — in the year's tally, its recount, a
/// quarter, and the board's drill-down by ground.
@Suite struct EveryGroundCountedTests {
    @Test func aDecisionOnTwoGroundsCountsUnderEach() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        for (n, received) in [("PPID-2019-001", "2019-10-01T09:00:00+07:00"), ("PPID-2019-002", "2019-10-02T09:00:00+07:00")] {
            try ledger.apply(rec.record(registration(n, received)))
            try ledger.apply(rec.record(.requestDecided(RequestDecided(request: n, outcome: .partial, ground: .exception(.h), noticeOn: day("2019-10-08"), moreGrounds: [.notHeld]))))
        }
        for figures in [ledger.figures(year: 2019), ledger.recountFigures(year: 2019), ledger.figures(ReportPeriod(text: "2019-Q4")!)] {
            let counts = Dictionary(uniqueKeysWithValues: figures.grounds.map { ($0.ground, $0.count) })
            #expect(counts == [.exception(.h): 2, .notHeld: 2])
        }
        var notHeld = RecapFilter(year: 2019)
        notHeld.ground = .notHeld
        #expect(ledger.requests(matching: notHeld).count == 2)
    }
}
