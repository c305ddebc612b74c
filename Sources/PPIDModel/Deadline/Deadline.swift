import Foundation

/// The legal deadline of a request's written notice, with how it was computed (LAW §1–2).
public struct Deadline: Sendable, Equatable {
    /// Working days for the written notice (UU KIP Pasal 22(7)).
    public static let responseDays = 10
    /// Working days one extension adds (Pasal 22(8)).
    public static let extensionDays = 7

    /// Day 0 of the count, and why.
    public let start: DeemedReceipt
    /// True when the count runs from the day the request was declared complete (SOP).
    public let countsFromCompletion: Bool
    /// 10 working days after day 0.
    public let original: CivilDate
    /// 7 working days after the original deadline, when extended.
    public let extended: CivilDate?
    /// Every day off from day 0 to the deadline in force, with its reason.
    public let skipped: [SkippedDay]

    /// The deadline that applies now.
    public var inForce: CivilDate { extended ?? original }

    public struct SkippedDay: Sendable, Equatable {
        public let date: CivilDate
        public let reason: DayOff

        public init(date: CivilDate, reason: DayOff) {
            self.date = date
            self.reason = reason
        }
    }
}

extension WorkingCalendar {
    /// The deadline of a request received at `receivedAt`, counted from `completedAt` instead
    /// when the office counts from completion, extended once when `extended` is true.
    public func deadline(receivedAt: Date, completedAt: Date? = nil, extended: Bool = false) -> Deadline {
        let start = deemedReceipt(of: completedAt ?? receivedAt)
        let original = adding(workingDays: Deadline.responseDays, to: start.day)
        let extendedDay = extended ? adding(workingDays: Deadline.extensionDays, to: original) : nil
        let skipped = daysOff(from: start.day, to: extendedDay ?? original).map { Deadline.SkippedDay(date: $0.0, reason: $0.1) }
        return Deadline(start: start, countsFromCompletion: completedAt != nil, original: original, extended: extendedDay, skipped: skipped)
    }

    /// Working days left from `today` to `deadline`: 0 on the day itself, negative once past.
    public func workingDaysLeft(until deadline: CivilDate, today: CivilDate) -> Int {
        workingDays(from: today, to: deadline)
    }
}
