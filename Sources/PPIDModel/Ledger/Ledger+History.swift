import Foundation

extension Ledger {
    /// Every event of a request in log order, undone ones and undos included, read back from
    /// the log where needed.
    public func history(of number: String) throws(LedgerError) -> [EventRecord] {
        guard let r = self[number] else { throw .unknownRequest(number) }
        return try requestFold.history(from: r.lastEvent, of: number)
    }

    /// The events of a request in force, oldest first.
    public func effectiveHistory(of number: String) throws(LedgerError) -> [EventRecord] {
        guard let r = self[number] else { throw .unknownRequest(number) }
        return r.effective(try requestFold.history(from: r.lastEvent, of: number))
    }

    /// The last event in force of a request, which is the only one an undo may name.
    public func latestEffectiveEvent(of number: String) throws(LedgerError) -> EventRecord? {
        try effectiveHistory(of: number).last
    }
}
