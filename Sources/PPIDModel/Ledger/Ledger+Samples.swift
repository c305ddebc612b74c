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
        if case .reportMade(let r) = e, reportOwners[r.lhp] != nil || reportsAdded.contains(r.lhp) {
            return .sample(.duplicateReportNumber(r.lhp))
        }
        return nil
    }

    /// Records a sample's event; one for a sample this log never registered changes nothing.
    mutating func evolveSample(_ record: EventRecord, _ e: SampleEvent) {
        let sample: Sample
        if case .registered(let r) = e {
            guard samples[r.sample] == nil else { return }
            sample = Sample.registered(record, r)
            sampleNumbers.append(sample.number)
            let kind = sample.kind
            if let (year, seq) = samplePolicy.numbering(kind).parse(sample.number) {
                highestSampleSequence[kind, default: [:]][year] = max(highestSampleSequence[kind]?[year] ?? 0, seq)
            }
        } else {
            guard let current = samples[e.sample] else { return }
            sample = current.evolved(record, e)
        }
        if case .reportMade(let r) = e, reportOwners[r.lhp] == nil {
            reportOwners[r.lhp] = sample.number
            if let (year, seq) = samplePolicy.lhp.parse(r.lhp) {
                highestReportSequence[year] = max(highestReportSequence[year] ?? 0, seq)
            }
        }
        samples[sample.number] = sample
    }
}
