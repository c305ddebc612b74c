import Foundation
import Synchronization
import Testing
@testable import PPIDModel

/// The ledger never reads: events its recorder placed elsewhere (the store's log) are known by
/// their places, and an undo of one is given the earlier events it needs (issue 24 item 2).
@Suite struct PureEvolveTests {
    var rec = Recorder()
    let number = "PPID-2019-001"

    /// A ledger whose three events the recorder placed at made-up places, as the store's are.
    func placedLedger() -> (Ledger, [EventRecord]) {
        var rec = self.rec
        var ledger = Ledger(calendar: wib)
        let records = [
            rec.record(registration(number, "2019-10-10T09:00:00+07:00")),
            rec.record(.requestExtended(RequestExtended(request: number, reason: "Data di bidang lain", on: day("2019-10-15")))),
            rec.record(.requestDecided(RequestDecided(request: number, outcome: .granted, noticeOn: day("2019-10-20")))),
        ]
        for (i, r) in records.enumerated() { ledger.evolve(r, placedAt: UInt64(100 * i), earlier: nil) }
        return (ledger, records)
    }

    @Test func anUndoIsEvolvedFromTheEarlierEventsItIsHanded() throws {
        var (ledger, records) = placedLedger()
        #expect(ledger[number]?.status == .decided(.granted))
        let undo = EventRecord(id: "u", at: rec.now, by: "siti", event: .eventUndone(EventUndone(request: number, undoes: records[2].id)))
        ledger.evolve(undo, placedAt: 300, earlier: records)
        let r = try #require(ledger[number])
        #expect(r.status == .open, "the request is rebuilt from the events in force")
        #expect(r.extensionGiven?.reason == "Data di bidang lain")
        #expect(r.undone == [records[2].id])
    }

    @Test func theLedgerReadsNoHistoryItDoesNotKeep() throws {
        let (ledger, records) = placedLedger()
        #expect(throws: LedgerError.historyUnreadable(number)) { try ledger.history(of: number) }
        // The recorder reads its places back; the ledger only chains them.
        let asked = Mutex<[UInt64]>([])
        let reader = RecordReader { places in
            asked.withLock { $0 = places }
            return places.map { records[Int($0) / 100] }
        }
        #expect(try ledger.history(of: number, reading: reader) == records)
        #expect(asked.withLock { $0 } == [0, 100, 200])
    }

    @Test func decideChecksAnUndoAgainstTheHistoryItIsHanded() throws {
        let (ledger, records) = placedLedger()
        let undo = Command.undo(EventUndone(request: number, undoes: records[2].id))
        #expect(throws: LedgerError.historyUnreadable(number)) { try decide(undo, ledger, now: rec.now, by: "siti") }
        #expect(try decide(undo, ledger, now: rec.now, by: "siti", histories: [number: records]).count == 1)
        let tooEarly = Command.undo(EventUndone(request: number, undoes: records[1].id))
        #expect(throws: LedgerError.notLatestEvent(number)) { try decide(tooEarly, ledger, now: rec.now, by: "siti", histories: [number: records]) }
    }
}
