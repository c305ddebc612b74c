/// Where a request stands.
public enum RequestStatus: Sendable, Hashable, Labelled {
    /// Waiting for its written notice.
    case open
    /// Decided with this outcome.
    case decided(Outcome)
    /// Withdrawn by the requester.
    case withdrawn
    /// Its registration was undone: it counts nowhere, its number is never reused.
    case voided

    public var isOpen: Bool { self == .open }

    public var label: Phrase {
        switch self {
        case .open: Phrase(id: "Dalam Proses", en: "Open")
        case .decided(let o): o.label
        case .withdrawn: Phrase(id: "Dicabut", en: "Withdrawn")
        case .voided: Phrase(id: "Dibatalkan", en: "Voided")
        }
    }
}
