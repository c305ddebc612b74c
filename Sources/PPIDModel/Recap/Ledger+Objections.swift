/// The objection view's queries: the objections with their requests, by year, and those
/// still owed an answer or a settlement.
extension Ledger {
    /// The objections the office or the Commission still owes something: awaiting the
    /// superior's answer, or a dispute not yet settled; with their requests, in the order of
    /// `objections`.
    public var pendingObjections: [(request: Request, objection: Objection)] {
        let list = requestFold.list
        var out: [(request: Request, objection: Objection)] = []
        for i in objectionIndex.requestsWithObjections where objectionIndex.pending.contains(i) {
            for o in list[Int(i)].objections where o.awaitsAnswer || o.disputeOpen { out.append((list[Int(i)], o)) }
        }
        return out
    }

    /// The objections received in `year` (office time) with their requests, in the order of
    /// `objections`.
    public func objections(receivedIn year: Int) -> [(request: Request, objection: Objection)] {
        let list = requestFold.list
        let places = Set(objectionIndex.years[year] ?? [])
        var out: [(request: Request, objection: Objection)] = []
        for i in objectionIndex.requestsWithObjections where places.contains(i) {
            for o in list[Int(i)].objections where calendar.day(of: o.filed.receivedAt).year == year { out.append((list[Int(i)], o)) }
        }
        return out
    }

    /// Every objection with its request: requests in the order of their first objection, each
    /// request's objections oldest first.
    public var objections: [(request: Request, objection: Objection)] {
        let list = requestFold.list
        return objectionIndex.requestsWithObjections.flatMap { i in list[Int(i)].objections.map { (list[Int(i)], $0) } }
    }
}
