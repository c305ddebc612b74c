import Foundation

/// Where a record's line is in the log: enough to read it back.
public struct LogPlace: Sendable, Hashable {
    /// Byte offset of the line's first byte.
    public let offset: Int64
    /// The line's length in bytes, without its newline.
    public let length: Int

    public init(offset: Int64, length: Int) {
        self.offset = offset
        self.length = length
    }
}

/// Reads records back from the log by their places, for the histories a ledger does not hold
/// in memory (the detail view, an undo, a resumed import).
public protocol EventArchive: Sendable {
    /// The records at these places, in order; nil when any of them cannot be read back as it
    /// was (the file was changed behind ppid-tui's back).
    func records(at places: [LogPlace]) -> [EventRecord]?
}

/// One applied event: where its record is, and the previous event of the same request.
struct HistoryLink: Sendable, Equatable {
    /// A log place (offset in the high 40 bits, length in the low 23), or, with the top bit
    /// set, an index into the ledger's in-memory records.
    let location: UInt64
    /// Index of the request's previous event in `Ledger.links`, or -1.
    let previous: Int32

    static let inMemory: UInt64 = 1 << 63
    static let lengthBits: UInt64 = 23

    var place: LogPlace? {
        guard location & HistoryLink.inMemory == 0 else { return nil }
        return LogPlace(offset: Int64(location >> HistoryLink.lengthBits), length: Int(location & (1 << HistoryLink.lengthBits - 1)))
    }

    var memoryIndex: Int? { location & HistoryLink.inMemory == 0 ? nil : Int(location & ~HistoryLink.inMemory) }
}
