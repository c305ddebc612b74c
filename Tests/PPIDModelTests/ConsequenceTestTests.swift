import Foundation
import Testing
@testable import PPIDModel

/// A consequence test for Pasal 17 `ground`, decided on `on`, as a PPID records it (LAW §3).
func consequenceTest(
    _ ground: Pasal17 = .h, number: String = "", on: String = "2019-10-01", until: String? = nil, reviewOn: String? = nil
) -> ConsequenceTest {
    ConsequenceTest(
        number: number, title: "Hasil uji sampel pelanggan", withheld: "Nama pelanggan dan angka hasil uji", ground: ground,
        law: ground == .j ? "UU 7/2014 Pasal 12" : "", ifOpened: "Rahasia pelanggan terbuka", ifClosed: "Rekap tanpa identitas tetap terbuka",
        publicInterest: "Perlindungan pelanggan lebih besar", until: until.map(day), reviewOn: reviewOn.map(day), unit: "Seksi Pelayanan Teknis",
        decisionNumber: "UK-01/PPID/2019", decidedOn: day(on), participants: "PPID, Kepala Seksi")
}

/// LAW §3: information is withheld only after a consequence test; a refusal on a Pasal 17
/// ground cites a test in force for that ground (the DIK), or records one with it.
@Suite struct ConsequenceTestTests {
    private func registered() throws -> (Ledger, Recorder) {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-01T09:00:00+07:00")))
        return (ledger, rec)
    }

    private func refusalOn(_ ground: Pasal17 = .h, tests: [String] = [], outcome: Outcome = .rejected, more: [Ground] = []) -> RequestDecided {
        RequestDecided(request: "PPID-2019-001", outcome: outcome, ground: .exception(ground), noticeOn: day("2019-10-08"), moreGrounds: more, tests: tests)
    }

    private func record(_ command: Command, _ ledger: inout Ledger, _ rec: inout Recorder) throws {
        for e in try decide(command, ledger, now: rec.now, by: "siti") { ledger.evolve(rec.record(e)) }
    }

    @Test func aRefusalOnAPasal17GroundWithoutATestIsRefused() throws {
        let (ledger, rec) = try registered()
        for outcome in [Outcome.rejected, .partial] {
            #expect(refusal(of: .decide(refusalOn(outcome: outcome)), ledger, now: rec.now, by: "siti") == .lists(.testRequired(request: "PPID-2019-001", .h)))
        }
        // Not held and not documented are no exemption: no test is asked for.
        let notHeld = RequestDecided(request: "PPID-2019-001", outcome: .rejected, ground: .notHeld, noticeOn: day("2019-10-08"))
        #expect(refusal(of: .decide(notHeld), ledger, now: rec.now, by: "siti") == nil)
    }

    @Test func aRefusalCitingATestInForceForItsGroundIsAccepted() throws {
        var (ledger, rec) = try registered()
        try record(.recordTest(consequenceTest()), &ledger, &rec)
        #expect(ledger.exemptionList(on: day("2019-10-08")).map(\.test.number) == ["DIK-001"])
        try record(.decide(refusalOn(tests: ["DIK-001"])), &ledger, &rec)
        #expect(ledger["PPID-2019-001"]?.decision?.decided.tests == ["DIK-001"])
    }

    @Test func aTestOfAnotherGroundDoesNotCoverTheRefusal() throws {
        var (ledger, rec) = try registered()
        try record(.recordTest(consequenceTest(.i)), &ledger, &rec)
        #expect(refusal(of: .decide(refusalOn(tests: ["DIK-001"])), ledger, now: rec.now, by: "siti") == .lists(.testOfOtherGround("DIK-001", .i)))
        // Two Pasal 17 grounds need a test each.
        #expect(refusal(of: .decide(refusalOn(.i, tests: ["DIK-001"], more: [.exception(.h)])), ledger, now: rec.now, by: "siti")
            == .lists(.testRequired(request: "PPID-2019-001", .h)))
    }

    @Test func aRefusalCitingARevokedTestIsRefusedNamingIt() throws {
        var (ledger, rec) = try registered()
        try record(.recordTest(consequenceTest()), &ledger, &rec)
        try record(.revokeTest(TestRevoked(test: "DIK-001", on: day("2019-10-07"), decisionNumber: "UK-09/PPID/2019", reason: "Sudah tidak rahasia")), &ledger, &rec)
        #expect(refusal(of: .decide(refusalOn(tests: ["DIK-001"])), ledger, now: rec.now, by: "siti") == .lists(.testRevoked("DIK-001", on: day("2019-10-07"))))
        #expect(ledger.exemptionList(on: day("2019-10-08")).isEmpty)
        // Revoked on the day after the notice: the refusal stood on it.
        var (later, rec2) = try registered()
        try record(.recordTest(consequenceTest()), &later, &rec2)
        try record(.revokeTest(TestRevoked(test: "DIK-001", on: day("2019-10-09"), decisionNumber: "UK-09/PPID/2019", reason: "Dicabut")), &later, &rec2)
        #expect(refusal(of: .decide(refusalOn(tests: ["DIK-001"])), later, now: rec2.now, by: "siti") == nil)
    }

    @Test func aRefusalCitingAnExpiredTestIsRefusedNamingIt() throws {
        var (ledger, rec) = try registered()
        try record(.recordTest(consequenceTest(.a, on: "2019-01-02", until: "2019-10-07")), &ledger, &rec)
        #expect(refusal(of: .decide(refusalOn(.a, tests: ["DIK-001"])), ledger, now: rec.now, by: "siti") == .lists(.testExpired("DIK-001", until: day("2019-10-07"))))
        // Its last day is still in force.
        var (edge, rec2) = try registered()
        try record(.recordTest(consequenceTest(.a, on: "2019-01-02", until: "2019-10-08")), &edge, &rec2)
        #expect(refusal(of: .decide(refusalOn(.a, tests: ["DIK-001"])), edge, now: rec2.now, by: "siti") == nil)
    }

    @Test func aTestDecidedAfterTheNoticeCannotBackIt() throws {
        var (ledger, rec) = try registered()
        try record(.recordTest(consequenceTest(on: "2019-10-09")), &ledger, &rec)
        #expect(refusal(of: .decide(refusalOn(tests: ["DIK-001"])), ledger, now: rec.now, by: "siti") == .lists(.testNotYetDecided("DIK-001", on: day("2019-10-09"))))
    }

    /// The decision form offers the tests matching the request's words first; with none
    /// matching, the latest test for a ground comes first (the one it cites unasked).
    @Test func theTestsMatchingARequestsWordsComeFirst() throws {
        var (ledger, rec) = try registered()
        var contract = consequenceTest(.h, on: "2019-09-02")
        contract.title = "Kontrak kerja sama laboratorium"
        contract.withheld = "Nilai kontrak mitra"
        try record(.recordTest(contract), &ledger, &rec)
        try record(.recordTest(consequenceTest(.h, on: "2019-09-03")), &ledger, &rec)
        let matched = ledger.exemptionTests(on: day("2019-10-08"), matching: "Salinan kontrak kerja sama laboratorium 2019")
        #expect(matched.map(\.number) == ["DIK-001", "DIK-002"])
        let unmatched = ledger.exemptionTests(on: day("2019-10-08"), matching: "Jadwal kalibrasi")
        #expect(unmatched.map(\.number) == ["DIK-002", "DIK-001"])
    }

    @Test func aTestRecordedWithTheDecisionJoinsTheDIK() throws {
        var (ledger, rec) = try registered()
        let events = try decide(.decideWithTest(refusalOn(), consequenceTest(on: "2019-10-08")), ledger, now: rec.now, by: "siti")
        #expect(events.count == 2)
        for e in events { ledger.evolve(rec.record(e)) }
        #expect(ledger.exemption("DIK-001")?.test.title == "Hasil uji sampel pelanggan")
        #expect(ledger["PPID-2019-001"]?.decision?.decided.tests == ["DIK-001"])
    }

    /// Pasal 20: each of the grounds a to f, and only those, is not permanent: a test on one
    /// of them names an end or a review date (the mutation check drops f from the list).
    @Test(arguments: Pasal17.allCases) func exactlyGroundsAToFNeedAPeriod(_ ground: Pasal17) throws {
        let (ledger, rec) = try registered()
        let expected: LedgerError? = "abcdef".contains(ground.rawValue) ? .lists(.periodRequired(ground)) : nil
        #expect(refusal(of: .recordTest(consequenceTest(ground)), ledger, now: rec.now, by: "siti") == expected)
        #expect(refusal(of: .recordTest(consequenceTest(ground, reviewOn: "2021-10-01")), ledger, now: rec.now, by: "siti") == nil)
    }

    @Test func groundsAToFNeedAPeriodAndJNamesItsLaw() throws {
        let (ledger, rec) = try registered()
        #expect(refusal(of: .recordTest(consequenceTest(.c)), ledger, now: rec.now, by: "siti") == .lists(.periodRequired(.c)))
        #expect(refusal(of: .recordTest(consequenceTest(.c, reviewOn: "2021-10-01")), ledger, now: rec.now, by: "siti") == nil)
        #expect(refusal(of: .recordTest(consequenceTest(.g)), ledger, now: rec.now, by: "siti") == nil)
        var j = consequenceTest(.j)
        j.law = " "
        #expect(refusal(of: .recordTest(j), ledger, now: rec.now, by: "siti") == .lists(.lawRequired))
        #expect(refusal(of: .recordTest(consequenceTest(.c, until: "2019-10-01")), ledger, now: rec.now, by: "siti") == .lists(.periodBeforeDecision("DIK-001")))
        var blank = consequenceTest()
        blank.publicInterest = ""
        #expect(refusal(of: .recordTest(blank), ledger, now: rec.now, by: "siti")
            == .lists(.requiredFieldEmpty(Phrase(id: "Pertimbangan kepentingan publik", en: "The public-interest weighing"))))
        var atRequest = consequenceTest()
        atRequest.trigger = .atRequest
        atRequest.triggerReference = "PPID-2019-404"
        #expect(refusal(of: .recordTest(atRequest), ledger, now: rec.now, by: "siti") == .lists(.unknownTriggerRequest("PPID-2019-404")))
    }

    @Test func aCorrectionNamesWhatItChangesAndARevocationEndsTheEntry() throws {
        var (ledger, rec) = try registered()
        try record(.recordTest(consequenceTest()), &ledger, &rec)
        var fixed = consequenceTest(number: "DIK-001")
        #expect(refusal(of: .correctTest(fixed, reason: "Salah ketik"), ledger, now: rec.now, by: "siti") == .lists(.nothingChanged("DIK-001")))
        fixed.withheld = "Nama pelanggan"
        fixed.reviewOn = day("2022-01-03")
        let events = try decide(.correctTest(fixed, reason: "Bagian dipersempit"), ledger, now: rec.now, by: "siti")
        guard case .lists(.testCorrected(let c))? = events.first else { Issue.record("no correction"); return }
        #expect(c.changes == ["withheld", "review_on"])
        for e in events { ledger.evolve(rec.record(e)) }
        #expect(ledger.exemption("DIK-001")?.test.withheld == "Nama pelanggan")
        #expect(ledger.exemption("DIK-001")?.history.count == 2)
        try record(.revokeTest(TestRevoked(test: "DIK-001", on: day("2019-12-02"), decisionNumber: "UK-09", reason: "Dibuka")), &ledger, &rec)
        #expect(refusal(of: .correctTest(consequenceTest(number: "DIK-001"), reason: "x"), ledger, now: rec.now, by: "siti") == .lists(.testAlreadyRevoked("DIK-001", on: day("2019-12-02"))))
        #expect(ledger.exemptionList(on: day("2019-12-02")).isEmpty)
        #expect(ledger.exemptionList(on: day("2019-12-01")).count == 1)
    }

    @Test func aTestReachingItsReviewDateOrEndIsFlagged() throws {
        var (ledger, rec) = try registered()
        try record(.recordTest(consequenceTest(.a, reviewOn: "2019-12-02")), &ledger, &rec)
        try record(.recordTest(consequenceTest(.b, until: "2019-12-31")), &ledger, &rec)
        #expect(ledger.exemptionsNeedingReview(on: day("2019-12-01")).isEmpty)
        #expect(ledger.exemptionsNeedingReview(on: day("2019-12-02")).map(\.test.number) == ["DIK-001"])
        #expect(ledger.exemptionsNeedingReview(on: day("2019-12-31")).map(\.test.number) == ["DIK-001", "DIK-002"])
    }

    @Test func anImportedRegistersRefusalNeedsNoTest() throws {
        let (ledger, rec) = try registered()
        var imported = refusalOn()
        imported.fromRegister = true
        #expect(refusal(of: .decide(imported), ledger, now: rec.now, by: "siti") == nil)
    }
}

/// LAW §8: the DIP is set and updated by events, so the list as of any day can be shown and
/// the changes between two days listed; a new request's words find the entries it matches.
@Suite struct PublicListTests {
    func entry(_ n: String, _ summary: String, kind: PublicKind = .anyTime) -> PublicEntry {
        PublicEntry(number: n, summary: summary, unit: "Seksi", responsible: "Kasi", madeWhen: "2019", madeWhere: "Pekanbaru", form: .both, retention: "5 tahun", kind: kind)
    }

    @Test func theDIPAsOfADayAndItsChangesBetweenTwoDays() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        func record(_ c: Command) throws {
            for e in try decide(c, ledger, now: rec.now, by: "siti") { ledger.evolve(rec.record(e)) }
        }
        try record(.decidePublicList(PublicListDecided(decisionNumber: "01/KEP/PPID/2019", on: day("2019-01-02"))))
        try record(.setPublicEntry(entry("DIP-001", "Tarif pengujian"), on: day("2019-01-02")))
        try record(.setPublicEntry(entry("DIP-002", "Jadwal kalibrasi"), on: day("2019-03-01")))
        #expect(refusal(of: .setPublicEntry(entry("DIP-001", "Tarif pengujian"), on: day("2019-04-01")), ledger, now: rec.now, by: "siti") == .lists(.entryUnchanged("DIP-001")))
        try record(.setPublicEntry(entry("DIP-001", "Tarif dan lama pengujian", kind: .periodic), on: day("2019-06-03")))
        try record(.removePublicEntry(PublicEntryRemoved(entry: "DIP-002", on: day("2019-09-02"), reason: "Digabung ke DIP-001")))
        #expect(ledger.publicList(on: day("2019-02-01")).map(\.summary) == ["Tarif pengujian"])
        #expect(ledger.publicList(on: day("2019-07-01")).map(\.summary) == ["Tarif dan lama pengujian", "Jadwal kalibrasi"])
        #expect(ledger.publicList.map(\.number) == ["DIP-001"])
        let changes = ledger.publicListChanges(after: day("2019-02-01"), through: day("2019-12-31"))
        #expect(changes.map(\.entry) == ["DIP-002", "DIP-001", "DIP-002"])
        guard case .publicEntrySet(let update) = changes[1] else { Issue.record("no update"); return }
        #expect(update.changes == ["summary", "kind"])
        #expect(ledger.publicListDecisions.map(\.decisionNumber) == ["01/KEP/PPID/2019"])
        #expect(refusal(of: .removePublicEntry(PublicEntryRemoved(entry: "DIP-002", on: day("2019-10-01"), reason: "x")), ledger, now: rec.now, by: "siti") == .lists(.entryAlreadyRemoved("DIP-002")))
        // A request answered from the DIP names a listed entry.
        ledger.evolve(rec.record(registration("PPID-2019-001", "2019-10-01T09:00:00+07:00")))
        let fromRemoved = RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-10-01"), publicEntry: "DIP-002")
        #expect(refusal(of: .decide(fromRemoved), ledger, now: rec.now, by: "siti") == .lists(.unknownEntry("DIP-002")))
        var fromListed = fromRemoved
        fromListed.publicEntry = "DIP-001"
        #expect(refusal(of: .decide(fromListed), ledger, now: rec.now, by: "siti") == nil)
    }

    @Test func aRequestsWordsFindTheDIPEntriesTheyMatch() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        for (n, s) in [("DIP-001", "Tarif pengujian kadar air"), ("DIP-002", "Jadwal kalibrasi timbangan"), ("DIP-003", "Laporan tahunan PPID")] {
            for e in try decide(.setPublicEntry(entry(n, s), on: day("2019-01-02")), ledger, now: rec.now, by: "siti") { ledger.evolve(rec.record(e)) }
        }
        #expect(ledger.publicEntries(matching: "Mohon salinan TARIF pengujian air sungai").map(\.number) == ["DIP-001"])
        #expect(ledger.publicEntries(matching: "Kalibrasi timbangan 500 kg").map(\.number) == ["DIP-002"])
        #expect(ledger.publicEntries(matching: "data informasi tahun 2019").isEmpty, "common words match nothing")
    }
}
