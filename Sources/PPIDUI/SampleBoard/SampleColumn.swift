import PPIDModel

/// The board's columns: the steps a sample waits for, five to a screen.
public enum SampleColumn: Int, Sendable, CaseIterable {
    /// Letter in, the sample itself not yet received.
    case request
    /// Waiting for the e-billing, or for its payment.
    case payment
    /// Waiting to go to the analyst, or with the analyst.
    case analysis
    /// Result in, the LHP to be written.
    case report
    /// LHP made, waiting for the customer.
    case handover

    /// The column of a sample waiting for `step`.
    public init(waitingFor step: SampleStep) {
        switch step {
        case .requested, .received: self = .request
        case .billed, .paid: self = .payment
        case .withAnalyst, .resultIn: self = .analysis
        case .reported: self = .report
        case .handedOver: self = .handover
        }
    }

    public var title: Phrase {
        switch self {
        case .request: Phrase(id: "Permintaan", en: "Request")
        case .payment: Phrase(id: "Pembayaran", en: "Payment")
        case .analysis: Phrase(id: "Analisa", en: "Analysis")
        case .report: Phrase(id: "Laporan", en: "Report")
        case .handover: Phrase(id: "Penyerahan", en: "Hand-over")
        }
    }
}
