import Foundation
import PPIDModel

/// A ledger saved as bytes and read back, so an office's log need not be replayed from its
/// first line on every open. The store keeps these bytes beside the log together with the size
/// and a hash of the lines they stand for, and replays instead whenever they do not match:
/// the log stays the only truth.
extension Ledger {
    /// Bumped whenever what is written, or the fold it stands for, changes.
    static let snapshotVersion: UInt32 = 13

    /// The ledger as bytes; nil when some of its requests' events are kept only in memory
    /// (they are not in the log, so no snapshot of the log can stand for them). Samples keep
    /// their events whole: each is read back from the log through `reader` and written by
    /// `encoding` as its log line, to be folded again on reading.
    public func snapshot(encoding: (EventRecord) -> [UInt8], reading reader: RecordReader) -> [UInt8]? {
        var out: [UInt8] = []
        return snapshot(encoding: encoding, reading: reader) { out.append(contentsOf: $0) } ? out : nil
    }

    /// Hands the ledger's bytes to `sink` a megabyte at a time; false (and nothing handed over)
    /// when some of its requests' events are kept only in memory.
    public func snapshot(
        encoding: (EventRecord) -> [UInt8], reading reader: RecordReader, into sink: @escaping (UnsafeRawBufferPointer) -> Void
    ) -> Bool {
        guard eventLinks.memoryRecords.isEmpty else { return false }
        // Samples are saved as their events' lines, read back from the log.
        var sampleHistories: [(last: Int32, records: [EventRecord])] = []
        for number in sampleFold.order {
            guard let sample = sampleFold.byNumber[number], let records = try? history(ofSample: number, reading: reader) else { return false }
            sampleHistories.append((sample.lastEvent, records))
        }
        var w = SnapshotWriter(sink: sink)
        w.u32(Ledger.snapshotVersion)
        w.int(eventCount)
        // The long lists in blocks, read back on every core.
        w.blocks(requestFold.list, per: 8192) { w, r in r.write(to: &w) }
        w.blocks(eventLinks.links, per: 65536) { w, l in
            w.u64(l.location)
            w.i32(l.previous)
        }
        w.blocks(figureFold.contributions, per: 65536) { w, c in
            w.optional(c) { w, c in
                w.i32(c.year)
                w.u8(c.month)
                w.u8(c.channel)
                w.u8(UInt8(bitPattern: c.outcome))
                w.bool(c.withdrawn)
            }
        }
        w.blocks(figureFold.figureContributions, per: 65536) { w, c in
            w.optional(c) { w, c in
                w.i32(c.year)
                w.u8(c.topic)
                w.i32(c.days)
                w.bool(c.late)
                w.bool(c.extended)
                w.u32(UInt32(c.grounds))
            }
        }
        w.list(figureFold.recaps.sorted { $0.key < $1.key }) { w, entry in
            w.int(entry.key)
            for row in entry.value.months {
                for n in row.channels + row.outcomes + [row.withdrawn, row.open] { w.int(n) }
            }
        }
        w.list(figureFold.yearIndex.sorted { $0.key < $1.key }) { w, entry in
            w.int(entry.key)
            w.list(entry.value) { $0.i32($1) }
        }
        w.list(objectionIndex.requestsWithObjections) { $0.i32($1) }
        w.list(numbersInUse.objectionOwners.sorted { $0.key < $1.key }) { w, entry in
            w.text(entry.key)
            w.text(entry.value)
        }
        for sequences in [numbersInUse.requests, numbersInUse.objections] {
            w.list(sequences.sorted { $0.key < $1.key }) { w, entry in
                w.int(entry.key)
                w.int(entry.value)
            }
        }
        w.list(numbersInUse.letters.sorted { $0.key < $1.key }) { w, entry in
            w.text(entry.key)
            w.int(entry.value)
        }
        w.list(registeredLetters.sorted { $0.key < $1.key }) { w, entry in
            w.text(entry.key)
            w.text(entry.value.number)
            w.day(entry.value.on)
        }
        // Samples, in the order they were registered: each one's latest link and its lines.
        w.list(sampleHistories) { w, h in
            w.i32(h.last)
            w.list(h.records) { w, record in w.raw(encoding(record)) }
        }
        // The DIK and the DIP, as their events' lines (they are few), folded again on reading.
        w.list(listFold.records) { w, record in w.raw(encoding(record)) }
        w.flush()
        return true
    }

    /// A ledger read back from `snapshot()`'s bytes, with this calendar and these formats (the
    /// ones it was saved with: `snapshotFingerprint` tells them apart). What can be worked out
    /// from the requests again (the number index, the open set, the tallies) is.
    ///
    /// `progress` is told, every few megabytes, which bytes have been read: they are not looked
    /// at again (it is called from several threads).
    /// Samples' events are folded again from their lines through `decoding`. `verified` is
    /// asked once every byte is read and before any value read is interpreted (indexes built,
    /// samples folded): false (the bytes are not the ones written, checked meanwhile on another
    /// core) makes it throw.
    public init(
        snapshot bytes: UnsafeRawBufferPointer, calendar: WorkingCalendar, numbering: RegistrationNumbering = .standard,
        objectionNumbering: RegistrationNumbering = .objections, samplePolicy: SamplePolicy = .standard,
        decoding: ([UInt8]) -> EventRecord?, progress: (@Sendable (Range<Int>) -> Void)? = nil, verified: () -> Bool = { true }
    ) throws(SnapshotError) {
        self.init(calendar: calendar, numbering: numbering, objectionNumbering: objectionNumbering, samplePolicy: samplePolicy)
        var r = SnapshotReader(bytes, progress: progress)
        let version = try r.u32()
        guard version == Ledger.snapshotVersion else { throw .otherVersion(version) }
        eventCount = try r.int()
        requestFold.list = try r.blocks { (r) throws(SnapshotError) in try Request(from: &r) }
        eventLinks.links = try r.blocks { (r) throws(SnapshotError) in HistoryLink(location: try r.u64(), previous: try r.i32()) }
        figureFold.contributions = try r.blocks { (r) throws(SnapshotError) in
            try r.optional { (r) throws(SnapshotError) in
                RecapContribution(year: try r.i32(), month: try r.u8(), channel: try r.u8(), outcome: Int8(bitPattern: try r.u8()), withdrawn: try r.bool())
            }
        }
        figureFold.figureContributions = try r.blocks { (r) throws(SnapshotError) in
            try r.optional { (r) throws(SnapshotError) in
                FigureContribution(year: try r.i32(), topic: try r.u8(), days: try r.i32(), late: try r.bool(), extended: try r.bool(), grounds: UInt16(truncatingIfNeeded: try r.u32()))
            }
        }
        for _ in 0..<(try r.count()) {
            let year = try r.int()
            var recap = MonthlyRecap(year: year)
            for m in 0..<12 {
                for c in recap.months[m].channels.indices { recap.months[m].channels[c] = try r.int() }
                for o in recap.months[m].outcomes.indices { recap.months[m].outcomes[o] = try r.int() }
                recap.months[m].withdrawn = try r.int()
                recap.months[m].open = try r.int()
            }
            figureFold.recaps[year] = recap
        }
        for _ in 0..<(try r.count()) {
            figureFold.yearIndex[try r.int()] = try r.list { (r) throws(SnapshotError) in try r.i32() }
        }
        objectionIndex.requestsWithObjections = try r.list { (r) throws(SnapshotError) in try r.i32() }
        for _ in 0..<(try r.count()) { numbersInUse.objectionOwners[try r.text()] = try r.text() }
        for _ in 0..<(try r.count()) { numbersInUse.requests[try r.int()] = try r.int() }
        for _ in 0..<(try r.count()) { numbersInUse.objections[try r.int()] = try r.int() }
        for _ in 0..<(try r.count()) { numbersInUse.letters[try r.text()] = try r.int() }
        for _ in 0..<(try r.count()) { registeredLetters[try r.text()] = LetterOnRecord(number: try r.text(), on: try r.day()) }
        let sampleHistories = try r.list { (r) throws(SnapshotError) in
            (last: try r.i32(), lines: try r.list { (r) throws(SnapshotError) in try r.raw() })
        }
        let listLines = try r.list { (r) throws(SnapshotError) in try r.raw() }
        guard r.isAtEnd, figureFold.contributions.count == requestFold.list.count, figureFold.figureContributions.count == requestFold.list.count else {
            throw .damaged("the parts do not fit together")
        }
        guard verified() else { throw .damaged("not the bytes written") }
        try rebuildIndexes()
        // Samples are folded again from their lines; each keeps its latest link.
        for h in sampleHistories {
            guard h.last >= 0, Int(h.last) < eventLinks.links.count else { throw .damaged("a sample's history") }
            for line in h.lines {
                guard let record = decoding(line), case .sample(let e) = record.event else { throw .damaged("a sample's line") }
                if let sample = sampleFold.evolve(record, e, link: h.last) {
                    if case .registered = e { numbersInUse.noteSample(sample.number, kind: sample.kind) }
                    if case .reportMade(let r) = e { numbersInUse.noteReport(r.lhp) }
                }
            }
        }
        for line in listLines {
            guard let record = decoding(line), case .lists(let e) = record.event else { throw .damaged("a list's line") }
            listFold.evolve(record, e)
        }
    }

    /// The parts of a ledger that follow from its requests alone.
    private mutating func rebuildIndexes() throws(SnapshotError) {
        let count = requestFold.list.count
        // The number index (most of this work) is built on another core meanwhile.
        let numbers = NumberIndexJob(requestFold.list)
        DispatchQueue.global(qos: .userInitiated).async { numbers.run() }
        defer { numbers.done.wait() }
        // Field by field: a copy of each request would retain and release all its parts.
        for i in requestFold.list.indices {
            guard requestFold.list[i].lastEvent < eventLinks.links.count else { throw .damaged("history of \(requestFold.list[i].number)") }
            if requestFold.list[i].decision == nil, requestFold.list[i].withdrawal == nil, !requestFold.list[i].voided { requestFold.open.insert(Int32(i)) }
        }
        for c in figureFold.figureContributions {
            if let c { figureFold.tallies[Int(c.year), default: YearTally()].add(c, 1) }
        }
        for i in objectionIndex.requestsWithObjections {
            guard i >= 0, Int(i) < count else { throw .damaged("objection place \(i)") }
            let objections = requestFold.list[Int(i)].objections
            for o in objections { objectionIndex.years[calendar.day(of: o.filed.receivedAt).year, default: []].append(i) }
            if objections.contains(where: { $0.awaitsAnswer || $0.disputeOpen }) { objectionIndex.pending.insert(i) }
        }
        for places in figureFold.yearIndex.values where places.contains(where: { $0 < 0 || Int($0) >= count }) {
            throw .damaged("a year's places")
        }
        numbers.done.wait()
        numbers.done.signal()
        if let twice = numbers.twice { throw .damaged("number \(twice) twice") }
        requestFold.index = numbers.index
    }

    /// Where each registration number is in a list of requests, worked out on another thread:
    /// written before `done` is signalled, read after it.
    private final class NumberIndexJob: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        /// Let go of once read, so that the ledger's list is again its only holder (a change
        /// to a shared list copies every request).
        private var list: [Request]?
        var index: [String: Int32] = [:]
        /// A number found twice (the snapshot is then not used).
        var twice: String?

        init(_ list: [Request]) {
            self.list = list
        }

        func run() {
            if let list {
                index.reserveCapacity(list.count + list.count / 8)
                for i in list.indices where index.updateValue(Int32(i), forKey: list[i].number) != nil {
                    twice = list[i].number
                    break
                }
            }
            list = nil
            done.signal()
        }
    }

    /// Tells apart the calendars and formats a snapshot can stand for: the fold depends on them
    /// (a holiday added in the config moves deadlines, so a snapshot saved before is not used).
    public static func snapshotFingerprint(
        calendar: WorkingCalendar, numbering: RegistrationNumbering, objectionNumbering: RegistrationNumbering, samplePolicy: SamplePolicy
    ) -> UInt64 {
        var text = "v\(snapshotVersion)|\(calendar.timeZone.identifier)|\(calendar.afterHoursCountsNextDay)|\(calendar.countsFromCompletion)"
        // The fold's rules themselves: a snapshot folded before the closing minute counted as
        // that day (issue 14 item 3) is not used.
        text += "|closing-inclusive"
        text += "|\(numbering.pattern)|\(objectionNumbering.pattern)"
        text += "|\(samplePolicy.bpcu.pattern)|\(samplePolicy.bpcui.pattern)|\(samplePolicy.lhp.pattern)|\(samplePolicy.billingExpiryDays)"
        for (k, v) in samplePolicy.standards.analysisMinutes.sorted(by: { $0.key < $1.key }) { text += "|\(k)=\(v)" }
        for weekday in 1...7 { text += "|" + calendar.serviceHours.spans(weekday: weekday).map { "\($0.start)-\($0.end)" }.joined(separator: ",") }
        for h in calendar.holidayList { text += "|\(h.date.ordinal):\(h.kind.rawValue):\(h.name)" }
        // FNV-1a: the same on every run (Swift's Hasher is seeded afresh per process).
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in text.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
        return hash
    }
}
