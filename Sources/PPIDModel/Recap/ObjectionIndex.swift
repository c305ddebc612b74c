/// Where the objections are: which request each objection number belongs to, the requests
/// that have any, by year of filing, and those the office or the Commission still owes.
struct ObjectionIndex: Sendable {
    /// The request each objection number belongs to.
    var owners: [String: String] = [:]
    /// Places of the requests that have had an objection, in the order of their first one.
    var requestsWithObjections: [Int32] = []
    /// Places of the requests with an objection filed in each year (office time; may repeat).
    var years: [Int: [Int32]] = [:]
    /// Places of the requests with an objection awaiting the superior's answer or a dispute
    /// not yet settled.
    var pending: Set<Int32> = []

    /// Notes a newly filed objection of the request at `at`; a number already known (a log
    /// written around ppid-tui) keeps its first owner.
    mutating func filed(_ e: ObjectionFiled, at: Int32, isFirstOfRequest: Bool, calendar: WorkingCalendar) {
        guard owners[e.objection] == nil else { return }
        if isFirstOfRequest { requestsWithObjections.append(at) }
        years[calendar.day(of: e.receivedAt).year, default: []].append(at)
        owners[e.objection] = e.request
    }

    /// Keeps the pending set up to date after an event that may change a request's objections.
    mutating func update(_ at: Int32, _ r: Request) {
        if r.objections.contains(where: { $0.awaitsAnswer || $0.disputeOpen }) {
            pending.insert(at)
        } else {
            pending.remove(at)
        }
    }
}
