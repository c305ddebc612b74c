extension Ledger {
    /// Online requests received in `period` whose registration was voided as spam at the
    /// counter. A voided request counts in no figure; these are reported apart so that the
    /// numbers they used are accounted for and the figures stay honest (issue 23).
    ///
    /// - Complexity: O(requests received in the year).
    public func spamVoided(_ period: ReportPeriod) -> Int {
        requests(receivedIn: period.year).count {
            $0.voidedAsSpam && period.months.contains(calendar.day(of: $0.receivedAt).month)
        }
    }
}
