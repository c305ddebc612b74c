import Foundation

/// The office's calendar: its time zone, its days off and its service hours (LAW §1).
///
/// A working day is Monday to Friday, except the holidays and *cuti bersama* it knows.
public struct WorkingCalendar: Sendable {
    public let timeZone: TimeZone
    public let serviceHours: ServiceHours
    /// Whether a request received on a day off or after closing counts from the next working
    /// day (the SOP rule of LAW §1, on by default).
    public let afterHoursCountsNextDay: Bool
    /// Whether a request sent back as incomplete counts from the day it is declared complete
    /// (the optional SOP rule of LAW §2, on by default).
    public let countsFromCompletion: Bool
    /// Whether a request may be sent back as incomplete only before its original deadline
    /// (SOP, on by default): a return weeks later would quietly restart the clock.
    public let returnOnlyBeforeDeadline: Bool
    private let holidays: [Int: Holiday]
    /// The years whose national holidays and *cuti bersama* the calendar knows (the bundled
    /// table's and the ones the config lists); nil when not known, which warns of nothing.
    public let coveredYears: Set<Int>?
    /// Working days of 1970–2100 counted once; arithmetic outside walks day by day.
    private let table: WorkingDayTable
    /// The zone's UTC offset from `fixedOffsetSince` on, when the zone has no transition after
    /// that (Indonesia's zones have none since 1964); nil for zones that keep changing (DST).
    private let fixedOffset: Int?
    private let fixedOffsetSince: Date

    public init(
        timeZone: TimeZone,
        holidays: [Holiday],
        serviceHours: ServiceHours = .standard,
        afterHoursCountsNextDay: Bool = true,
        countsFromCompletion: Bool = true,
        returnOnlyBeforeDeadline: Bool = true,
        coveredYears: Set<Int>? = nil
    ) {
        self.coveredYears = coveredYears
        self.countsFromCompletion = countsFromCompletion
        self.returnOnlyBeforeDeadline = returnOnlyBeforeDeadline
        self.timeZone = timeZone
        self.serviceHours = serviceHours
        self.afterHoursCountsNextDay = afterHoursCountsNextDay
        var byDay: [Int: Holiday] = [:]
        for h in holidays where byDay[h.date.ordinal] == nil || h.kind == .public {
            byDay[h.date.ordinal] = h
        }
        self.holidays = byDay
        let first = 0  // 1970-01-01
        let count = (CivilDate(year: 2101, month: 1, day: 1)?.ordinal ?? 0) - first
        table = WorkingDayTable(first: first, count: count) { o in
            let weekday = ((o + 3) % 7 + 7) % 7 + 1
            return weekday < 6 && byDay[o] == nil
        }
        (fixedOffset, fixedOffsetSince) = WorkingCalendar.lastOffset(of: timeZone)
    }

    /// The offset a zone keeps after its last transition, and since when; nil when it still
    /// has transitions after 2100 (a zone with daylight saving time).
    private static func lastOffset(of zone: TimeZone) -> (Int?, Date) {
        let start = Date(timeIntervalSince1970: 0)
        guard let end = Timestamp.parse("2100-01-01T00:00:00Z") else { return (nil, start) }
        var since = start
        for _ in 0..<1000 {
            guard let next = zone.nextDaylightSavingTimeTransition(after: since) else {
                // From a second after the last transition (or 1970) the offset never changes.
                let settled = since.addingTimeInterval(1)
                return (zone.secondsFromGMT(for: settled), settled)
            }
            if next > end { return (nil, start) }
            since = next
        }
        return (nil, start)
    }

    /// All known days off that are not weekends, sorted.
    public var holidayList: [Holiday] { holidays.values.sorted { $0.date < $1.date } }

    /// The office's UTC offset at that moment, in seconds.
    public func offset(at instant: Date) -> Int {
        if let fixedOffset, instant >= fixedOffsetSince { return fixedOffset }
        return timeZone.secondsFromGMT(for: instant)
    }

    /// The office's wall clock at that moment.
    public func local(_ instant: Date) -> LocalTime { LocalTime(instant, offsetSeconds: offset(at: instant)) }

    /// The office's calendar day of that moment.
    public func day(of instant: Date) -> CivilDate { local(instant).date }

    /// Why the office is closed that day, or nil on a working day.
    public func dayOff(_ date: CivilDate) -> DayOff? {
        if let h = holidays[date.ordinal] { return .holiday(h) }
        switch date.weekday {
        case 6: return .saturday
        case 7: return .sunday
        default: return nil
        }
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        table.covers(date.ordinal) ? table.isWorkingDay(date.ordinal) : dayOff(date) == nil
    }

    /// The first working day strictly after `date`.
    public func nextWorkingDay(after date: CivilDate) -> CivilDate {
        adding(workingDays: 1, to: date)
    }

    /// The day `n` working days after `date` (day 0 is `date` itself).
    public func adding(workingDays n: Int, to date: CivilDate) -> CivilDate {
        guard n > 0 else { return date }
        if table.covers(date.ordinal), let o = table.day(n, after: date.ordinal) { return CivilDate(ordinal: o) }
        return walk(workingDays: n, from: date)
    }

    /// Working days in `(from, to]`; negative when `to` is before `from` (working days in `(to, from]`).
    public func workingDays(from: CivilDate, to: CivilDate) -> Int {
        if to < from { return -workingDays(from: to, to: from) }
        if table.covers(from.ordinal), table.covers(to.ordinal) { return table.count(from: from.ordinal, to: to.ordinal) }
        return walkCount(from: from, to: to)
    }

    /// `adding(workingDays:to:)` day by day: outside the table, and the reference tests check it against.
    func walk(workingDays n: Int, from date: CivilDate) -> CivilDate {
        var d = date
        for _ in 0..<max(0, n) {
            d = d.adding(days: 1)
            while dayOff(d) != nil { d = d.adding(days: 1) }
        }
        return d
    }

    /// `workingDays(from:to:)` day by day, for `from <= to`.
    func walkCount(from: CivilDate, to: CivilDate) -> Int {
        var count = 0
        var d = from.ordinal + 1
        while d <= to.ordinal {
            if dayOff(CivilDate(ordinal: d)) == nil { count += 1 }
            d += 1
        }
        return count
    }

    /// The days off in `(from, to]`, each with its reason.
    public func daysOff(from: CivilDate, to: CivilDate) -> [(CivilDate, DayOff)] {
        guard from < to else { return [] }
        return (from.ordinal + 1...to.ordinal).compactMap { o in
            let d = CivilDate(ordinal: o)
            return dayOff(d).map { (d, $0) }
        }
    }

    /// The years from `from` to `to` (both included) whose holidays the calendar does not
    /// know: deadlines counted through them skip weekends only (LAW §1).
    public func uncoveredYears(from: CivilDate, to: CivilDate) -> [Int] {
        guard let coveredYears, from <= to else { return [] }
        return (from.year...to.year).filter { !coveredYears.contains($0) }
    }

    /// The years with national holidays or *cuti bersama* among `holidays`: what a table
    /// covers (an office closure alone does not make a year covered).
    public static func yearsCovered(by holidays: [Holiday]) -> Set<Int> {
        Set(holidays.filter { $0.kind != .office }.map(\.date.year))
    }

    /// Whether the counter is open at that moment.
    public func isOpen(at instant: Date) -> Bool {
        let t = local(instant)
        return isWorkingDay(t.date) && serviceHours.isOpen(weekday: t.date.weekday, minute: t.minuteOfDay)
    }
}
