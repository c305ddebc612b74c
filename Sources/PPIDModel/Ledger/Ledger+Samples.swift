import Foundation

extension Ledger {
    /// The next free BPCU or BPCUI number for a request letter received in `year`.
    ///
    /// Call it inside the log's append closure, so the number is taken under the lock.
    public func nextSampleNumber(kind: SampleKind, year: Int) -> String {
        let numbering = samplePolicy.numbering(kind)
        var seq = RegistrationNumbering.following(highestSampleSequence[kind]?[year])
        while samples[numbering.format(year: year, sequence: seq)] != nil { seq += 1 }
        return numbering.format(year: year, sequence: seq)
    }

    /// The next free LHP number for a report made in `year`.
    public func nextReportNumber(year: Int) -> String {
        var seq = RegistrationNumbering.following(highestReportSequence[year])
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
