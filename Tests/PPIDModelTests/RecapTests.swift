import Foundation
import Testing
@testable import PPIDModel

@Suite struct RecapTests {
    @Test func monthsFollowTheOfficeZoneAndOutcomesSkipWithdrawnAndOpen() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        // 17:30Z on 30 September is 00:30 WIB on 1 October: an October request.
        try ledger.apply(rec.record(registration("A", "2019-09-30T17:30:00Z", channel: .online)))
        try ledger.apply(rec.record(registration("B", "2019-06-26T17:29:00+07:00", channel: .phone)))
        try ledger.apply(rec.record(.requestWithdrawn(RequestWithdrawn(request: "B", withdrawnAt: time("2019-06-28T09:45:00+07:00")))))
        try ledger.apply(rec.record(registration("C", "2019-06-10T09:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "C", outcome: .partial, ground: .exception(.b), noticeOn: day("2019-06-12")))))
        try ledger.apply(rec.record(registration("D", "2019-06-11T09:00:00+07:00", channel: .socialMedia)))

        let recap = ledger.recap(year: 2019)
        #expect(recap.months[8].requesters == 0)
        #expect(recap.months[9].count(.online) == 1)
        #expect(recap.months[9].open == 1)
        let june = recap.months[5]
        #expect(june.requesters == 3)
        #expect(june.count(.phone) == 1 && june.count(.walkIn) == 1 && june.count(.socialMedia) == 1)
        #expect(june.count(.partial) == 1)
        #expect(june.count(.granted) == 0)
        #expect(june.withdrawn == 1)
        #expect(june.open == 1)
        #expect(recap.total.requesters == 4)
        #expect(ledger.years == [2019])
    }

    @Test func responseTimesAreWorkingDaysFromDayZero() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        // Received after hours, answered within the hour: 0 days, not negative.
        try ledger.apply(rec.record(registration("A", "2019-01-10T18:18:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "A", outcome: .granted, noticeOn: day("2019-01-10")))))
        // Day 0 Tue 28 May; notice Thu 20 June is day 11: late.
        try ledger.apply(rec.record(registration("B", "2019-05-28T10:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "B", outcome: .granted, noticeOn: day("2019-06-20")))))
        // Day 0 Mon 14 Oct; notice Wed 16 Oct: 2 days.
        try ledger.apply(rec.record(registration("C", "2019-10-14T10:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "C", outcome: .granted, noticeOn: day("2019-10-16")))))

        let times = ledger.responseTimes(year: 2019)
        #expect(times.days == [0, 2, 11])
        #expect(times.median == 2)
        #expect(times.longest == 11)
        #expect(times.late == 1)
        #expect(times.bands == [2, 0, 0, 1, 0])
        #expect(ledger.responseTimes(year: 2019, month: 10).days == [2])
    }
}
