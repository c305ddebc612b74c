/// The samples: by BPCU or BPCUI number, in the order they were registered, and the sample
/// each LHP number belongs to.
package struct SampleFold: Sendable {
    package var byNumber: [String: Sample] = [:]
    package var order: [String] = []
    var reportOwners: [String: String] = [:]
    /// The sample each payment proof belongs to: billing codes, NTPNs and kuitansi numbers.
    var proofOwners: [PaymentProof: String] = [:]

    /// Records a sample's event; one for a sample never registered, or a second registration
    /// of a number (a log written around ppid-tui), changes nothing. Returns the sample as it
    /// now stands. `link` is the event's index in the ledger's `EventLinks`.
    @discardableResult
    package mutating func evolve(_ record: EventRecord, _ e: SampleEvent, link: Int32) -> Sample? {
        var sample: Sample
        if case .registered(let r) = e {
            guard byNumber[r.sample] == nil else {
                // Kept in its history, as a request's second registration is.
                byNumber[r.sample]?.lastEvent = link
                return nil
            }
            sample = Sample.registered(record, r)
            order.append(sample.number)
        } else {
            guard let current = byNumber[e.sample] else { return nil }
            sample = current.evolved(record, e)
        }
        sample.lastEvent = link
        for proof in PaymentProof.all(in: e) where proofOwners[proof] == nil { proofOwners[proof] = sample.number }
        if case .reportMade(let r) = e, reportOwners[r.lhp] == nil { reportOwners[r.lhp] = sample.number }
        byNumber[sample.number] = sample
        return sample
    }
}
