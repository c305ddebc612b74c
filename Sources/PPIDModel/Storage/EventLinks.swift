/// Where every recorded event is, in log order: requests and samples alike remember only
/// their latest event's index here, and each link points back to the previous event of the
/// same request or sample, so a history is read back from the log (through `archive`) only
/// when someone asks for it, and a million events do not sit in memory.
struct EventLinks: Sendable {
    var links: [HistoryLink] = []
    /// Records recorded without a place in a log (tests, demos, checks), kept whole.
    var memoryRecords: [EventRecord] = []
    /// Reads records back from the log by their places; the store sets it.
    var archive: (any EventArchive)?

    /// Notes an event recorded at `place` whose subject's previous event is `previous`;
    /// returns its index, the subject's new latest event.
    mutating func append(_ record: EventRecord, at place: LogPlace?, previous: Int32) -> Int32 {
        links.append(HistoryLink(location: keep(record, at: place), previous: previous))
        return Int32(links.count - 1)
    }

    /// The events of `subject` linked back from `last`, oldest first.
    func history(from last: Int32, of subject: Subject) throws(LedgerError) -> [EventRecord] {
        var chain: [HistoryLink] = []
        var i = last
        while i >= 0, Int(i) < links.count {
            chain.append(links[Int(i)])
            i = links[Int(i)].previous
        }
        chain.reverse()
        let places = chain.compactMap(\.place)
        var fromLog: [EventRecord] = []
        if !places.isEmpty {
            // A record that does not name its subject means the file changed behind our back.
            guard let read = archive?.records(at: places), read.count == places.count, read.allSatisfy({ $0.event.subject == subject }) else {
                throw .historyUnreadable(subject.number)
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
