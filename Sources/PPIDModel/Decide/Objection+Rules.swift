/// The order a dispute takes at the Information Commission (Pasal 37–38), as the screen and
/// the web offer it.
extension Objection {
    /// The step to record next: filed, then mediation or adjudication started, then settled;
    /// nil once settled. The rules (`Request.checkDispute`) also take a settlement straight
    /// after filing; this is the step a form offers.
    public var nextDisputeStep: DisputeStep.Kind? {
        if disputeFiled == nil { return .filed }
        if disputeSettled != nil { return nil }
        return disputeStarted == nil ? .started : .settled
    }
}
