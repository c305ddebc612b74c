/// Where every recorded event is, in log order: requests and samples alike remember only
/// their latest event's index here, and each link points back to the previous event of the
/// same request or sample, so a million events need not sit in memory. An event the recorder
/// wrote down elsewhere (the store: a line of the log) is known by the place it gave, which
/// only the recorder can read back (`RecordReader`); any other is kept here whole.
package struct EventLinks: Sendable {
    package var links: [HistoryLink] = []
    /// Records recorded without a place (tests, demos, checks), kept whole.
    package var memoryRecords: [EventRecord] = []

    /// Notes an event recorded at `place` (nil: kept here) whose subject's previous event is
    /// `previous`; returns its index, the subject's new latest event.
    mutating func append(_ record: EventRecord, at place: UInt64?, previous: Int32) -> Int32 {
        let location: UInt64
        if let place, place & HistoryLink.inMemory == 0 {
            location = place
        } else {
            memoryRecords.append(record)
            location = HistoryLink.inMemory | UInt64(memoryRecords.count - 1)
        }
        links.append(HistoryLink(location: location, previous: previous))
        return Int32(links.count - 1)
    }

    /// The events of `subject` linked back from `last`, oldest first; those placed outside
    /// the ledger are read through `reader`.
    func history(from last: Int32, of subject: Subject, reading reader: RecordReader) throws(LedgerError) -> [EventRecord] {
        var chain: [HistoryLink] = []
        var i = last
        while i >= 0, Int(i) < links.count {
            chain.append(links[Int(i)])
            i = links[Int(i)].previous
        }
        chain.reverse()
        let places = chain.compactMap(\.place)
        var placed: [EventRecord] = []
        if !places.isEmpty {
            // A record that does not name its subject means the file changed behind our back.
            guard let read = reader.read(places), read.count == places.count, read.allSatisfy({ $0.event.subject == subject }) else {
                throw .historyUnreadable(subject.number)
            }
            placed = read
        }
        var next = placed.makeIterator()
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
}

/// One applied event: where its record is, and the previous event of the same subject.
package struct HistoryLink: Sendable, Equatable {
    /// The place the recorder gave, or, with the top bit set, an index into the ledger's
    /// in-memory records.
    package let location: UInt64
    /// Index of the subject's previous event in `EventLinks.links`, or -1.
    package let previous: Int32

    package init(location: UInt64, previous: Int32) {
        self.location = location
        self.previous = previous
    }

    static let inMemory: UInt64 = 1 << 63

    /// The place the recorder gave, when it gave one.
    var place: UInt64? { location & HistoryLink.inMemory == 0 ? location : nil }

    var memoryIndex: Int? { location & HistoryLink.inMemory == 0 ? nil : Int(location & ~HistoryLink.inMemory) }
}

/// Reads back the records of events a recorder placed outside the ledger, by the places it
/// gave (the store reads lines of its log); nil when any cannot be read back as it was. The
/// ledger never holds one: a history is read by whoever asks for it, with the reader they have.
public struct RecordReader: Sendable {
    let read: @Sendable ([UInt64]) -> [EventRecord]?

    public init(_ read: @escaping @Sendable ([UInt64]) -> [EventRecord]?) {
        self.read = read
    }

    /// Reads nothing: for a ledger that keeps every record (tests, demos, generators).
    public static let none = RecordReader { $0.isEmpty ? [] : nil }
}
