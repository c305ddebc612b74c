import Foundation
import Testing
@testable import PPIDModel

/// Issue 14 item 6: open deadlines that count through a year the holiday table does not cover.
@Suite struct HolidayCoverageTests {
    let calendar = WorkingCalendar(timeZone: jakarta, holidays: holidays2019, coveredYears: [2019])

    @Test func aDeadlineRunningIntoAnUncoveredYearIsNamed() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: calendar)
        // Day 0 Fri 20 Dec 2019: ten working days (24, 25 Dec off) run into January 2020.
        try ledger.apply(rec.record(registration("PPID-2019-100", "2019-12-20T09:00:00+07:00")))
        try ledger.apply(rec.record(registration("PPID-2019-050", "2019-10-01T09:00:00+07:00")))
        let gaps = ledger.holidayCoverageGaps(today: day("2019-12-20"))
        #expect(gaps == [HolidayCoverageGap(year: 2020, numbers: ["PPID-2019-100"])])
        // On 1 December only a new request's deadline (17 working days at most) stays in 2019.
        #expect(Ledger(calendar: calendar).holidayCoverageGaps(today: day("2019-12-02")).isEmpty)
        // A request received on 16 December could be extended into 2020.
        #expect(Ledger(calendar: calendar).holidayCoverageGaps(today: day("2019-12-16")) == [HolidayCoverageGap(year: 2020, numbers: [])])
    }

    @Test func aCalendarThatDoesNotKnowItsYearsWarnsOfNothing() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-100", "2019-12-20T09:00:00+07:00")))
        #expect(ledger.holidayCoverageGaps(today: day("2019-12-20")).isEmpty)
        #expect(wib.uncoveredYears(from: day("2019-12-20"), to: day("2021-01-10")).isEmpty)
    }
}
