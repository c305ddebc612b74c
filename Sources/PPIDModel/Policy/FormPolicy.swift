/// What the counter's forms take as plausible, from `[forms]` in `config.toml`: amounts
/// outside a range, and a receipt time further back than a number of days, are questioned;
/// analysts are offered from a list (a new name is allowed, and said to be new).
///
/// A plain value, like `SamplePolicy`: the store reads it from the config and the screens ask
/// it, neither needing the other.
public struct FormPolicy: Sendable, Equatable {
    /// A decision's fee, in rupiah.
    public var feeRange: ClosedRange<Int> = 0...10_000_000
    /// An e-billing's amount, in rupiah.
    public var billingRange: ClosedRange<Int> = 1_000...100_000_000
    /// A receipt time further back than this many days asks for confirmation.
    public var receiptDaysBack = 7
    /// The lab's analysts, offered by the "hand to the analyst" step.
    public var analysts: [String] = []

    public init() {}
}
