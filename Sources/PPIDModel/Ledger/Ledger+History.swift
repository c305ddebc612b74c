import Foundation

extension Ledger {
    /// Every event of a request in log order, undone ones and undos included; those the
    /// recorder placed elsewhere (the log) read back through `reader`.
    public func history(of number: String, reading reader: RecordReader = .none) throws(LedgerError) -> [EventRecord] {
        guard let r = self[number] else { throw .unknownRequest(number) }
        return try eventLinks.history(from: r.lastEvent, of: .request(number), reading: reader)
    }

    /// The events of a request in force, oldest first.
    public func effectiveHistory(of number: String, reading reader: RecordReader = .none) throws(LedgerError) -> [EventRecord] {
        guard let r = self[number] else { throw .unknownRequest(number) }
        return r.effective(try eventLinks.history(from: r.lastEvent, of: .request(number), reading: reader))
    }

    /// The last event in force of a request (an undo names `undoableEvent(of:)`, which passes over a letter).
    public func latestEffectiveEvent(of number: String, reading reader: RecordReader = .none) throws(LedgerError) -> EventRecord? {
        try effectiveHistory(of: number, reading: reader).last
    }

    /// Every event of a sample in log order; those placed elsewhere read back through `reader`.
    public func history(ofSample number: String, reading reader: RecordReader = .none) throws(LedgerError) -> [EventRecord] {
        guard let s = samples[number] else { throw .sample(.unknownSample(number)) }
        return try eventLinks.history(from: s.lastEvent, of: .sample(number), reading: reader)
    }
}
