/// The office's tariff table (PNBP, LAW §7): rupiah per `commodity/parameter`, or per
/// `commodity`, keys compared as the analysis standards' are (case, accents and spaces
/// around them ignored). The e-billing form offers the amount it gives; the officer may
/// bill another with a reason (issue 14 item 7).
public struct SampleTariffs: Sendable, Equatable {
    public private(set) var rupiah: [String: Int]

    public init(rupiah: [String: Int] = [:]) {
        var folded: [String: Int] = [:]
        for (k, v) in rupiah { folded[SampleStandards.key(k)] = v }
        self.rupiah = folded
    }

    /// The amount for a sample: the sum of its parameters' `commodity/parameter` entries when
    /// each has one; else the `commodity` entry; else nil (no tariff: the officer types it).
    /// A sum past `Rupiah.limit` is no tariff either: it would be no plausible bill.
    public func amount(for details: SampleDetails) -> Int? {
        guard !rupiah.isEmpty else { return nil }
        let commodity = SampleStandards.key(details.commodity)
        let perParameter = details.parameterList.map { rupiah[commodity + "/" + SampleStandards.key($0)] }
        if !perParameter.isEmpty, perParameter.allSatisfy({ $0 != nil }) {
            return Rupiah.sum(perParameter.compactMap { $0 }).flatMap { Rupiah.isPlausible($0) ? $0 : nil }
        }
        return rupiah[commodity]
    }
}
