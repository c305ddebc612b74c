import Testing
import PPIDModel
@testable import PPIDUI

/// The index's record of each request's fields version is smaller than the ids themselves but
/// tells them apart exactly: a correction is never taken for the fields already folded.
@Suite struct QueueFilterIndexVersionsTests {
    static let a = CompactEventID("0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f")
    /// `a` with only its last digit changed: the low half differs.
    static let lastDigit = CompactEventID("0b1c2d3e-4f50-4617-8829-3a4b5c6d7e80")
    /// `a` with only its first digit changed: the high half differs.
    static let firstDigit = CompactEventID("1b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f")

    @Test func uuidAndTextIdsAreHeldExactly() {
        var versions = QueueFilterIndex.Versions()
        versions.append(Self.a)
        versions.append(CompactEventID("r1"))
        versions.append(CompactEventID(""))
        #expect(versions.count == 3)
        #expect(versions.holds(Self.a, at: 0))
        #expect(!versions.holds(Self.lastDigit, at: 0))
        #expect(!versions.holds(Self.firstDigit, at: 0))
        #expect(!versions.holds(CompactEventID("r1"), at: 0))
        #expect(versions.holds(CompactEventID("r1"), at: 1))
        #expect(!versions.holds(CompactEventID("r2"), at: 1))
        // A text id's place holds zeros in the UUID halves: a UUID of zeros is not taken for it.
        #expect(!versions.holds(CompactEventID("00000000-0000-0000-0000-000000000000"), at: 1))
        #expect(versions.holds(CompactEventID(""), at: 2))
        #expect(!versions.holds(Self.a, at: 2))
    }

    @Test func aCorrectionWithUUIDIdsIsFoldedAgain() throws {
        var ledger = Ledger(calendar: Desk.calendar)
        let details = RequestDetails(requesterName: "Budi", category: .individual, topic: .other, subject: "Tarif")
        try ledger.apply(EventRecord(id: "0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f", at: Desk.now, by: "siti", event: .requestRegistered(RequestRegistered(
            request: "PPID-2026-001", receivedAt: Desk.now, channel: .walkIn, details: details))))
        var index = QueueFilterIndex()
        index.update(ledger.requests)
        #expect(index.matches("budi") == [0])
        let first = try #require(ledger.requests.first)
        let fixed = RequestDetails(requesterName: "Siti", category: .individual, topic: .other, subject: "Tarif")
        try ledger.apply(EventRecord(id: "0b1c2d3e-4f50-4617-8829-3a4b5c6d7e80", at: Desk.now, by: "siti", event: .requestCorrected(RequestCorrected(
            request: first.number, corrects: first.detailsEventID, receivedAt: first.receivedAt, channel: first.channel, details: fixed))))
        index.update(ledger.requests)
        #expect(index.matches("budi") == [])
        #expect(index.matches("siti") == [0])
    }
}
