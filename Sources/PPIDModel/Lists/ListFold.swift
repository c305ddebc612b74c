import Foundation

/// A DIK entry: a consequence test as it now reads, its revocation, and its events.
public struct ExemptionEntry: Sendable, Equatable {
    public var test: ConsequenceTest
    public var revoked: TestRevoked?
    /// Its events in the order recorded: the test, its corrections, its revocation.
    public var history: [EventRecord]

    /// Whether a refusal noticed on `day` may rest on it: decided by then, not revoked by
    /// then, and not past its end.
    public func inForce(on day: CivilDate) -> Bool {
        test.decidedOn <= day && (revoked.map { day < $0.on } ?? true) && test.coversDay(day)
    }

    /// Whether it has reached its review date or its end on `day` and is not revoked: what
    /// the banner and `check` flag (Pasal 20: grounds a–f are not permanent).
    public func needsReview(on day: CivilDate) -> Bool {
        guard revoked == nil else { return false }
        if let r = test.reviewOn, day >= r { return true }
        if let u = test.until, day >= u { return true }
        return false
    }

    /// What the banner and `check` say of a test that `needsReview(on:)`.
    public func reviewNotice(on day: CivilDate) -> Phrase {
        let n = test.number
        if let u = test.until, day > u {
            return Phrase(
                id: "Uji konsekuensi \(n) berakhir \(u): tidak lagi dapat menjadi dasar penolakan; kaji ulang, cabut, atau pindahkan ke DIP",
                en: "Consequence test \(n) ended on \(u): no refusal can rest on it; review it, revoke it, or move it to the DIP")
        }
        let when = [test.reviewOn, test.until].compactMap { $0 }.filter { $0 <= day }.min() ?? day
        return Phrase(
            id: "Uji konsekuensi \(n) sampai pada tanggal kaji ulang/berakhir \(when): kaji ulang (koreksi) atau cabut",
            en: "Consequence test \(n) reached its review or end date \(when): review it (correct) or revoke it")
    }
}

/// A DIP entry as it now reads, whether it was taken off the list, and its events.
public struct PublicListing: Sendable, Equatable {
    public var entry: PublicEntry
    public var removed: PublicEntryRemoved?
    public var history: [EventRecord]
}

/// The two lists folded from their events (LAW §8). The events are few (an office's lists hold
/// tens of entries), so the fold keeps them whole: the histories, and what a snapshot saves.
package struct ListFold: Sendable {
    /// Every list event in the order recorded.
    package var records: [EventRecord] = []
    package var tests: [String: ExemptionEntry] = [:]
    package var testOrder: [String] = []
    package var entries: [String: PublicListing] = [:]
    package var entryOrder: [String] = []
    package var decisions: [PublicListDecided] = []

    package init() {}

    /// Records one event; never refuses (the rules ran before, in `Ledger.check`).
    package mutating func evolve(_ record: EventRecord, _ e: ListEvent) {
        records.append(record)
        switch e {
        case .testRecorded(let t):
            if tests[t.number] == nil { testOrder.append(t.number) }
            tests[t.number] = ExemptionEntry(test: t, revoked: nil, history: [record])
        case .testCorrected(let c):
            tests[c.test.number]?.test = c.test
            tests[c.test.number]?.history.append(record)
        case .testRevoked(let r):
            tests[r.test]?.revoked = r
            tests[r.test]?.history.append(record)
        case .publicEntrySet(let s):
            if var listing = entries[s.entry.number] {
                listing.entry = s.entry
                listing.removed = nil
                listing.history.append(record)
                entries[s.entry.number] = listing
            } else {
                entryOrder.append(s.entry.number)
                entries[s.entry.number] = PublicListing(entry: s.entry, removed: nil, history: [record])
            }
        case .publicEntryRemoved(let r):
            entries[r.entry]?.removed = r
            entries[r.entry]?.history.append(record)
        case .publicListDecided(let d):
            decisions.append(d)
        }
    }

    /// The next free DIK number: one after the highest number ending in digits.
    package var nextTestNumber: String {
        let highest = testOrder.compactMap { Int($0.reversed().prefix { $0.isNumber }.reversed().map(String.init).joined()) }.max() ?? 0
        var n = highest + 1
        while tests[Self.testNumber(n)] != nil { n += 1 }
        return Self.testNumber(n)
    }

    private static func testNumber(_ n: Int) -> String {
        let digits = String(n)
        return "DIK-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
