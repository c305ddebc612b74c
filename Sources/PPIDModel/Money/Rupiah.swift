/// Amounts in whole rupiah — a fee, a bill, a tariff, a budget line: the range one may hold,
/// the one way an officer's text is read as one, and sums that cannot overflow.
///
/// An amount of a trillion rupiah or more is a typo (or a hostile file), not a fee: refused
/// wherever an amount comes in (import, forms, config, `decide`), so no sum or conversion of
/// amounts can overflow. A log line another program wrote may still hold one; it is a fact
/// replayed as it is, and what reads it must not trap on it.
public enum Rupiah {
    /// One past the largest plausible amount: 10^12 rupiah.
    public static let limit = 1_000_000_000_000

    /// Whether `amount` is 0 up to `limit` (exclusive).
    public static func isPlausible(_ amount: Int) -> Bool {
        (0..<limit).contains(amount)
    }

    /// The amount in `text` — digits, optionally with dots between thousands (`15000`,
    /// `15.000`, `1.250.000`) — when it is plausible; nil for anything else (`1.2.3`, `+5`,
    /// `15,5`, a trillion or more).
    public static func parse(_ text: String) -> Int? {
        let groups = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard !text.isEmpty, let first = groups.first, (1...3).contains(first.count) || groups.count == 1,
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        var value = 0
        for group in groups {
            for b in group {
                guard (0x30...0x39).contains(b) else { return nil }
                value = value * 10 + Int(b - 0x30)
                guard value < limit else { return nil }
            }
        }
        return value
    }

    /// The sum of `amounts`, or nil when it would overflow `Int`.
    public static func sum<S: Sequence>(_ amounts: S) -> Int? where S.Element == Int {
        var total = 0
        for a in amounts {
            let (t, overflow) = total.addingReportingOverflow(a)
            guard !overflow else { return nil }
            total = t
        }
        return total
    }
}
