import Foundation

extension Ledger {
    /// The next free BPCU or BPCUI number for a request letter received in `year`.
    ///
    /// Call it inside the log's append closure, so the number is taken under the lock.
    public func nextSampleNumber(kind: SampleKind, year: Int) -> String {
        let numbering = samplePolicy.numbering(kind)
        var seq = (highestSampleSequence[kind]?[year] ?? 0) + 1
        while samples[numbering.format(year: year, sequence: seq)] != nil { seq += 1 }
        return numbering.format(year: year, sequence: seq)
    }

    /// The next free LHP number for a report made in `year`.
    public func nextReportNumber(year: Int) -> String {
        var seq = (highestReportSequence[year] ?? 0) + 1
        while reportOwners[samplePolicy.lhp.format(year: year, sequence: seq)] != nil { seq += 1 }
        return samplePolicy.lhp.format(year: year, sequence: seq)
    }

    /// Samples whose request letter came in `year` (office time), in registration order.
    public func samples(receivedIn year: Int) -> [Sample] {
        sampleNumbers.compactMap { samples[$0] }.filter { calendar.day(of: $0.registration.receivedAt).year == year }
    }

    /// Years that have samples, oldest first.
    public var sampleYears: [Int] {
        Set(samples.values.map { calendar.day(of: $0.registration.receivedAt).year }).sorted()
    }

    /// The sample after `record`, or why it is refused; `overlay` holds a batch's earlier results.
    func resolveSample(_ record: EventRecord, _ e: SampleEvent, overlay: [String: Sample]) throws(LedgerError) -> Sample {
        let number = e.sample
        let current = overlay[number] ?? samples[number]
        if case .registered(let r) = e, let from = r.details.fromRequest, requests[from] == nil {
            throw .unknownRequest(from)
        }
        do throws(SampleError) {
            if case .registered(let r) = e {
                guard current == nil else { throw .duplicateNumber(number) }
                if let from = r.details.fromRequest, let topic = requests[from]?.details.topic, topic != .testing {
                    throw .notATestingRequest(from, topic)
                }
                return try Sample.registered(record, r)
            }
            guard let sample = current else { throw .unknownSample(number) }
            let updated = try sample.applying(record, e, calendar: calendar)
            if case .reportMade(let r) = e, reportOwners[r.lhp] != nil || overlay.values.contains(where: { $0.report?.lhp == r.lhp }) {
                throw .duplicateReportNumber(r.lhp)
            }
            return updated
        } catch {
            throw .sample(error)
        }
    }

    /// Refuses, when a step is recorded, a billing code, NTPN or kuitansi number that another
    /// sample already used: one payment proof must not release two LHPs (issue 14 item 7).
    /// A rule of recording only (`check`), never of replay: a log that holds one still opens.
    ///
    /// - Complexity: O(samples), once per append of a billing or a payment.
    func checkPaymentProof(_ e: SampleEvent, overlay: [String: Sample]) throws(LedgerError) {
        func owner(_ uses: (Sample) -> Bool) -> String? {
            if let o = overlay.values.first(where: { $0.number != e.sample && uses($0) }) { return o.number }
            return sampleNumbers.first { n in n != e.sample && overlay[n] == nil && samples[n].map(uses) == true }
        }
        func refuse(_ id: String, _ en: String, _ value: String, _ by: String) -> LedgerError {
            .sample(.paymentProofUsed(e.sample, what: Phrase(id: id, en: en), value: value, by: by))
        }
        switch e {
        case .billingIssued(let b):
            if let by = owner({ $0.billings.contains { $0.code == b.code } }) { throw refuse("Kode billing", "Billing code", b.code, by) }
        case .paid(let p):
            if let by = owner({ $0.payment?.ntpn == p.ntpn }) { throw refuse("NTPN", "NTPN", p.ntpn, by) }
            if let by = owner({ $0.payment?.receiptNumber == p.receiptNumber }) { throw refuse("Kuitansi", "Kuitansi", p.receiptNumber, by) }
        default:
            break
        }
    }

    mutating func commitSample(_ sample: Sample, _ e: SampleEvent) {
        if samples[sample.number] == nil {
            sampleNumbers.append(sample.number)
            let kind = sample.kind
            if let (year, seq) = samplePolicy.numbering(kind).parse(sample.number) {
                highestSampleSequence[kind, default: [:]][year] = max(highestSampleSequence[kind]?[year] ?? 0, seq)
            }
        }
        if case .reportMade(let r) = e {
            reportOwners[r.lhp] = sample.number
            if let (year, seq) = samplePolicy.lhp.parse(r.lhp) {
                highestReportSequence[year] = max(highestReportSequence[year] ?? 0, seq)
            }
        }
        samples[sample.number] = sample
    }
}
