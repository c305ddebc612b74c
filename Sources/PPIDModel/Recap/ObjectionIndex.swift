/// A view beside the ledger's decider state: the requests that have had an objection, by year
/// of filing, and those the office or the Commission still owes. Folded from the objections'
/// events and the request as it then stands; `decide` never reads it.
package struct ObjectionIndex: Sendable {
    /// Places of the requests that have had an objection, in the order of their first one.
    package var requestsWithObjections: [Int32] = []
    /// Places of the requests with an objection filed in each year (office time; may repeat).
    package var years: [Int: [Int32]] = [:]
    /// Places of the requests with an objection awaiting the superior's answer or a dispute
    /// not yet settled.
    package var pending: Set<Int32> = []

    /// Folds an objection just filed against the request at `at`, `r` as it now stands
    /// (`inout` only to read it where it lies, uncopied). `isNewNumber`: it took a number not
    /// seen before; one already known (a log written around ppid-tui) stays with its first owner.
    mutating func filed(_ e: ObjectionFiled, at: Int32, _ r: inout Request, isNewNumber: Bool, calendar: WorkingCalendar) {
        if isNewNumber {
            if r.objections.count == 1 { requestsWithObjections.append(at) }
            years[calendar.day(of: e.receivedAt).year, default: []].append(at)
        }
        update(at, &r)
    }

    /// Keeps the pending set up to date after an event that may change a request's objections
    /// (an answer, a dispute step, an undo).
    mutating func update(_ at: Int32, _ r: inout Request) {
        if r.objections.contains(where: { $0.awaitsAnswer || $0.disputeOpen }) {
            pending.insert(at)
        } else {
            pending.remove(at)
        }
    }
}
