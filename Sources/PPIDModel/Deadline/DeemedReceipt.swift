import Foundation

/// The day a request counts from, and why (LAW §1, "day of receipt").
public struct DeemedReceipt: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// Received on a working day before closing time: that day is day 0.
        case receivedInHours
        /// Received on a working day strictly after closing (minute of day given): next
        /// working day. A receipt at the closing minute itself (16:00:00) still counts that day.
        case afterClosing(closingMinute: Int)
        /// Received on a day off: next working day.
        case dayOff(DayOff)
        /// The next-day rule is switched off in config: the receipt day counts as it is.
        case ruleOff
    }

    /// The office wall-clock time of receipt.
    public let received: LocalTime
    /// Day 0 of the count.
    public let day: CivilDate
    public let reason: Reason
}

extension WorkingCalendar {
    /// The day 0 of a request received at that moment.
    public func deemedReceipt(of instant: Date) -> DeemedReceipt {
        let t = local(instant)
        guard afterHoursCountsNextDay else {
            return DeemedReceipt(received: t, day: t.date, reason: .ruleOff)
        }
        if let off = dayOff(t.date) {
            return DeemedReceipt(received: t, day: nextWorkingDay(after: t.date), reason: .dayOff(off))
        }
        if let closing = serviceHours.closing(weekday: t.date.weekday), t.secondOfDay > closing * 60 {
            return DeemedReceipt(received: t, day: nextWorkingDay(after: t.date), reason: .afterClosing(closingMinute: closing))
        }
        return DeemedReceipt(received: t, day: t.date, reason: .receivedInHours)
    }

    /// The day 0 alone, as `deemedReceipt(of:).day`.
    public func deemedReceiptDay(of instant: Date) -> CivilDate {
        let t = local(instant)
        guard afterHoursCountsNextDay else { return t.date }
        if !isWorkingDay(t.date) { return nextWorkingDay(after: t.date) }
        if let closing = serviceHours.closing(weekday: t.date.weekday), t.secondOfDay > closing * 60 { return nextWorkingDay(after: t.date) }
        return t.date
    }
}
