import Foundation
import Testing
@testable import PPIDModel

/// Pasal 22(8): one extension of 7 working days, given while the 10 days run; a notice is on
/// time against the deadline in force on its own date.
@Suite struct ExtensionRuleTests {
    /// Received Mon 7 Oct 2019 09:00: day 0 is the 7th, the 10 days end Mon 21 Oct, an
    /// extension moves the deadline to Wed 30 Oct.
    func requestOfSeventhOctober() throws -> (Ledger, Recorder) {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-07T09:00:00+07:00"), at: time("2019-10-07T09:00:00+07:00")))
        #expect(wib.deadlineDays(of: try #require(ledger["PPID-2019-001"])).inForce == day("2019-10-21"))
        return (ledger, rec)
    }

    @Test func anExtensionAfterTheOriginalDeadlineIsRefusedCitingTheArticle() throws {
        let (ledger, _) = try requestOfSeventhOctober()
        let late = Command.extend(RequestExtended(request: "PPID-2019-001", reason: "Arsip di gudang", on: day("2019-10-25")))
        let refused = refusal(of: late, ledger, now: time("2019-10-25T10:00:00+07:00"), by: "siti")
        #expect(refused == .extensionAfterDeadline("PPID-2019-001", on: day("2019-10-25"), deadline: day("2019-10-21")))
        #expect(refused?.message.id.contains("Pasal 22 ayat 8") == true)
        // Without a letter date, the day it is recorded stands for it: months later is refused too.
        let undated = Command.extend(RequestExtended(request: "PPID-2019-001", reason: "Arsip"))
        #expect(refusal(of: undated, ledger, now: time("2019-12-10T10:00:00+07:00"), by: "siti") == .extensionAfterDeadline("PPID-2019-001", on: day("2019-12-10"), deadline: day("2019-10-21")))
        // On the last day of the period it is allowed.
        let inTime = Command.extend(RequestExtended(request: "PPID-2019-001", reason: "Arsip", on: day("2019-10-21")))
        #expect(refusal(of: inTime, ledger, now: time("2019-10-21T15:00:00+07:00"), by: "siti") == nil)
    }

    @Test func aNoticeWithinTheExtendedPeriodIsOnTime() throws {
        var (ledger, rec) = try requestOfSeventhOctober()
        try ledger.apply(rec.record(.requestExtended(RequestExtended(request: "PPID-2019-001", reason: "Arsip", on: day("2019-10-18"))), at: time("2019-10-18T10:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-10-28"))), at: time("2019-10-28T10:00:00+07:00")))
        let r = try #require(ledger["PPID-2019-001"])
        #expect(wib.deadlineDays(of: r).inForce == day("2019-10-30"))
        #expect(wib.isOnTime(r) == true)
        #expect(ledger.figures(year: 2019).responseTimes.late == 0)
    }

    /// A log from before the rule: the extension recorded months after the deadline, and after
    /// the notice. It replays (a fact), but the notice is judged against the deadline in force
    /// on its date, the original one: late, and `check` warns of the extension.
    @Test func anExtensionRecordedAfterTheNoticeDoesNotMakeItOnTime() throws {
        var (ledger, rec) = try requestOfSeventhOctober()
        let notice = rec.record(.requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-10-28"))), at: time("2019-10-28T10:00:00+07:00"))
        let extended = rec.record(.requestExtended(RequestExtended(request: "PPID-2019-001", reason: "Arsip")), at: time("2019-12-10T10:00:00+07:00"))
        #expect(ledger.warnings(about: extended) == [.extensionAfterDeadline("PPID-2019-001", on: day("2019-12-10"), deadline: day("2019-10-21"))])
        ledger.evolve(extended)
        ledger.evolve(notice)
        let r = try #require(ledger["PPID-2019-001"])
        #expect(wib.isOnTime(r) == false)
        #expect(ledger.figures(year: 2019).responseTimes.late == 1)
        #expect(ledger.figures(year: 2019) == ledger.recountFigures(year: 2019))
    }
}
