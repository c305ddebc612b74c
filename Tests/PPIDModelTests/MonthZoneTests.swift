import Foundation
import Testing
@testable import PPIDModel

/// A request received at 00:30 on the 1st of a month counts in that month in the office's
/// zone (LAW §1), in every place that reads a month: the board's row, its drill-down, the
/// response times of a month, and quarter reports (issue 22). In UTC it is still the
/// previous day, so a read in the wrong zone moves it to the month before.
@Suite struct MonthZoneTests {
    static let zones: [(zone: String, receivedAt: String)] = [
        ("Asia/Jakarta", "2019-10-01T00:30:00+07:00"),
        ("Asia/Makassar", "2019-10-01T00:30:00+08:00"),
    ]

    func ledger(_ zone: String, _ receivedAt: String) throws -> Ledger {
        var rec = Recorder()
        var ledger = Ledger(calendar: WorkingCalendar(timeZone: TimeZone(identifier: zone)!, holidays: holidays2019))
        try ledger.apply(rec.record(registration("PPID-2019-001", receivedAt), at: time(receivedAt)))
        let decided = RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-10-02"))
        try ledger.apply(rec.record(.requestDecided(decided), at: time("2019-10-02T10:00:00+07:00")))
        return ledger
    }

    @Test(arguments: zones)
    func theMonthBoardRowAndItsDrillDownAgree(zone: String, receivedAt: String) throws {
        let l = try ledger(zone, receivedAt)
        #expect(l.recap(year: 2019).months[9].requesters == 1)
        #expect(l.recap(year: 2019).months[8].requesters == 0)
        #expect(l.requests(matching: RecapFilter(year: 2019, month: 10)).map(\.number) == ["PPID-2019-001"])
        #expect(l.requests(matching: RecapFilter(year: 2019, month: 9)).isEmpty)
        #expect(l.responseTimes(year: 2019, month: 10).days == [1])
        #expect(l.responseTimes(year: 2019, month: 9).days.isEmpty)
    }

    @Test(arguments: zones)
    func aQuarterReportCountsItInTheQuarterOfItsOfficeDay(zone: String, receivedAt: String) throws {
        let l = try ledger(zone, receivedAt)
        #expect(l.figures(ReportPeriod(text: "2019-Q4")!).responseTimes.days == [1])
        #expect(l.figures(ReportPeriod(text: "2019-Q3")!).responseTimes.days.isEmpty)
        #expect(l.figures(ReportPeriod(text: "2019-S2")!).responseTimes.days == [1])
        #expect(l.recapRows(ReportPeriod(text: "2019-Q4")!).total.requesters == 1)
    }
}
