import Foundation

/// One line of the log: an event with who recorded it, when, and under which schema.
public struct EventRecord: Sendable, Equatable, Identifiable {
    /// The schema this version of the program writes.
    public static let currentVersion = 1

    public var version: Int
    /// A unique id (a UUID string).
    public var id: String
    /// When it was recorded.
    public var at: Date
    /// The officer who recorded it.
    public var by: String
    public var event: Event

    public init(version: Int = EventRecord.currentVersion, id: String, at: Date, by: String, event: Event) {
        self.version = version
        self.id = id
        self.at = at
        self.by = by
        self.event = event
    }
}
