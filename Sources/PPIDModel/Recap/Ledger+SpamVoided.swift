extension Ledger {
    /// Online requests received in `period` whose registration was voided as spam at the
    /// counter. A voided request counts in no figure; these are reported apart so that the
    /// numbers they used are accounted for and the figures stay honest (issue 23).
    ///
    /// - Complexity: O(places indexed under the year), each read where it lies and only a
    /// voided one's day worked out: the month board asks on its first key after every change.
    public func spamVoided(_ period: ReportPeriod) -> Int {
        let list = requestFold.list
        var found = Set<Int32>()
        // A corrected request may be indexed under a year more than once, or under a year it
        // has left: the few that match are counted once, by the day they now hold.
        for p in figureFold.yearIndex[period.year] ?? [] where list[Int(p)].voidedAsSpam {
            let day = calendar.day(of: list[Int(p)].receivedAt)
            if day.year == period.year, period.months.contains(day.month) { found.insert(p) }
        }
        return found.count
    }
}
