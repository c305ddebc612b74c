/// The requests: in one array in registration order, found by number through an index, and
/// changed in place. Their events are not kept whole: each is remembered by its place in the
/// log (`HistoryLink`), and read back through `archive` when a history is asked for.
struct RequestFold: Sendable {
    /// Requests in registration order.
    var list: [Request] = []
    /// Where each registration number is in `list`.
    var index: [String: Int32] = [:]
    /// Places in `list` of the requests still open.
    var open: Set<Int32> = []
    /// Every request event recorded, in order: where its record is, and its request's previous event.
    var links: [HistoryLink] = []
    /// Records recorded without a place in a log (tests, demos, checks), kept whole.
    var memoryRecords: [EventRecord] = []
    /// Reads records back from the log by their places; the store sets it.
    var archive: (any EventArchive)?

    mutating func reserveCapacity(events: Int) {
        links.reserveCapacity(events)
        list.reserveCapacity(events / 2)
        index.reserveCapacity(events / 2)
    }

    /// Adds a newly registered request; returns its place.
    mutating func register(_ record: EventRecord, _ e: RequestRegistered, place: LogPlace?) -> Int32 {
        var r = Request.registered(record, e)
        r.lastEvent = Int32(links.count)
        let at = Int32(list.count)
        list.append(r)
        index[e.request] = at
        links.append(HistoryLink(location: keep(record, at: place), previous: -1))
        return at
    }

    /// Records a later event of the request at `at`, where it lies.
    mutating func evolve(_ record: EventRecord, at: Int32, place: LogPlace?) {
        let previous = list[Int(at)].lastEvent
        if case .eventUndone(let e) = record.event {
            if let earlier = try? history(from: previous, of: list[Int(at)].number) {
                list[Int(at)].evolve(record, earlier: earlier)
            } else {
                // The earlier events cannot be read back (the file was changed behind our
                // back): the undo is noted, the state kept as it was; `check` names the damage.
                list[Int(at)].undone.insert(e.undoes)
            }
        } else {
            list[Int(at)].evolve(record)
        }
        list[Int(at)].lastEvent = Int32(links.count)
        links.append(HistoryLink(location: keep(record, at: place), previous: previous))
    }

    /// Whether the request at `at` is open, kept in `open`.
    mutating func noteStanding(_ at: Int32, isOpen: Bool) {
        if isOpen { open.insert(at) } else { open.remove(at) }
    }

    /// The events of request `number` linked back from `last`, oldest first.
    func history(from last: Int32, of number: String) throws(LedgerError) -> [EventRecord] {
        var chain: [HistoryLink] = []
        var i = last
        while i >= 0 {
            chain.append(links[Int(i)])
            i = links[Int(i)].previous
        }
        chain.reverse()
        let places = chain.compactMap(\.place)
        var fromLog: [EventRecord] = []
        if !places.isEmpty {
            // A record that does not name its request means the file changed behind our back.
            guard let read = archive?.records(at: places), read.count == places.count, read.allSatisfy({ $0.event.request == number }) else {
                throw .historyUnreadable(number)
            }
            fromLog = read
        }
        var next = fromLog.makeIterator()
        var out: [EventRecord] = []
        out.reserveCapacity(chain.count)
        for link in chain {
            if let m = link.memoryIndex {
                out.append(memoryRecords[m])
            } else if let r = next.next() {
                out.append(r)
            }
        }
        return out
    }

    /// Where the record of an event recorded now is kept: its log place when it fits the link,
    /// else (no place, or a line over 8 MB) whole in memory.
    private mutating func keep(_ record: EventRecord, at place: LogPlace?) -> UInt64 {
        if let place, place.offset >= 0, place.offset < 1 << 40, place.length >= 0, place.length < 1 << HistoryLink.lengthBits {
            return UInt64(place.offset) << HistoryLink.lengthBits | UInt64(place.length)
        }
        memoryRecords.append(record)
        return HistoryLink.inMemory | UInt64(memoryRecords.count - 1)
    }
}
