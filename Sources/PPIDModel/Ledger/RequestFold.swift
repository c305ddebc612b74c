/// The requests: in one array in registration order, found by number through an index, and
/// changed in place. Each remembers its latest event in the ledger's `EventLinks`.
package struct RequestFold: Sendable {
    /// Requests in registration order.
    package var list: [Request] = []
    /// Where each registration number is in `list`.
    package var index: [String: Int32] = [:]
    /// Places in `list` of the requests still open.
    package var open: Set<Int32> = []

    mutating func reserveCapacity(requests: Int) {
        list.reserveCapacity(requests)
        index.reserveCapacity(requests)
    }

    /// Adds a newly registered request whose event is `link`; returns its place.
    mutating func register(_ record: EventRecord, _ e: RequestRegistered, link: Int32) -> Int32 {
        var r = Request.registered(record, e)
        r.lastEvent = link
        let at = Int32(list.count)
        list.append(r)
        index[e.request] = at
        return at
    }

    /// Records a later event of the request at `at`, where it lies, as `link`. `earlier` is
    /// the request's history, which only an undo reads: nil when it cannot be read back.
    mutating func evolve(_ record: EventRecord, at: Int32, link: Int32, earlier: [EventRecord]?) {
        if case .eventUndone(let e) = record.event, earlier == nil {
            // The earlier events cannot be read back (the file was changed behind our back):
            // the undo is noted, the state kept as it was; `check` names the damage.
            list[Int(at)].undone.insert(e.undoes)
        } else {
            list[Int(at)].evolve(record, earlier: earlier ?? [])
        }
        list[Int(at)].lastEvent = link
    }

    /// Whether the request at `at` is open, kept in `open`.
    mutating func noteStanding(_ at: Int32) {
        if RequestFold.isOpen(&list[Int(at)]) { open.insert(at) } else { open.remove(at) }
    }

    /// `inout` only so that the request is read where it lies: `list[at]` would copy it,
    /// retaining (and then releasing) each of its texts and arrays, for every event.
    private static func isOpen(_ r: inout Request) -> Bool { r.status.isOpen }
}
