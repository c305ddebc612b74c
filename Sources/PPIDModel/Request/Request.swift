import Foundation

/// A public-information request as its events leave it.
///
/// Its events themselves are kept by the ledger (`Ledger.history(of:)`), read back from the
/// log when asked for, so that a million events do not all sit in memory.
public struct Request: Sendable, Equatable {
    public struct Decision: Sendable, Equatable {
        public let decided: RequestDecided
        public let by: String
        public let recordedAt: Date
    }

    public struct Extension: Sendable, Equatable {
        public let reason: String
        public let by: String
        public let recordedAt: Date
    }

    public let number: String
    public internal(set) var receivedAt: Date
    public internal(set) var channel: Channel
    public internal(set) var details: RequestDetails
    /// The event holding the registration's fields in force (registration or latest correction).
    public var detailsEventID: String { detailsEvent.text }
    var detailsEvent: CompactEventID
    /// Set while the request is sent back as incomplete: what is missing.
    public internal(set) var missing: String?
    /// When it was declared complete after being sent back.
    public internal(set) var completedAt: Date?
    public internal(set) var extensionGiven: Extension?
    public internal(set) var decision: Decision?
    public internal(set) var handover: InformationHandedOver?
    public internal(set) var withdrawal: RequestWithdrawn?
    public internal(set) var voided = false
    /// Objections to this request, oldest first, with their disputes.
    public internal(set) var objections: [Objection] = []
    /// Ids of the events undone.
    public internal(set) var undone: Set<String> = []
    /// The ledger's index of this request's latest event (its history runs back from there).
    var lastEvent: Int32 = -1

    init(number: String, receivedAt: Date, channel: Channel, details: RequestDetails, detailsEventID: String) {
        self.number = number
        self.receivedAt = receivedAt
        self.channel = channel
        self.details = details
        detailsEvent = CompactEventID(detailsEventID)
    }

    public var status: RequestStatus {
        if voided { return .voided }
        if let d = decision { return .decided(d.decided.outcome) }
        if withdrawal != nil { return .withdrawn }
        return .open
    }

    /// The events of `history` in force, oldest first: neither undone nor an undo.
    public func effective(_ history: [EventRecord]) -> [EventRecord] {
        history.filter { !undone.contains($0.id) && !Request.isUndo($0) }
    }

    static func isUndo(_ r: EventRecord) -> Bool {
        if case .eventUndone = r.event { return true }
        return false
    }
}
