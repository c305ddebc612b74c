import Foundation

/// A public-information request as its events leave it.
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
    public internal(set) var detailsEventID: String
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
    /// Every event of this request in log order, undone ones included.
    public internal(set) var history: [EventRecord] = []
    /// Ids of the events undone.
    public internal(set) var undone: Set<String> = []

    public var status: RequestStatus {
        if voided { return .voided }
        if let d = decision { return .decided(d.decided.outcome) }
        if withdrawal != nil { return .withdrawn }
        return .open
    }

    /// The events in force, oldest first.
    public var effectiveHistory: [EventRecord] {
        history.filter { !undone.contains($0.id) && !isUndo($0) }
    }

    /// The last event in force, which is the only one an undo may name.
    public var latestEffectiveEvent: EventRecord? { effectiveHistory.last }

    private func isUndo(_ r: EventRecord) -> Bool {
        if case .eventUndone = r.event { return true }
        return false
    }
}
