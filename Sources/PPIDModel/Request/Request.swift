import Foundation

/// A public-information request as its events leave it.
///
/// Its events themselves are chained by the ledger (`Ledger.history(of:reading:)`) and read
/// back from the log by the store when asked for, so that a million events do not all sit in memory.
public struct Request: Sendable, Equatable {
    public struct Decision: Sendable, Equatable {
        public let decided: RequestDecided
        public let by: String
        public let recordedAt: Date

        package init(decided: RequestDecided, by: String, recordedAt: Date) {
            (self.decided, self.by, self.recordedAt) = (decided, by, recordedAt)
        }
    }

    public struct Extension: Sendable, Equatable {
        public let reason: String
        public let by: String
        public let recordedAt: Date
        /// The date of the extension letter, when recorded.
        public let on: CivilDate?

        package init(reason: String, by: String, recordedAt: Date, on: CivilDate?) {
            (self.reason, self.by, self.recordedAt, self.on) = (reason, by, recordedAt, on)
        }
    }

    public let number: String
    public internal(set) var receivedAt: Date
    public internal(set) var channel: Channel
    public internal(set) var details: RequestDetails
    /// The event holding the registration's fields in force (registration or latest correction).
    public var detailsEventID: String { detailsEvent.text }
    /// The same event, compared without making its text: a different value means the fields
    /// were corrected (or a correction undone) in between.
    public var detailsVersion: CompactEventID { detailsEvent }
    package var detailsEvent: CompactEventID
    public package(set) var decision: Decision?
    public package(set) var voided = false
    /// Voided by an undo that said it was spam (`EventUndone.isSpamVoiding`).
    public internal(set) var voidedAsSpam: Bool {
        get { rare.isEmpty ? false : rare[0].voidedAsSpam }
        set { editRare { $0.voidedAsSpam = newValue } }
    }
    /// The ledger's index of this request's latest event (its history runs back from there).
    package var lastEvent: Int32 = -1

    /// Set while the request is sent back as incomplete: what is missing.
    public internal(set) var missing: String? {
        get { rare.isEmpty ? nil : rare[0].missing }
        set { editRare { $0.missing = newValue } }
    }
    /// What was missing when it was last sent back as incomplete, kept once it is declared
    /// complete: the register's "Kekurangan" column shows it for good (issue 22).
    public internal(set) var returnedFor: String? {
        get { rare.isEmpty ? nil : rare[0].returnedFor }
        set { editRare { $0.returnedFor = newValue } }
    }
    /// The day it was last sent back as incomplete (nil: the day that event was recorded, in
    /// lines from before the date was kept), and when that was recorded.
    public internal(set) var returned: (on: CivilDate?, recordedAt: Date)? {
        get { rare.isEmpty ? nil : rare[0].returnedAt.map { (rare[0].returnedOn, $0) } }
        set { editRare { $0.returnedOn = newValue?.on; $0.returnedAt = newValue?.recordedAt } }
    }
    /// When it was declared complete after being sent back.
    public internal(set) var completedAt: Date? {
        get { rare.isEmpty ? nil : rare[0].completedAt }
        set { editRare { $0.completedAt = newValue } }
    }
    public internal(set) var extensionGiven: Extension? {
        get { rare.isEmpty ? nil : rare[0].extensionGiven }
        set { editRare { $0.extensionGiven = newValue } }
    }
    public internal(set) var handover: InformationHandedOver? {
        get { rare.isEmpty ? nil : rare[0].handover }
        set { editRare { $0.handover = newValue } }
    }
    public internal(set) var withdrawal: RequestWithdrawn? {
        get { rare.isEmpty ? nil : rare[0].withdrawal }
        set { editRare { $0.withdrawal = newValue } }
    }
    /// Objections to this request, oldest first, with their disputes.
    public internal(set) var objections: [Objection] {
        get { rare.isEmpty ? [] : rare[0].objections }
        set { editRare { $0.objections = newValue } }
    }
    /// Ids of the events undone.
    public internal(set) var undone: Set<String> {
        get { rare.isEmpty ? [] : rare[0].undone }
        set { editRare { $0.undone = newValue } }
    }

    /// What most requests never have, out of line so that a ledger's many requests stay small:
    /// no element (and no allocation) for most, one for the rest; an array copies on write.
    /// Read through `rare[0]`, which lends one field, not `rare.first`, which copies them all.
    package var rare: [Rare] = []

    package struct Rare: Sendable, Equatable {
        package var missing: String?
        package var returnedFor: String?
        package var returnedOn: CivilDate?
        package var returnedAt: Date?
        package var completedAt: Date?
        package var extensionGiven: Extension?
        package var handover: InformationHandedOver?
        package var withdrawal: RequestWithdrawn?
        package var objections: [Objection] = []
        package var undone: Set<String> = []
        package var voidedAsSpam = false

        package init() {}

        package var isEmpty: Bool {
            missing == nil && returnedFor == nil && returnedOn == nil && returnedAt == nil && completedAt == nil && extensionGiven == nil && handover == nil && withdrawal == nil && objections.isEmpty && undone.isEmpty && !voidedAsSpam
        }
    }

    private mutating func editRare(_ body: (inout Rare) -> Void) {
        if rare.isEmpty { rare = [Rare()] }
        body(&rare[0])
        if rare[0].isEmpty { rare = [] }
    }

    package init(number: String, receivedAt: Date, channel: Channel, details: RequestDetails, detailsEvent: CompactEventID) {
        self.number = number
        self.receivedAt = receivedAt
        self.channel = channel
        self.details = details
        self.detailsEvent = detailsEvent
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

    package static func isUndo(_ r: EventRecord) -> Bool {
        if case .eventUndone = r.event { return true }
        return false
    }
}
