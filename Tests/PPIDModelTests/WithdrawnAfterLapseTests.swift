import Foundation
import Testing
@testable import PPIDModel

/// Issue 22: a request withdrawn, undecided, after its deadline had passed was late all the
/// same: it stays in the late figures (the year's, a quarter's, the board's drill-down),
/// counted apart from late answers, since no notice gives it a response time.
@Suite struct WithdrawnAfterLapseTests {
    /// Received Tue 1 Oct 2019: day 10 is Tue 15 Oct.
    func ledger(withdrawnOn: String) throws -> Ledger {
        var rec = Recorder()
        var l = Ledger(calendar: wib)
        try l.apply(rec.record(registration("PPID-2019-001", "2019-10-01T09:00:00+07:00"), at: time("2019-10-01T09:00:00+07:00")))
        let at = time("\(withdrawnOn)T10:00:00+07:00")
        try l.apply(rec.record(.requestWithdrawn(RequestWithdrawn(request: "PPID-2019-001", withdrawnAt: at, reason: "Tidak diperlukan lagi")), at: at))
        return l
    }

    @Test(arguments: [("2019-10-15", 0), ("2019-10-16", 1)])
    func aWithdrawalAfterDay10StaysLate(withdrawnOn: String, lapsed: Int) throws {
        let l = try ledger(withdrawnOn: withdrawnOn)
        #expect(l.calendar.isWithdrawnAfterLapse(l["PPID-2019-001"]!) == (lapsed == 1))
        #expect(l.figures(year: 2019).withdrawnAfterLapse == lapsed)
        #expect(l.recountFigures(year: 2019).withdrawnAfterLapse == lapsed)
        #expect(l.figures(ReportPeriod(text: "2019-Q4")!).withdrawnAfterLapse == lapsed)
        #expect(l.figures(year: 2019).responseTimes.late == 0, "no notice: not a late answer")
        var late = RecapFilter(year: 2019)
        late.onlyLate = true
        #expect(l.requests(matching: late).count == lapsed)
    }

    @Test func aDecidedRequestWithdrawnLaterIsNotALapse() throws {
        var rec = Recorder()
        var l = Ledger(calendar: wib)
        try l.apply(rec.record(registration("PPID-2019-001", "2019-10-01T09:00:00+07:00"), at: time("2019-10-01T09:00:00+07:00")))
        try l.apply(rec.record(.requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-10-08"))), at: time("2019-10-08T10:00:00+07:00")))
        #expect(l.calendar.isWithdrawnAfterLapse(l["PPID-2019-001"]!) == false)
    }
}
