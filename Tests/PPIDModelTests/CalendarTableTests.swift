import Foundation
import Testing
@testable import PPIDModel

/// The counted working days and the settled UTC offset give what walking day by day and asking
/// the time zone give, inside the counted span, across its edges and outside it.
@Suite struct CalendarTableTests {
    /// A calendar with holidays near the table's edges as well as 2019's.
    let calendar = WorkingCalendar(timeZone: jakarta, holidays: holidays2019 + [
        Holiday(date: day("1970-01-02"), name: "first", kind: .office),
        Holiday(date: day("2100-12-31"), name: "last", kind: .office),
        Holiday(date: day("2101-01-03"), name: "beyond", kind: .office),
        Holiday(date: day("1969-12-31"), name: "before", kind: .office),
    ])

    var probes: [CivilDate] {
        var days = (-40...40).map { CivilDate(ordinal: $0) }  // around 1970-01-01
        let end = day("2100-12-31").ordinal
        days += (end - 40...end + 40).map { CivilDate(ordinal: $0) }
        days += (0..<800).map { day("2019-01-01").adding(days: $0) }
        days += stride(from: -3000, to: 60_000, by: 97).map { CivilDate(ordinal: $0) }
        return days
    }

    @Test func addingWorkingDaysMatchesTheWalk() {
        for d in probes {
            for n in [0, 1, 2, 3, 7, 10, 14, 17, 30, 100, 400] {
                #expect(calendar.adding(workingDays: n, to: d) == calendar.walk(workingDays: n, from: d), "\(d) + \(n)")
            }
            #expect(calendar.nextWorkingDay(after: d) == calendar.walk(workingDays: 1, from: d))
            #expect(calendar.isWorkingDay(d) == (calendar.dayOff(d) == nil), "\(d)")
        }
    }

    @Test func countingWorkingDaysMatchesTheWalk() {
        let days = probes
        for (i, a) in days.enumerated() {
            for b in [days[(i * 7 + 3) % days.count], a.adding(days: 1), a.adding(days: 13), a.adding(days: -20), a.adding(days: 500)] {
                let expected = a <= b ? calendar.walkCount(from: a, to: b) : -calendar.walkCount(from: b, to: a)
                #expect(calendar.workingDays(from: a, to: b) == expected, "\(a) → \(b)")
            }
        }
    }

    @Test(arguments: ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Europe/Berlin", "America/Sao_Paulo", "Africa/Casablanca", "Pacific/Apia", "Australia/Lord_Howe", "UTC"])
    func theOffsetIsTheZonesAtEveryMoment(_ id: String) throws {
        let zone = try #require(TimeZone(identifier: id))
        let c = WorkingCalendar(timeZone: zone, holidays: [])
        // Every 3 hours from 1960 to 2110 (covering transitions), and around each transition.
        var t = try #require(Timestamp.parse("1960-01-01T00:00:00Z"))
        let end = try #require(Timestamp.parse("2110-01-01T00:00:00Z"))
        while t < end {
            #expect(c.offset(at: t) == zone.secondsFromGMT(for: t), "\(id) at \(t)")
            t = t.addingTimeInterval(3 * 3600 + 17)
        }
        var s = try #require(Timestamp.parse("1969-01-01T00:00:00Z"))
        for _ in 0..<400 {
            guard let next = zone.nextDaylightSavingTimeTransition(after: s), next < end else { break }
            for dt in [-3601.0, -1, 0, 1, 3601] {
                let at = next.addingTimeInterval(dt)
                #expect(c.offset(at: at) == zone.secondsFromGMT(for: at), "\(id) at \(at)")
            }
            s = next
        }
    }
}

/// The dates-only deadline gives the dates of the explained one.
@Suite struct DeadlineDaysTests {
    @Test(arguments: [true, false])
    func theDatesMatchTheExplainedDeadline(afterHoursNextDay: Bool) throws {
        let cal = WorkingCalendar(timeZone: jakarta, holidays: holidays2019, afterHoursCountsNextDay: afterHoursNextDay)
        var ledger = Ledger(calendar: cal)
        var rec = Recorder()
        var t = time("2019-01-01T00:17:00+07:00")
        var n = 0
        while t < time("2020-01-20T00:00:00+07:00") {
            n += 1
            let number = RegistrationNumbering.standard.format(year: cal.day(of: t).year, sequence: n)
            try ledger.apply(rec.record(.requestRegistered(RequestRegistered(request: number, receivedAt: t, channel: .walkIn, details: details())), at: t.addingTimeInterval(60)))
            if n % 3 == 0 { try ledger.apply(rec.record(.requestExtended(RequestExtended(request: number, reason: "r")), at: t.addingTimeInterval(120))) }
            if n % 5 == 0 {
                try ledger.apply(rec.record(.requestReturnedIncomplete(RequestReturnedIncomplete(request: number, missing: "m")), at: t.addingTimeInterval(180)))
                try ledger.apply(rec.record(.requestDeclaredComplete(RequestDeclaredComplete(request: number, completedAt: t.addingTimeInterval(86_400 * 2 + 3600))), at: t.addingTimeInterval(86_400 * 3)))
            }
            let r = try #require(ledger[number])
            let full = cal.deadline(of: r)
            let days = cal.deadlineDays(of: r)
            #expect(days.start == full.start.day && days.inForce == full.inForce, "\(number) received \(t)")
            t = t.addingTimeInterval(3600 * 7 + 13 * 60)
        }
    }
}

@Suite struct TimestampBytesTests {
    @Test func appendedBytesAreTheFormattedText() {
        var random = SystemRandomNumberGenerator()
        var instants: [Double] = [0, -1, 1, 86_399, -62_135_596_800, 253_402_300_799, 253_402_300_800, -62_167_219_200, 1.5, -0.25]
        for _ in 0..<3000 { instants.append(Double(Int64.random(in: -70_000_000_000...260_000_000_000, using: &random)) / 1.0) }
        for t in instants {
            for offset in [0, 25_200, 28_800, 32_400, -18_000, 19_800, -34_200, 50_400, -3_600 * 99] {
                var out: [UInt8] = []
                let date = Date(timeIntervalSince1970: t)
                Timestamp.append(date, offsetSeconds: offset, to: &out)
                #expect(String(decoding: out, as: UTF8.self) == Timestamp.format(date, offsetSeconds: offset), "\(t) \(offset)")
            }
        }
    }
}
