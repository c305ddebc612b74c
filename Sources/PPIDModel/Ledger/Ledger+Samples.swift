import Foundation

extension Ledger {
    /// The next free BPCU or BPCUI number for a request letter received in `year`.
    ///
    /// Call it inside the log's append closure, so the number is taken under the lock.
    public func nextSampleNumber(kind: SampleKind, year: Int) -> String {
        NumbersInUse.next(samplePolicy.numbering(kind), year: year, after: numbersInUse.samples[kind]?[year]) { sampleFold.byNumber[$0] != nil }
    }

    /// The next free LHP number for a report made in `year`.
    public func nextReportNumber(year: Int) -> String {
        NumbersInUse.next(samplePolicy.lhp, year: year, after: numbersInUse.reports[year]) { sampleFold.reportOwners[$0] != nil }
    }

    /// Samples by BPCU or BPCUI number.
    public var samples: [String: Sample] { sampleFold.byNumber }

    /// Sample numbers in the order they were registered.
    public var sampleNumbers: [String] { sampleFold.order }

    /// The sample each LHP number belongs to.
    public var reportOwners: [String: String] { sampleFold.reportOwners }

    /// Samples whose request letter came in `year` (office time), in registration order.
    public func samples(receivedIn year: Int) -> [Sample] {
        sampleNumbers.compactMap { samples[$0] }.filter { calendar.day(of: $0.registration.receivedAt).year == year }
    }

    /// Years that have samples, oldest first.
    public var sampleYears: [Int] {
        Set(samples.values.map { calendar.day(of: $0.registration.receivedAt).year }).sorted()
    }

    /// Why the rules refuse a sample's event against `current` (the sample as it stands, nil
    /// when unknown), or nil. `reportsAdded` holds the LHP numbers an unsaved batch gave.
    func sampleRefusal(_ record: EventRecord, _ e: SampleEvent, current: Sample?, reportsAdded: [String]) -> LedgerError? {
        let number = e.sample
        if case .registered(let r) = e {
            if let from = r.details.fromRequest {
                guard let request = requests[from] else { return .unknownRequest(from) }
                if request.details.topic != .testing { return .sample(.notATestingRequest(from, request.details.topic)) }
            }
            guard current == nil else { return .sample(.duplicateNumber(number)) }
            return Sample.refusal(ofRegistration: r, recordedAt: record.at).map { .sample($0) }
        }
        guard let sample = current else { return .sample(.unknownSample(number)) }
        if let refused = sample.refusal(of: e, record: record, calendar: calendar) { return .sample(refused) }
        // One payment proof releases one LHP (LAW §7).
        for proof in PaymentProof.all(in: e) {
            if let other = sampleFold.proofOwners[proof], other != number { return .sample(.proofUsed(proof.kind, proof.value, by: other)) }
        }
        if case .billingIssued(let b) = e, let tariff = samplePolicy.tariffs.amount(for: sample.details), b.amount != tariff,
           b.amountReason.allSatisfy(\.isWhitespace) {
            return .sample(.amountNotTariff(amount: b.amount, tariff: tariff))
        }
        if case .reportMade(let r) = e, sampleFold.reportOwners[r.lhp] != nil || reportsAdded.contains(r.lhp) {
            return .sample(.duplicateReportNumber(r.lhp))
        }
        return nil
    }
}
