import Foundation

/// Where a request stands against its deadline on a given day.
public enum DeadlineStanding: Sendable, Equatable {
    /// More than three working days left.
    case onTrack(daysLeft: Int)
    /// Three working days or fewer left, the deadline day included (0 = due today).
    case dueSoon(daysLeft: Int)
    /// Past the deadline, by this many working days (0 when only days off have passed).
    case overdue(days: Int)

    /// Days left; negative once overdue.
    public var daysLeft: Int {
        switch self {
        case .onTrack(let d), .dueSoon(let d): d
        case .overdue(let d): -d
        }
    }

    /// Due soon at three working days or fewer.
    public static let dueSoonThreshold = 3
}

extension WorkingCalendar {
    /// The deadline in force for a request, with its explanation.
    public func deadline(of request: Request) -> Deadline {
        deadline(
            receivedAt: request.receivedAt,
            completedAt: countsFromCompletion ? request.completedAt : nil,
            extended: request.extensionGiven != nil
        )
    }

    /// Day 0 and the deadline in force of a request: `deadline(of:)` without its explanation
    /// (the skipped days), for lists that need only the dates.
    public func deadlineDays(of request: Request) -> (start: CivilDate, inForce: CivilDate) {
        let start = deemedReceiptDay(of: countsFromCompletion ? request.completedAt ?? request.receivedAt : request.receivedAt)
        let original = adding(workingDays: Deadline.responseDays, to: start)
        return (start, request.extensionGiven != nil ? adding(workingDays: Deadline.extensionDays, to: original) : original)
    }

    /// Day 0 and the deadline that was in force on `day`: the extended one only once the
    /// extension letter was dated (Pasal 22(8)); with `day` nil, the original deadline.
    public func deadlineDays(of request: Request, on day: CivilDate?) -> (start: CivilDate, inForce: CivilDate) {
        let days = deadlineDays(of: request)
        guard let ext = request.extensionGiven else { return days }
        let original = adding(workingDays: Deadline.responseDays, to: days.start)
        guard let day, (ext.on ?? self.day(of: ext.recordedAt)) <= day else { return (days.start, original) }
        return days
    }

    /// How a request stands against its deadline on `today`.
    public func standing(of request: Request, today: CivilDate) -> DeadlineStanding {
        standing(due: deadlineDays(of: request).inForce, today: today)
    }

    /// How any deadline stands on `today`.
    public func standing(due: CivilDate, today: CivilDate) -> DeadlineStanding {
        if today > due { return .overdue(days: workingDays(from: due, to: today)) }
        let left = workingDays(from: today, to: due)
        return left <= DeadlineStanding.dueSoonThreshold ? .dueSoon(daysLeft: left) : .onTrack(daysLeft: left)
    }

    /// Working days from day 0 to the written notice (LAW §2); nil before a decision.
    public func responseDays(of request: Request) -> Int? {
        guard let notice = request.decision?.decided.noticeOn else { return nil }
        return max(0, workingDays(from: deadlineDays(of: request).start, to: notice))
    }

    /// Whether the request was withdrawn, undecided, after its deadline in force had passed:
    /// the office had already let it lapse, and the withdrawal does not undo that (issue 22).
    public func isWithdrawnAfterLapse(_ request: Request) -> Bool {
        guard request.decision == nil, let w = request.withdrawal else { return false }
        return day(of: w.withdrawnAt) > deadlineDays(of: request).inForce
    }

    /// Whether the notice came on or before the deadline in force on the notice's date (an
    /// extension dated after the notice does not make it on time); nil before a decision.
    public func isOnTime(_ request: Request) -> Bool? {
        guard let notice = request.decision?.decided.noticeOn else { return nil }
        return notice <= deadlineDays(of: request, on: notice).inForce
    }
}
