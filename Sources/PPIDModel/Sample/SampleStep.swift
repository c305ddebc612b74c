/// The steps of a sample's life, in the order procedure PK.TU-PJT.02 (seed report,
/// Lampiran 2) takes them. Each step is closed by one event; the time a step takes runs from
/// the event that closed the step before it to its own event.
///
/// How the procedure's ten steps and their standard times (*Mutu Baku*) map onto the events:
///
/// | step (event)        | closes procedure steps                                   | standard |
/// |---------------------|----------------------------------------------------------|----------|
/// | `requested`         | — the request letter is handed in: the clock starts      | —        |
/// | `received`          | 1 customer submits the request (5) · 2 officer receives the sample, BPCU/BPCUI, label, work order (35) | 40 min |
/// | `billed`            | 3 treasurer issues the e-billing (5)                     | 5 min    |
/// | `paid`              | 4 customer pays (5) · 5 treasurer receives payment, kuitansi (5) | 10 min |
/// | `withAnalyst`       | 6 officer receives the proof of payment and releases the work to the analyst (5) | 5 min |
/// | `resultIn`          | 7 analyst tests and hands in the result (300, per commodity in config) | 300 min |
/// | `reported`          | 8 officer writes the LHP (15)                            | 15 min   |
/// | `handedOver`        | 9 treasurer verifies payment, hands LHP and kuitansi (5) · 10 customer receives them (1) | 6 min |
///
/// The stages sum to the procedure's 381 minutes. An internal sample (BPCUI) is not billed:
/// it skips `billed` and `paid`, and goes from `received` to `withAnalyst`, which keeps its
/// 5 minutes for handing the work order to the analyst.
public enum SampleStep: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// The request letter (*surat permintaan*) was received; the sample got its number.
    case requested
    /// The sample was received, with its BPCU or BPCUI and its label.
    case received
    /// The e-billing was issued (SIMPONI billing code, amount, expiry).
    case billed
    /// Payment was received: NTPN and kuitansi.
    case paid
    /// The sample is with the analyst.
    case withAnalyst
    /// The analysis result came in.
    case resultIn
    /// The test report (LHP) was made.
    case reported
    /// The LHP and kuitansi were handed to the customer.
    case handedOver

    public static func < (a: SampleStep, b: SampleStep) -> Bool { a.rawValue < b.rawValue }

    /// A step whose time is mostly the customer's: paying the e-billing (procedure step 4) and
    /// collecting the LHP (step 10). Its time is shown and reported as waiting on the customer,
    /// apart from the office's own steps, and is not judged late against the procedure's few
    /// minutes (issue 14 item 7): a customer who pays two days later is no office delay.
    public var waitsOnCustomer: Bool { self == .paid || self == .handedOver }

    /// Procedure PK.TU-PJT.02's standard minutes for its steps 1 to 10.
    public static let procedureMinutes = [5, 35, 5, 5, 5, 5, 300, 15, 5, 1]

    /// The procedure steps (1…10) this step closes.
    public var procedureSteps: [Int] {
        switch self {
        case .requested: []
        case .received: [1, 2]
        case .billed: [3]
        case .paid: [4, 5]
        case .withAnalyst: [6]
        case .resultIn: [7]
        case .reported: [8]
        case .handedOver: [9, 10]
        }
    }

    /// The procedure's standard for this step: the sum of the steps it closes.
    public var procedureStandardMinutes: Int {
        procedureSteps.reduce(0) { $0 + SampleStep.procedureMinutes[$1 - 1] }
    }

    /// "1–2", "3", …: the procedure steps, for the history.
    public var procedureStepsLabel: String {
        guard let first = procedureSteps.first, let last = procedureSteps.last else { return "" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }

    /// What the step records, as the history names it.
    public var label: Phrase {
        switch self {
        case .requested: Phrase(id: "Surat permintaan diterima", en: "Request letter received")
        case .received: Phrase(id: "Sampel diterima", en: "Sample received")
        case .billed: Phrase(id: "e-billing diterbitkan", en: "e-billing issued")
        case .paid: Phrase(id: "Dibayar (NTPN, kuitansi)", en: "Paid (NTPN, kuitansi)")
        case .withAnalyst: Phrase(id: "Diserahkan ke analis", en: "With the analyst")
        case .resultIn: Phrase(id: "Hasil analisa masuk", en: "Analysis result in")
        case .reported: Phrase(id: "LHP dibuat", en: "LHP made")
        case .handedOver: Phrase(id: "LHP dan kuitansi diserahkan", en: "LHP and kuitansi handed over")
        }
    }

    /// What is still missing while a sample waits for this step, for refusals.
    public var missing: Phrase {
        switch self {
        case .requested: Phrase(id: "surat permintaan belum dicatat", en: "the request letter is not recorded")
        case .received: Phrase(id: "sampel belum diterima (BPCU/BPCUI)", en: "the sample is not received yet (BPCU/BPCUI)")
        case .billed: Phrase(id: "e-billing belum diterbitkan", en: "no e-billing has been issued")
        case .paid: Phrase(id: "belum dibayar (NTPN dan kuitansi belum dicatat)", en: "not paid yet (no NTPN and kuitansi recorded)")
        case .withAnalyst: Phrase(id: "sampel belum diserahkan ke analis", en: "the sample is not with the analyst yet")
        case .resultIn: Phrase(id: "hasil analisa belum masuk", en: "the analysis result is not in yet")
        case .reported: Phrase(id: "LHP belum dibuat", en: "the LHP is not made yet")
        case .handedOver: Phrase(id: "LHP belum diserahkan", en: "the LHP is not handed over yet")
        }
    }

    /// The wait before this step, short, for a card on the board.
    public var waitingLabel: Phrase {
        switch self {
        case .requested: Phrase(id: "Baru", en: "New")
        case .received: Phrase(id: "Tunggu sampel", en: "Sample due")
        case .billed: Phrase(id: "Tunggu billing", en: "Billing due")
        case .paid: Phrase(id: "Tunggu bayar", en: "Payment due")
        case .withAnalyst: Phrase(id: "Ke analis", en: "To analyst")
        case .resultIn: Phrase(id: "Di analis", en: "At analyst")
        case .reported: Phrase(id: "Susun LHP", en: "LHP due")
        case .handedOver: Phrase(id: "Siap diserahkan", en: "Ready")
        }
    }
}
