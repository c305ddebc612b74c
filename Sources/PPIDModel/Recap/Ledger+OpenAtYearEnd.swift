/// Requests open at the end of a day: what an annual report carries over from the year
/// before and leaves to the year after (Perki 1/2021 Pasal 56; LAW §6).
extension Ledger {
    /// Requests received on or before `day` (office time) that were still open at its end:
    /// neither decided (the written notice dated after it) nor withdrawn by then, nor void;
    /// oldest year first, in registration order.
    ///
    /// - Complexity: O(requests of the years up to `day`'s).
    public func openAtEnd(of day: CivilDate) -> [Request] {
        // Each request looked at where the ledger keeps it and only those open copied: copying
        // every request of those years first held them all twice (150 MB and 1.3 s for a
        // report on 422,676 requests), and copying each to look at it was most of the rest.
        let list = requestFold.list
        let open = list.withUnsafeBufferPointer { requests in
            years.filter { $0 <= day.year }.flatMap { places(receivedIn: $0) }.filter { p in
                !requests[Int(p)].voided && calendar.day(of: requests[Int(p)].receivedAt) <= day
                    && closedOn(requests[Int(p)]).map { $0 > day } ?? true
            }
        }
        return open.map { list[Int($0)] }
    }

    /// Requests received before `year` and still open when it began: carried over into it.
    public func carriedOver(into year: Int) -> [Request] {
        guard let eve = CivilDate(year: year - 1, month: 12, day: 31) else { return [] }
        return openAtEnd(of: eve)
    }

    /// The day a request stopped being open: its written notice or its withdrawal; nil while open.
    public func closedOn(_ r: Request) -> CivilDate? {
        if let d = r.decision { return d.decided.noticeOn }
        return r.withdrawal.map { calendar.day(of: $0.withdrawnAt) }
    }
}
