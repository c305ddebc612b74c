import Foundation

/// The sample rules that need more than the sample itself: the request it comes from, the
/// numbers and payment proofs other samples hold, the office's tariffs.
extension Ledger {
    /// Why the rules refuse a sample's event against `current` (the sample as it stands, nil
    /// when unknown), or nil. `reportsAdded` holds the LHP numbers an unsaved batch gave.
    func sampleRefusal(
        _ record: EventRecord, _ e: SampleEvent, current: Sample?, reportsAdded: [String]
    ) -> LedgerError? {
        let number = e.sample
        if case .registered(let r) = e {
            if let from = r.details.fromRequest {
                guard let request = requests[from] else { return .unknownRequest(from) }
                if let refused = request.refusal(of: .makeSample) { return refused }
            }
            guard current == nil else { return .sample(.duplicateNumber(number)) }
            return Sample.refusal(ofRegistration: r, recordedAt: record.at).map { .sample($0) }
        }
        guard let sample = current else { return .sample(.unknownSample(number)) }
        if let refused = sample.refusal(of: e, record: record, calendar: calendar) { return .sample(refused) }
        // One payment proof releases one LHP (LAW §7).
        for proof in PaymentProof.all(in: e) {
            if let other = sampleFold.proofOwners[proof], other != number {
                return .sample(.proofUsed(proof.kind, proof.value, by: other))
            }
        }
        if case .billingIssued(let b) = e, let tariff = samplePolicy.tariffs.amount(for: sample.details),
            b.amount != tariff,
            b.amountReason.allSatisfy(\.isWhitespace)
        {
            return .sample(.amountNotTariff(amount: b.amount, tariff: tariff))
        }
        if case .reportMade(let r) = e, sampleFold.reportOwners[r.lhp] != nil || reportsAdded.contains(r.lhp) {
            return .sample(.duplicateReportNumber(r.lhp))
        }
        return nil
    }
}
