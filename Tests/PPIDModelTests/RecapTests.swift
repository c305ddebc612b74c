import Foundation
import Testing
@testable import PPIDModel

@Suite struct RecapTests {
    @Test func monthsFollowTheOfficeZoneAndOutcomesSkipWithdrawnAndOpen() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        // 17:30Z on 30 September is 00:30 WIB on 1 October: an October request.
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-09-30T17:30:00Z", channel: .online)))
        try ledger.apply(rec.record(registration("PPID-2019-002", "2019-06-26T17:29:00+07:00", channel: .phone)))
        try ledger.apply(rec.record(.requestWithdrawn(RequestWithdrawn(request: "PPID-2019-002", withdrawnAt: time("2019-06-28T09:45:00+07:00")))))
        try ledger.apply(rec.record(registration("PPID-2019-003", "2019-06-10T09:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "PPID-2019-003", outcome: .partial, ground: .exception(.b), noticeOn: day("2019-06-12")))))
        try ledger.apply(rec.record(registration("PPID-2019-004", "2019-06-11T09:00:00+07:00", channel: .socialMedia)))

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
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-01-10T18:18:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "PPID-2019-001", outcome: .granted, noticeOn: day("2019-01-10")))))
        // Day 0 Tue 28 May; notice Thu 20 June is day 11: late.
        try ledger.apply(rec.record(registration("PPID-2019-002", "2019-05-28T10:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "PPID-2019-002", outcome: .granted, noticeOn: day("2019-06-20")))))
        // Day 0 Mon 14 Oct; notice Wed 16 Oct: 2 days.
        try ledger.apply(rec.record(registration("PPID-2019-003", "2019-10-14T10:00:00+07:00")))
        try ledger.apply(rec.record(.requestDecided(RequestDecided(request: "PPID-2019-003", outcome: .granted, noticeOn: day("2019-10-16")))))

        let times = ledger.responseTimes(year: 2019)
        #expect(times.days == [0, 2, 11])
        #expect(times.median == 2)
        #expect(times.longest == 11)
        #expect(times.late == 1)
        #expect(times.bands == [2, 0, 0, 1, 0])
        #expect(ledger.responseTimes(year: 2019, month: 10).days == [2])
    }

    /// The figures kept event by event equal a recount after every event: decisions with
    /// grounds, extensions, withdrawals, undos, a correction that moves a request to another
    /// year and topic, a voided registration.
    @Test mutating func theTallyEqualsARecountAfterEveryEvent() throws {
        var rec = Recorder()
        rec.now = time("2020-06-01T12:00:00+07:00")
        var ledger = Ledger(calendar: wib)
        func check(sourceLocation: SourceLocation = #_sourceLocation) {
            for year in [2018, 2019, 2020] {
                #expect(ledger.figures(year: year) == ledger.recountFigures(year: year), "\(year)", sourceLocation: sourceLocation)
            }
        }
        func apply(_ e: Event) throws {
            try ledger.apply(rec.record(e))
            check()
        }
        let grounds: [Ground?] = [nil, .exception(.h), .notHeld, .exception(.a), .notYetDocumented, nil]
        for i in 1...24 {
            let number = String(format: "PPID-2019-%03d", i)
            let month = 1 + i % 12
            let received = String(format: "2019-%02d-%02dT%02d:00:00+07:00", month, 3 + i % 20, 8 + i % 10)
            try apply(.requestRegistered(RequestRegistered(request: number, receivedAt: time(received), channel: Channel.allCases[i % 4],
                                                           details: RequestDetails(requesterName: "N\(i)", category: .individual, topic: Topic.allCases[i % 6], subject: "S"))))
            if i % 3 == 0 { try apply(.requestExtended(RequestExtended(request: number, reason: "r", on: wib.day(of: time(received))))) }
            if i % 7 == 0 {
                try apply(.requestWithdrawn(RequestWithdrawn(request: number, withdrawnAt: time(received).addingTimeInterval(3600))))
                continue
            }
            let notice = wib.adding(workingDays: i % 19, to: wib.day(of: time(received)))
            let g = grounds[i % grounds.count]
            let outcome: Outcome = g == nil ? .granted : (i % 2 == 0 ? .partial : .rejected)
            try apply(.requestDecided(RequestDecided(request: number, outcome: outcome, ground: g, noticeOn: notice)))
        }
        // Undo a decision, then decide again otherwise.
        let decision = try #require(try ledger.history(of: "PPID-2019-005").last)
        try apply(.eventUndone(EventUndone(request: "PPID-2019-005", undoes: decision.id)))
        try apply(.requestDecided(RequestDecided(request: "PPID-2019-005", outcome: .rejected, ground: .exception(.c), noticeOn: day("2019-12-30"))))
        // A correction moves R8 into 2018 and another topic. The rules refuse that now (issue
        // 20: a number's year is its year of receipt), but a log written before may hold it:
        // replayed as the fact it is, the tally follows it.
        let reg = try #require(try ledger.history(of: "PPID-2019-008").first)
        var moved = try #require(ledger["PPID-2019-008"]).details
        moved.topic = .internship
        let correction = rec.record(.requestCorrected(RequestCorrected(request: "PPID-2019-008", corrects: reg.id, receivedAt: time("2018-12-28T09:00:00+07:00"), channel: .phone, details: moved)))
        #expect(throws: LedgerError.numberOfAnotherYear("PPID-2019-008", year: 2019, received: 2018)) { try ledger.check([correction]) }
        ledger.evolve(correction)
        check()
        // Undoing a registration voids the request.
        try apply(registration("PPID-2019-099", "2019-11-11T09:00:00+07:00"))
        let r99 = try #require(try ledger.history(of: "PPID-2019-099").first)
        try apply(.eventUndone(EventUndone(request: "PPID-2019-099", undoes: r99.id)))
        #expect(ledger.figures(year: 2018).responseTimes.count == 1)
        #expect(ledger.figures(year: 2019).extensions > 0)
    }

    /// Online requests voided as spam are counted apart, by month of receipt; a registration
    /// undone for another reason is voided but is not spam, and neither is in table 2.6.1.
    @Test func spamVoidedOnlineRequestsAreCountedApart() throws {
        var rec = Recorder()
        var ledger = Ledger(calendar: wib)
        try ledger.apply(rec.record(registration("PPID-2019-001", "2019-03-04T09:00:00+07:00", channel: .online)))
        try ledger.apply(rec.record(registration("PPID-2019-002", "2019-03-05T09:00:00+07:00", channel: .online)))
        try ledger.apply(rec.record(registration("PPID-2019-003", "2019-07-01T09:00:00+07:00", channel: .online)))
        try ledger.apply(rec.record(registration("PPID-2019-004", "2019-07-02T09:00:00+07:00")))
        for (number, reason) in [("PPID-2019-001", "spam: iklan"), ("PPID-2019-003", "spam: acak"), ("PPID-2019-004", "salah catat")] {
            let reg = try #require(try ledger.history(of: number).first)
            try ledger.apply(rec.record(.eventUndone(EventUndone(request: number, undoes: reg.id, reason: reason))))
        }
        #expect(ledger["PPID-2019-004"]?.voided == true)
        #expect(ledger["PPID-2019-004"]?.voidedAsSpam == false)
        #expect(ledger.spamVoided(ReportPeriod(year: 2019)) == 2)
        #expect(ledger.spamVoided(ReportPeriod(year: 2019, months: 1...6)) == 1)
        #expect(ledger.spamVoided(ReportPeriod(year: 2020)) == 0)
        #expect(ledger.recap(year: 2019).total.requesters == 1)
    }
}
