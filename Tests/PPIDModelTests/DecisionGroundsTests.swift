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
        let decided = RequestDecided(
            request: "PPID-2019-001", outcome: .partial, ground: .exception(.h), noticeOn: day("2019-10-08"),
            moreGrounds: [.notHeld], heldBy: "Dinas Perindustrian Provinsi Riau", redacted: "NIK pelanggan (Pasal 17 huruf h)"
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
