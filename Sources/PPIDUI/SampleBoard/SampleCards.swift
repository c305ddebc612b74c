import Foundation
import PPIDModel

/// One sample as the board and the list show it.
public struct SampleCard: Sendable, Equatable {
    public let number: String
    public let customer: Customer
    public let commodity: String
    public let status: SampleStatus
    /// The step it waits for, with its time so far; nil once closed.
    public let waiting: StepTime?
    /// An unpaid e-billing past its expiry.
    public let billingExpired: Bool
    /// What it waits for, in a few words: the analyst's name, the LHP number, an expired billing.
    public let stage: Phrase
    /// Nil once handed over or cancelled.
    public let column: SampleColumn?
    /// How far past its standard, for ordering: elapsed ÷ standard.
    let urgency: Double
    /// The analyst holding it, while at the analyst.
    let analyst: String?

    /// "Name · Organisation" when it fits `width`, else the organisation (the customer a lab
    /// knows), else the name.
    public func customer(width: Int) -> String {
        let both = "\(customer.name) · \(customer.organisation)"
        if customer.organisation.isEmpty { return customer.name }
        return both.displayWidth <= width ? both : customer.organisation
    }

    /// What it waits for in `width` columns: "Analis: Dedi Kurniawan", or "Analis: Dedi".
    public func stage(_ lang: Language, width: Int) -> String {
        let full = stage(lang)
        guard full.displayWidth > width, let analyst, let first = analyst.split(separator: " ").first else { return full }
        return Phrase(id: "Analis: \(first)", en: "Analyst: \(first)")(lang)
    }
}

/// The samples on the board: open ones by column, the latest against its standard first;
/// with `showClosed`, the handed-over and cancelled ones follow, newest first. The filter
/// matches every number the sample carries (BPCU, letter, label, e-billing, NTPN, kuitansi, LHP,
/// request), customer, organisation, commodity, parameters and analyst,
/// ignoring case and accents.
public func sampleCards(_ ledger: Ledger, now: Date, board: SampleBoardState) -> [SampleCard] {
    let needle = fold(board.filter.text)
    func matches(_ s: Sample) -> Bool {
        guard !needle.isEmpty else { return true }
        let d = s.details
        // Every number the sample carries: its own, the letter's, the label's, each e-billing
        // code, the NTPN and kuitansi, the LHP, and the request it came from.
        let texts: [String] = [s.number, d.letterNumber, d.customer.name, d.customer.organisation, d.commodity, d.parameters,
                     s.assignment?.analyst ?? "", s.receipt?.label ?? "", s.report?.lhp ?? "", d.fromRequest ?? "",
                     s.payment?.ntpn ?? "", s.payment?.receiptNumber ?? ""] + s.billings.map(\.code)
        return texts.contains { fold($0).contains(needle) }
    }
    var open: [SampleCard] = []
    var closed: [SampleCard] = []
    for number in ledger.sampleNumbers.reversed() {
        guard let s = ledger.samples[number], matches(s) else { continue }
        let card = sampleCard(s, ledger: ledger, now: now)
        if card.column != nil { open.append(card) } else if board.showClosed { closed.append(card) }
    }
    open.sort { a, b in
        let ca = a.column?.rawValue ?? 0, cb = b.column?.rawValue ?? 0
        if ca != cb { return ca < cb }
        if a.urgency != b.urgency { return a.urgency > b.urgency }
        return a.number < b.number
    }
    return open + closed
}

func sampleCard(_ s: Sample, ledger: Ledger, now: Date) -> SampleCard {
    let waiting = s.currentStepTime(calendar: ledger.calendar, standards: ledger.samplePolicy.standards, now: now)
    let expired = s.billingExpired(at: now)
    let stage: Phrase
    switch s.status {
    case .open(.paid) where expired: stage = Phrase(id: "KEDALUWARSA", en: "EXPIRED")
    case .open(.resultIn): stage = Phrase(id: "Analis: \(s.assignment?.analyst ?? "")", en: "Analyst: \(s.assignment?.analyst ?? "")")
    case .open(.handedOver): stage = Phrase(id: s.report?.lhp ?? "LHP", en: s.report?.lhp ?? "LHP")
    default: stage = s.status.label
    }
    return SampleCard(
        number: s.number, customer: s.details.customer,
        commodity: s.details.commodity, status: s.status, waiting: waiting, billingExpired: expired, stage: stage,
        column: s.nextStep.map(SampleColumn.init(waitingFor:)),
        urgency: waiting.map { Double($0.workingSeconds) / Double(max(1, $0.standardMinutes * 60)) } ?? 0,
        analyst: s.nextStep == .resultIn ? s.assignment?.analyst : nil
    )
}

private func fold(_ s: String) -> String {
    s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
}
