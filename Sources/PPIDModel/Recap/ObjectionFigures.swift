/// A year's objections counted (Pasal 35–38 UU 14/2008): filed, answered by the superior,
/// taken to the Information Commission, settled there, and still unanswered past the
/// superior's 30 working days on a given day.
public struct ObjectionFigures: Sendable, Equatable {
    public var filed = 0
    public var answered = 0
    public var disputes = 0
    public var settled = 0
    public var overdue = 0
}

extension Ledger {
    /// The figures of the objections received in `year` (office time), overdue as of `today`.
    ///
    /// - Complexity: O(objections of the requests objected to that year); no request copied.
    public func objectionFigures(receivedIn year: Int, today: CivilDate) -> ObjectionFigures {
        var f = ObjectionFigures()
        let list = requestFold.list
        for i in Set(objectionIndex.years[year] ?? []) {
            for o in list[Int(i)].objections where calendar.day(of: o.filed.receivedAt).year == year {
                f.filed += 1
                if o.answer != nil { f.answered += 1 }
                if o.disputeFiled != nil { f.disputes += 1 }
                if o.disputeSettled != nil { f.settled += 1 }
                if calendar.isAnswerOverdue(o, today: today) { f.overdue += 1 }
            }
        }
        return f
    }
}
