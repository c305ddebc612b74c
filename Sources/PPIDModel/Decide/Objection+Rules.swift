/// The order a dispute takes at the Information Commission (Pasal 37–38) and in court after
/// it (Pasal 47–50), as the screen and the web offer it.
extension Objection {
    /// The step to record next: filed, then mediation or adjudication started, then settled;
    /// after an adjudication, the court case and its cassation; nil at the end. The rules
    /// (`Request.checkDispute`) also take a settlement straight after filing; this is the step
    /// a form offers. How a decision was carried out is recorded beside these, not in turn.
    public var nextDisputeStep: DisputeStep.Kind? {
        if disputeFiled == nil { return .filed }
        if disputeSettled == nil { return disputeStarted == nil ? .started : .settled }
        guard mayGoToCourt else { return nil }
        if courtFiled == nil { return .courtFiled }
        if courtDecided == nil { return .courtDecided }
        if cassationFiled == nil { return .cassationFiled }
        return cassationDecided == nil ? .cassationDecided : nil
    }

    /// A settlement by mediation is final and binding (Pasal 39): only an adjudication's
    /// decision goes to court.
    var mayGoToCourt: Bool {
        disputeStarted.flatMap { DisputeProcess(rawValue: $0.detail) } != .mediation
    }
}

/// Whether a carrying out may be recorded on an objection (`Request.checkDispute` checks its date).
extension Objection {
    static let nothingToCarryOut = Phrase(
        id: "belum ada tanggapan atasan atau putusan yang dilaksanakan", en: "no answer or decision to carry out")

    /// Why the body's carrying out of a decision cannot be recorded on this objection: neither
    /// the superior nor the Commission (before any court) has decided it yet; nil when it can.
    public var carryOutRefusal: LedgerError? {
        answer == nil && disputeSettled == nil ? .disputeStepOutOfOrder(number, Self.nothingToCarryOut) : nil
    }
}
