/// A view beside the ledger's decider state: the requests that have had an objection, by year
/// of filing, and those the office or the Commission still owes. Folded from each event and
/// the request as it then stands; `decide` never reads it.
struct ObjectionIndex: Sendable {
    /// Places of the requests that have had an objection, in the order of their first one.
    var requestsWithObjections: [Int32] = []
    /// Places of the requests with an objection filed in each year (office time; may repeat).
    var years: [Int: [Int32]] = [:]
    /// Places of the requests with an objection awaiting the superior's answer or a dispute
    /// not yet settled.
    var pending: Set<Int32> = []

    /// Folds an event of the request at `at`, `r` as it now stands (`inout` only to read it
    /// where it lies, uncopied). `isNewNumber`: an objection it files took a number not seen
    /// before; one already known (a log written around ppid-tui) stays with its first owner.
    mutating func evolve(_ event: Event, at: Int32, _ r: inout Request, isNewNumber: Bool, calendar: WorkingCalendar) {
        switch event {
        case .objectionFiled(let e):
            if isNewNumber {
                if r.objections.count == 1 { requestsWithObjections.append(at) }
                years[calendar.day(of: e.receivedAt).year, default: []].append(at)
            }
        case .objectionAnswered, .disputeStep, .eventUndone:
            break
        default:
            return
        }
        if r.objections.contains(where: { $0.awaitsAnswer || $0.disputeOpen }) {
            pending.insert(at)
        } else {
            pending.remove(at)
        }
    }
}
