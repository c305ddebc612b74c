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
    private let holidays: [Int: Holiday]

    public init(
        timeZone: TimeZone,
        holidays: [Holiday],
        serviceHours: ServiceHours = .standard,
        afterHoursCountsNextDay: Bool = true,
        countsFromCompletion: Bool = true
    ) {
        self.countsFromCompletion = countsFromCompletion
        self.timeZone = timeZone
        self.serviceHours = serviceHours
        self.afterHoursCountsNextDay = afterHoursCountsNextDay
        var byDay: [Int: Holiday] = [:]
        for h in holidays where byDay[h.date.ordinal] == nil || h.kind == .public {
            byDay[h.date.ordinal] = h
        }
        self.holidays = byDay
    }

    /// All known days off that are not weekends, sorted.
    public var holidayList: [Holiday] { holidays.values.sorted { $0.date < $1.date } }

    /// The office's UTC offset at that moment, in seconds.
    public func offset(at instant: Date) -> Int { timeZone.secondsFromGMT(for: instant) }

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

    public func isWorkingDay(_ date: CivilDate) -> Bool { dayOff(date) == nil }

    /// The first working day strictly after `date`.
    public func nextWorkingDay(after date: CivilDate) -> CivilDate {
        var d = date.adding(days: 1)
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// The day `n` working days after `date` (day 0 is `date` itself).
    public func adding(workingDays n: Int, to date: CivilDate) -> CivilDate {
        var d = date
        for _ in 0..<max(0, n) { d = nextWorkingDay(after: d) }
        return d
    }

    /// Working days in `(from, to]`; negative when `to` is before `from` (working days in `(to, from]`).
    public func workingDays(from: CivilDate, to: CivilDate) -> Int {
        if to < from { return -workingDays(from: to, to: from) }
        var count = 0
        var d = from.ordinal + 1
        while d <= to.ordinal {
            if isWorkingDay(CivilDate(ordinal: d)) { count += 1 }
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

    /// Whether the counter is open at that moment.
    public func isOpen(at instant: Date) -> Bool {
        let t = local(instant)
        return isWorkingDay(t.date) && serviceHours.isOpen(weekday: t.date.weekday, minute: t.minuteOfDay)
    }
}
