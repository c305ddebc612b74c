/// Identifies one state of a ledger: two equal revisions are two equal ledgers.
///
/// A ledger keeps a stamp object; a change made while anyone else holds that stamp (a copy of
/// the ledger, a revision kept by a cache) gets a new one, and the event count tells the
/// states of one stamp apart. Holding the stamp keeps its identity from being reused.
public struct Revision: Sendable, Equatable {
    let stamp: Stamp
    let events: Int

    public static func == (a: Revision, b: Revision) -> Bool { a.stamp === b.stamp && a.events == b.events }
}

/// An identity and nothing else.
final class Stamp: Sendable {}
