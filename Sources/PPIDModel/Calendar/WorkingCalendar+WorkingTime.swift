import Foundation

extension WorkingCalendar {
    /// Seconds of service hours between two instants: the parts of `[from, to)` that fall
    /// inside a working day's service spans. Lunch breaks, evenings, weekends, holidays and
    /// *cuti bersama* count nothing; 0 when `to` is not after `from`.
    ///
    /// A sample that comes in at 11:50 on a Monday and moves on at 13:10 has spent 20
    /// working minutes (11:50–12:00, 13:00–13:10); on a Friday, 10 (the counter reopens at
    /// 13:30).
    ///
    /// - Complexity: O(days between the two instants).
    public func workingSeconds(from: Date, to: Date) -> Int {
        guard to > from else { return 0 }
        let start = local(from), end = local(to)
        // Seconds since 1970-01-01 on the office's wall clock; the zone's offset is read at
        // each end (Indonesia has no daylight saving, so it is the same at both).
        let a = start.date.ordinal * 86_400 + start.secondOfDay
        let b = end.date.ordinal * 86_400 + end.secondOfDay
        var total = 0
        var day = start.date
        while day <= end.date {
            if isWorkingDay(day) {
                for span in serviceHours.spans(weekday: day.weekday) {
                    let open = day.ordinal * 86_400 + span.start * 60
                    let close = day.ordinal * 86_400 + span.end * 60
                    total += max(0, min(close, b) - max(open, a))
                }
            }
            day = day.adding(days: 1)
        }
        return total
    }

    /// Whole working minutes between two instants (seconds rounded down).
    public func workingMinutes(from: Date, to: Date) -> Int {
        workingSeconds(from: from, to: to) / 60
    }
}
