import Foundation

/// Where a sample stands.
public enum SampleStatus: Sendable, Hashable, Labelled {
    /// Waiting for this step.
    case open(next: SampleStep)
    /// The LHP and kuitansi were handed over: done.
    case handedOver
    /// Cancelled before hand-over.
    case cancelled

    public var isOpen: Bool {
        if case .open = self { return true }
        return false
    }

    public var label: Phrase {
        switch self {
        case .open(let next): next.waitingLabel
        case .handedOver: Phrase(id: "Selesai", en: "Done")
        case .cancelled: Phrase(id: "Dibatalkan", en: "Cancelled")
        }
    }
}

/// A sample as its events leave it.
public struct Sample: Sendable, Equatable {
    public let number: String
    public internal(set) var registration: SampleRegistered
    public internal(set) var receipt: SampleReceived?
    /// Every e-billing issued, oldest first; the last one is in force.
    public internal(set) var billings: [BillingIssued] = []
    public internal(set) var payment: SamplePaid?
    public internal(set) var assignment: SampleAssigned?
    public internal(set) var result: AnalysisResultIn?
    public internal(set) var report: ReportMade?
    public internal(set) var handover: ReportHandedOver?
    public internal(set) var cancellation: SampleCancelled?
    /// The ledger's index of this sample's latest event (its history runs back from there,
    /// as a request's does: `Ledger.history(ofSample:)`).
    package var lastEvent: Int32 = -1

    public init(registration: SampleRegistered) {
        number = registration.sample
        self.registration = registration
    }

    public var details: SampleDetails { registration.details }
    public var kind: SampleKind { registration.details.kind }
    /// The e-billing in force.
    public var billing: BillingIssued? { billings.last }

    /// The steps this sample goes through: all of them, less billing and payment when internal.
    public var route: [SampleStep] {
        kind.isBilled ? SampleStep.allCases : SampleStep.allCases.filter { $0 != .billed && $0 != .paid }
    }

    /// When a step happened; nil when it has not (yet). For `billed`, the first e-billing:
    /// a re-issue does not restart the wait for payment.
    public func time(of step: SampleStep) -> Date? {
        switch step {
        case .requested: registration.receivedAt
        case .received: receipt?.receivedAt
        case .billed: billings.first?.issuedAt
        case .paid: payment?.paidAt
        case .withAnalyst: assignment?.assignedAt
        case .resultIn: result?.resultAt
        case .reported: report?.madeAt
        case .handedOver: handover?.handedOverAt
        }
    }

    /// The latest step done.
    public var lastStep: SampleStep { route.last { time(of: $0) != nil } ?? .requested }

    /// The step the sample waits for; nil once handed over or cancelled.
    public var nextStep: SampleStep? {
        guard cancellation == nil else { return nil }
        return route.first { time(of: $0) == nil }
    }

    /// The step before `step` on this sample's route.
    public func previous(_ step: SampleStep) -> SampleStep? {
        guard let i = route.firstIndex(of: step), i > 0 else { return nil }
        return route[i - 1]
    }

    public var status: SampleStatus {
        if cancellation != nil { return .cancelled }
        if let next = nextStep { return .open(next: next) }
        return .handedOver
    }

    public var isOpen: Bool { status.isOpen }

    /// Whether the e-billing in force, still unpaid, has expired at `instant`.
    public func billingExpired(at instant: Date) -> Bool {
        guard payment == nil, let b = billing else { return false }
        return instant > b.expiresAt
    }
}
