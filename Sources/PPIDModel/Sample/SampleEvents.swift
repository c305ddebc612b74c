import Foundation

/// Everything that can happen to a sample (procedure PK.TU-PJT.02), in the past tense.
///
/// Every event names its sample by its number (BPCU or BPCUI) and carries the time the step
/// happened, which may be earlier than the entry (the record's own time), never later.
public enum SampleEvent: Sendable, Equatable {
    case registered(SampleRegistered)
    case received(SampleReceived)
    case billingIssued(BillingIssued)
    case paid(SamplePaid)
    case assigned(SampleAssigned)
    case resultIn(AnalysisResultIn)
    case reportMade(ReportMade)
    case handedOver(ReportHandedOver)
    case cancelled(SampleCancelled)
    /// The time of an earlier step, recorded wrong (a clock running ahead), corrected.
    case stepCorrected(SampleStepCorrected)

    /// The number of the sample the event belongs to.
    public var sample: String {
        switch self {
        case .registered(let e): e.sample
        case .received(let e): e.sample
        case .billingIssued(let e): e.sample
        case .paid(let e): e.sample
        case .assigned(let e): e.sample
        case .resultIn(let e): e.sample
        case .reportMade(let e): e.sample
        case .handedOver(let e): e.sample
        case .cancelled(let e): e.sample
        case .stepCorrected(let e): e.sample
        }
    }

    /// When the step happened.
    public var time: Date {
        switch self {
        case .registered(let e): e.receivedAt
        case .received(let e): e.receivedAt
        case .billingIssued(let e): e.issuedAt
        case .paid(let e): e.paidAt
        case .assigned(let e): e.assignedAt
        case .resultIn(let e): e.resultAt
        case .reportMade(let e): e.madeAt
        case .handedOver(let e): e.handedOverAt
        case .cancelled(let e): e.cancelledAt
        case .stepCorrected(let e): e.time
        }
    }

    /// The step the event records; nil for a cancellation.
    public var step: SampleStep? {
        switch self {
        case .registered: .requested
        case .received: .received
        case .billingIssued: .billed
        case .paid: .paid
        case .assigned: .withAnalyst
        case .resultIn: .resultIn
        case .reportMade: .reported
        case .handedOver: .handedOver
        case .cancelled, .stepCorrected: nil
        }
    }
}

/// A request letter was received; the sample got its BPCU or BPCUI number (PK.TU-PJT.02 step 1).
///
/// The number is given here, under the log's lock, so the sample has one key for its whole
/// life; the BPCU document bearing it is issued when the sample itself is received. A sample
/// cancelled before that keeps its number, which is never given again.
public struct SampleRegistered: Sendable, Hashable, Codable {
    public var sample: String
    public var receivedAt: Date
    public var details: SampleDetails

    public init(sample: String, receivedAt: Date, details: SampleDetails) {
        self.sample = sample
        self.receivedAt = receivedAt
        self.details = details
    }
}

/// The sample was received and labelled; its BPCU/BPCUI was issued (step 2).
public struct SampleReceived: Sendable, Hashable, Codable {
    public var sample: String
    public var receivedAt: Date
    /// The code on the sample's label.
    public var label: String

    public init(sample: String, receivedAt: Date, label: String) {
        self.sample = sample
        self.receivedAt = receivedAt
        self.label = label
    }
}

/// The treasurer issued an e-billing (step 3); a later one replaces it (a re-issue).
public struct BillingIssued: Sendable, Hashable, Codable {
    public var sample: String
    public var issuedAt: Date
    /// The SIMPONI billing code: 15 digits starting 7, 8 or 9 (LAW §7).
    public var code: String
    /// Rupiah.
    public var amount: Int
    /// After this moment the billing can no longer be paid.
    public var expiresAt: Date
    /// Why the amount is not the config's tariff for the sample; empty when it is (or none applies).
    public var amountReason: String

    public init(sample: String, issuedAt: Date, code: String, amount: Int, expiresAt: Date, amountReason: String = "") {
        self.sample = sample
        self.issuedAt = issuedAt
        self.code = code
        self.amount = amount
        self.expiresAt = expiresAt
        self.amountReason = amountReason
    }
}

/// The customer paid; the treasurer received it and issued the kuitansi (steps 4–5).
public struct SamplePaid: Sendable, Hashable, Codable {
    public var sample: String
    public var paidAt: Date
    /// The state revenue transaction number: 16 letters and digits (LAW §7).
    public var ntpn: String
    /// The lab's receipt (*kuitansi*) number.
    public var receiptNumber: String

    public init(sample: String, paidAt: Date, ntpn: String, receiptNumber: String) {
        self.sample = sample
        self.paidAt = paidAt
        self.ntpn = ntpn
        self.receiptNumber = receiptNumber
    }
}

/// The sample went to the analyst with its work order (step 6).
public struct SampleAssigned: Sendable, Hashable, Codable {
    public var sample: String
    public var assignedAt: Date
    public var analyst: String

    public init(sample: String, assignedAt: Date, analyst: String) {
        self.sample = sample
        self.assignedAt = assignedAt
        self.analyst = analyst
    }
}

/// The analyst handed the result (*hasil analisa*) to the counter (step 7).
public struct AnalysisResultIn: Sendable, Hashable, Codable {
    public var sample: String
    public var resultAt: Date
    public var note: String

    public init(sample: String, resultAt: Date, note: String = "") {
        self.sample = sample
        self.resultAt = resultAt
        self.note = note
    }
}

/// The test report (*Laporan Hasil Pengujian*, LHP) was made and numbered (step 8).
public struct ReportMade: Sendable, Hashable, Codable {
    public var sample: String
    public var madeAt: Date
    /// The LHP number, given under the log's lock.
    public var lhp: String
    public var note: String

    public init(sample: String, madeAt: Date, lhp: String, note: String = "") {
        self.sample = sample
        self.madeAt = madeAt
        self.lhp = lhp
        self.note = note
    }
}

/// The LHP and kuitansi were handed to the customer after payment was verified (steps 9–10).
public struct ReportHandedOver: Sendable, Hashable, Codable {
    public var sample: String
    public var handedOverAt: Date
    /// Who collected them, when not the customer named on the letter.
    public var receivedBy: String

    public init(sample: String, handedOverAt: Date, receivedBy: String = "") {
        self.sample = sample
        self.handedOverAt = handedOverAt
        self.receivedBy = receivedBy
    }
}

/// The sample was cancelled before hand-over, with a reason.
public struct SampleCancelled: Sendable, Hashable, Codable {
    public var sample: String
    public var cancelledAt: Date
    public var reason: String

    public init(sample: String, cancelledAt: Date, reason: String) {
        self.sample = sample
        self.cancelledAt = cancelledAt
        self.reason = reason
    }
}

/// The time of a step already recorded was wrong (the computer's clock ran ahead, a slip of
/// the keys) and is corrected; the first record stays in the history.
public struct SampleStepCorrected: Sendable, Hashable {
    public var sample: String
    public var step: SampleStep
    /// The step's real time.
    public var time: Date
    public var reason: String

    public init(sample: String, step: SampleStep, time: Date, reason: String) {
        self.sample = sample
        self.step = step
        self.time = time
        self.reason = reason
    }
}
