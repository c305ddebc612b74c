import Foundation

/// One line of the log: an event with who recorded it, when, and under which schema.
public struct EventRecord: Sendable, Equatable, Identifiable {
    /// The schema this version of the program writes.
    public static let currentVersion = 1

    public var version: Int
    /// A unique id (a UUID string).
    public var id: String {
        get { compactID.text }
        set { compactID = CompactEventID(newValue) }
    }
    /// The id as the ledger keeps it: 16 bytes for a UUID, so a replay makes no string of it.
    var compactID: CompactEventID
    /// When it was recorded.
    public var at: Date
    /// The officer who recorded it.
    public var by: String
    public var event: Event

    public init(version: Int = EventRecord.currentVersion, id: String, at: Date, by: String, event: Event) {
        self.version = version
        compactID = CompactEventID(id)
        self.at = at
        self.by = by
        self.event = event
    }

    /// A record whose id is given as its well-formed UTF-8 bytes, as a log reader finds them:
    /// the same record as with `id: String(decoding: idUTF8, as: UTF8.self)`.
    public init(version: Int = EventRecord.currentVersion, idUTF8: UnsafeBufferPointer<UInt8>, at: Date, by: String, event: Event) {
        self.version = version
        compactID = CompactEventID(utf8: idUTF8)
        self.at = at
        self.by = by
        self.event = event
    }
}
