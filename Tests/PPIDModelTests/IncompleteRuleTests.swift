import Foundation
import Testing
@testable import PPIDModel

/// LAW §2 (SOP): an incomplete request may be sent back only while its original 10 days run
/// (configurable); declared complete, its count starts again from that day.
@Suite struct IncompleteRuleTests {
    /// Received Mon 7 Oct 2019: the 10 days end Mon 21 Oct.
    func ledger(_ cal: WorkingCalendar) throws -> (Ledger, Recorder) {
        var rec = Recorder()
        var ledger = Ledger(calendar: cal)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-10-07T09:00:00+07:00"), at: time("2019-10-07T09:00:00+07:00")))
        return (ledger, rec)
    }

    @Test func sendingBackIsRefusedAfterTheOriginalDeadlineUnlessTheOfficeAllowsIt() throws {
        let back = Command.returnIncomplete(RequestReturnedIncomplete(request: "PPID-2019-001", missing: "Fotokopi KTP"))
        let (strict, _) = try ledger(wib)
        #expect(refusal(of: back, strict, now: time("2019-10-21T15:00:00+07:00"), by: "siti") == nil, "the last day of the period")
        let late = refusal(of: back, strict, now: time("2019-10-22T09:00:00+07:00"), by: "siti")
        #expect(late == .returnAfterDeadline("PPID-2019-001", deadline: day("2019-10-21")))
        #expect(late?.message.id.contains("return_only_before_deadline") == true)
        let lenient = WorkingCalendar(timeZone: jakarta, holidays: holidays2019, returnOnlyBeforeDeadline: false)
        let (open, _) = try ledger(lenient)
        #expect(refusal(of: back, open, now: time("2019-10-22T09:00:00+07:00"), by: "siti") == nil)
    }

    @Test func declaredCompleteTheCountStartsAgainFromThatDay() throws {
        var (l, rec) = try ledger(wib)
        try l.apply(rec.record(.requestReturnedIncomplete(RequestReturnedIncomplete(request: "PPID-2019-001", missing: "KTP")), at: time("2019-10-08T09:00:00+07:00")))
        try l.apply(rec.record(.requestDeclaredComplete(RequestDeclaredComplete(request: "PPID-2019-001", completedAt: time("2019-10-15T10:00:00+07:00"))), at: time("2019-10-15T10:00:00+07:00")))
        let r = try #require(l["PPID-2019-001"])
        let deadline = wib.deadline(of: r)
        #expect(deadline.countsFromCompletion)
        #expect(deadline.start.day == day("2019-10-15"))
        #expect(deadline.original == day("2019-10-29"))
    }
}

/// Issue 22: declared complete, a request no longer waits, but what was missing stays known
/// for the register's "Kekurangan" column.
@Suite struct ReturnedForTests {
    @Test func whatWasMissingOutlivesTheDeclarationOfCompleteness() throws {
        var rec = Recorder()
        var l = Ledger(calendar: wib)
        try l.apply(rec.record(registration("PPID-2019-001", "2019-10-07T09:00:00+07:00"), at: time("2019-10-07T09:00:00+07:00")))
        try l.apply(rec.record(.requestReturnedIncomplete(RequestReturnedIncomplete(request: "PPID-2019-001", missing: "Fotokopi KTP")), at: time("2019-10-08T09:00:00+07:00")))
        try l.apply(rec.record(.requestDeclaredComplete(RequestDeclaredComplete(request: "PPID-2019-001", completedAt: time("2019-10-10T09:00:00+07:00"))), at: time("2019-10-10T09:00:00+07:00")))
        let r = try #require(l["PPID-2019-001"])
        #expect(r.missing == nil)
        #expect(r.returnedFor == "Fotokopi KTP")
    }
}
