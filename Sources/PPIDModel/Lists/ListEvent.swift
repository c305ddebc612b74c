import Foundation

/// Everything that happens to the two lists a PPID keeps (LAW §8): the exempt information
/// (DIK), made of consequence tests, and the public information (DIP).
public enum ListEvent: Sendable, Equatable {
    /// A consequence test was made and decided; it joins the DIK.
    case testRecorded(ConsequenceTest)
    /// A test's fields were corrected; `changes` names them.
    case testCorrected(TestCorrected)
    /// A test was revoked by the PPID: it leaves the DIK.
    case testRevoked(TestRevoked)
    /// A DIP entry was added or updated; `changes` names what an update changed.
    case publicEntrySet(PublicEntrySet)
    /// A DIP entry was taken off the list.
    case publicEntryRemoved(PublicEntryRemoved)
    /// The PPID's decision establishing or updating the DIP.
    case publicListDecided(PublicListDecided)

    /// The entry's number (a DIK or DIP number; the decision's number for a DIP decision).
    public var entry: String {
        switch self {
        case .testRecorded(let t): t.number
        case .testCorrected(let e): e.test.number
        case .testRevoked(let e): e.test
        case .publicEntrySet(let e): e.entry.number
        case .publicEntryRemoved(let e): e.entry
        case .publicListDecided(let e): e.decisionNumber
        }
    }
}

/// A consequence test's fields, corrected: the whole test as it now reads, and the fields
/// that changed.
public struct TestCorrected: Sendable, Hashable {
    public var test: ConsequenceTest
    public var changes: [String]
    public var reason: String

    public init(test: ConsequenceTest, changes: [String] = [], reason: String) {
        self.test = test
        self.changes = changes
        self.reason = reason
    }
}

/// A consequence test revoked by a decision of the PPID (the information is no longer exempt).
public struct TestRevoked: Sendable, Hashable {
    public var test: String
    public var on: CivilDate
    public var decisionNumber: String
    public var reason: String

    public init(test: String, on: CivilDate, decisionNumber: String, reason: String) {
        self.test = test
        self.on = on
        self.decisionNumber = decisionNumber
        self.reason = reason
    }
}

/// A DIP entry as it reads from `on`; `changes` names the fields an update changed (empty
/// when the entry is new).
public struct PublicEntrySet: Sendable, Hashable {
    public var entry: PublicEntry
    public var on: CivilDate
    public var changes: [String]

    public init(entry: PublicEntry, on: CivilDate, changes: [String] = []) {
        self.entry = entry
        self.on = on
        self.changes = changes
    }
}

/// A DIP entry taken off the list from `on`.
public struct PublicEntryRemoved: Sendable, Hashable {
    public var entry: String
    public var on: CivilDate
    public var reason: String

    public init(entry: String, on: CivilDate, reason: String) {
        self.entry = entry
        self.on = on
        self.reason = reason
    }
}

/// The PPID's decision (*keputusan PPID*) establishing or updating the DIP.
public struct PublicListDecided: Sendable, Hashable {
    public var decisionNumber: String
    public var on: CivilDate

    public init(decisionNumber: String, on: CivilDate) {
        self.decisionNumber = decisionNumber
        self.on = on
    }
}
