import Foundation
import Testing
@testable import PPIDModel

/// The ledger's views (the figures, the objection index) lie beside its decider state: the
/// rules read only the state, so with a view emptied the rules answer exactly as before.
@Suite struct DeciderViewSplitTests {
    var rec = Recorder()
    var ledger = Ledger(calendar: WorkingCalendar(timeZone: jakarta, holidays: holidays2019))

    init() throws {
        for number in ["PPID-2019-001", "PPID-2019-002"] {
            try ledger.apply(rec.record(registration(number, "2019-10-01T09:00:00+07:00"), at: time("2019-10-01T09:00:00+07:00")))
            try ledger.apply(rec.record(.requestDecided(RequestDecided(request: number, outcome: .rejected, ground: .exception(.h), noticeOn: day("2019-10-08"))), at: time("2019-10-08T10:00:00+07:00")))
        }
        let filed = Command.fileObjection(request: "PPID-2019-001", receivedAt: time("2019-10-14T10:00:00+07:00"), grounds: [.a], agent: "", note: "").events(in: ledger)
        try ledger.apply(rec.record(filed[0], at: time("2019-10-14T10:00:00+07:00")))
    }

    @Test mutating func anObjectionNumberGivenStaysTakenWithoutTheViews() throws {
        let given = try #require(ledger.objections.first?.objection.number)
        let next = ledger.nextObjectionNumber(year: 2019)
        ledger.objectionIndex = ObjectionIndex()
        // On another request: only the numbers in use know it is taken.
        let again = Event.objectionFiled(ObjectionFiled(request: "PPID-2019-002", objection: given, receivedAt: time("2019-10-15T10:00:00+07:00"), grounds: [.c]))
        #expect(throws: LedgerError.duplicateObjectionNumber(given)) { try ledger.apply(rec.record(again, at: time("2019-10-15T10:00:00+07:00"))) }
        #expect(ledger.nextObjectionNumber(year: 2019) == next)
        #expect(next != given)
    }

    @Test mutating func theViewsFollowEachEventAsItIsRecorded() throws {
        // The recap and the objection index are up to date after the event, with no recount.
        #expect(ledger.recap(year: 2019).total.count(.rejected) == 2)
        #expect(ledger.objections(receivedIn: 2019).count == 1)
        #expect(ledger.pendingObjections.count == 1)
    }
}
