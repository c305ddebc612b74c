/// A year the holiday table does not cover that an open deadline counts through (issue 14
/// item 6): its national holidays and *cuti bersama* are not skipped until the office adds
/// that year's joint decree (SKB 3 Menteri) to its config.
public struct HolidayCoverageGap: Sendable, Equatable {
    public let year: Int
    /// The open requests and objections whose deadline counts through that year, in the
    /// ledger's order; empty when only a request received today would.
    public let numbers: [String]

    public init(year: Int, numbers: [String]) {
        self.year = year
        self.numbers = numbers
    }
}

extension Ledger {
    /// The uncovered years the open deadlines count through: every open request's deadline
    /// in force, every objection's or dispute's pending deadline, and the deadline (with its
    /// extension) of a request received `today`. Empty when the calendar knows every year it
    /// needs, or does not know which years it covers.
    ///
    /// - Complexity: O(open requests + pending objections).
    public func holidayCoverageGaps(today: CivilDate) -> [HolidayCoverageGap] {
        guard calendar.coveredYears != nil else { return [] }
        var byYear: [Int: [String]] = [:]
        let horizon = calendar.adding(workingDays: Deadline.responseDays + Deadline.extensionDays, to: today)
        // Every open deadline lies between the first year with requests and the horizon: when
        // the calendar covers all of those years (the usual case), there is nothing to look at.
        let first = min(years.first ?? today.year, today.year)
        if let start = CivilDate(year: first, month: 1, day: 1), calendar.uncoveredYears(from: start, to: horizon).isEmpty { return [] }
        for y in calendar.uncoveredYears(from: today, to: horizon) { byYear[y, default: []] = byYear[y] ?? [] }
        for r in openRequests {
            let d = calendar.deadlineDays(of: r)
            for y in calendar.uncoveredYears(from: d.start, to: d.inForce) { byYear[y, default: []].append(r.number) }
        }
        for (_, o) in pendingObjections {
            guard let due = calendar.pendingDeadline(of: o) else { continue }
            for y in calendar.uncoveredYears(from: calendar.day(of: o.filed.receivedAt), to: due) { byYear[y, default: []].append(o.number) }
        }
        return byYear.keys.sorted().map { HolidayCoverageGap(year: $0, numbers: byYear[$0] ?? []) }
    }
}
