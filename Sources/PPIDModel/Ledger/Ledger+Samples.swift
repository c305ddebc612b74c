import Foundation

extension Ledger {
    /// The next free BPCU or BPCUI number for a request letter received in `year`.
    ///
    /// Call it inside the log's append closure, so the number is taken under the lock.
    public func nextSampleNumber(kind: SampleKind, year: Int) -> String {
        NumbersInUse.next(samplePolicy.numbering(kind), year: year, after: numbersInUse.samples[kind]?[year]) {
            sampleFold.byNumber[$0] != nil
        }
    }

    /// The next free LHP number for a report made in `year`.
    public func nextReportNumber(year: Int) -> String {
        NumbersInUse.next(samplePolicy.lhp, year: year, after: numbersInUse.reports[year]) {
            sampleFold.reportOwners[$0] != nil
        }
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
}
