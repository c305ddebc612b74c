import Foundation

/// The standard time (*Mutu Baku*) of each step of a sample, in working minutes: the
/// procedure's (see ``SampleStep``), with the analysis time set per commodity, or per
/// commodity and parameter, by the office.
public struct SampleStandards: Sendable, Equatable {
    /// Analysis minutes by `commodity` or `commodity/parameter`, keys compared ignoring case,
    /// accents and spaces around them, e.g. `["karet remah": 420, "karet remah/PRI": 600]`.
    public private(set) var analysisMinutes: [String: Int]

    public init(analysisMinutes: [String: Int] = [:]) {
        var folded: [String: Int] = [:]
        for (k, v) in analysisMinutes { folded[Self.key(k)] = v }
        self.analysisMinutes = folded
    }

    /// The standard of `step` for a sample with these details.
    ///
    /// For the analysis: the largest of the `commodity/parameter` entries matching one of the
    /// sample's parameters; else the `commodity` entry; else the procedure's 300 minutes.
    public func minutes(for step: SampleStep, of details: SampleDetails) -> Int {
        guard step == .resultIn, !analysisMinutes.isEmpty else { return step.procedureStandardMinutes }
        let commodity = Self.key(details.commodity)
        let byParameter = details.parameterList.compactMap { analysisMinutes[commodity + "/" + Self.key($0)] }
        if let longest = byParameter.max() { return longest }
        return analysisMinutes[commodity] ?? step.procedureStandardMinutes
    }

    /// A config key or a sample's text as compared: folded, trimmed, `a / b` read as `a/b`.
    static func key(_ s: String) -> String {
        s.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).trimmingCharacters(in: .whitespaces) }
            .joined(separator: "/")
    }
}
