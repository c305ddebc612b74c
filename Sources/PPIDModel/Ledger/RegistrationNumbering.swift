import Foundation

/// The office's registration-number format, e.g. `PPID-{year}-{seq:3}` → `PPID-2019-007`.
///
/// `{year}` is the four-digit year of receipt, `{seq:N}` the running number within that year
/// padded to N digits (more digits when it grows past them). Everything else is literal.
public struct RegistrationNumbering: Sendable, Hashable {
    public let pattern: String
    private let prefix: String
    private let middle: String
    private let suffix: String
    private let width: Int
    private let yearFirst: Bool

    /// The default: `PPID-{year}-{seq:3}`, as in the 2019 register.
    public static let standard = RegistrationNumbering(pattern: "PPID-{year}-{seq:3}")!
    /// The default for objections: `KEB-{year}-{seq:3}`.
    public static let objections = RegistrationNumbering(pattern: "KEB-{year}-{seq:3}")!

    /// Nil when the pattern lacks `{year}` or `{seq}` / `{seq:N}`, or nothing separates them.
    public init?(pattern: String) {
        guard let yr = pattern.range(of: "{year}"), let sq = pattern.range(of: #"\{seq(:[0-9]+)?\}"#, options: .regularExpression) else { return nil }
        self.pattern = pattern
        let spec = pattern[sq].dropFirst(4).dropLast()
        width = spec.isEmpty ? 1 : Int(spec.dropFirst()) ?? 1
        yearFirst = yr.lowerBound < sq.lowerBound
        let (first, second) = yearFirst ? (yr, sq) : (sq, yr)
        prefix = String(pattern[..<first.lowerBound])
        middle = String(pattern[first.upperBound..<second.lowerBound])
        suffix = String(pattern[second.upperBound...])
        guard !middle.isEmpty else { return nil }
    }

    /// The number for that year and running number.
    public func format(year: Int, sequence: Int) -> String {
        let y = pad(year, 4)
        let s = pad(sequence, width)
        return prefix + (yearFirst ? y : s) + middle + (yearFirst ? s : y) + suffix
    }

    /// The year and running number of a number in this format, or nil for any other text.
    public func parse(_ number: String) -> (year: Int, sequence: Int)? {
        guard number.hasPrefix(prefix), number.hasSuffix(suffix), number.count > prefix.count + suffix.count else { return nil }
        let body = number.dropFirst(prefix.count).dropLast(suffix.count)
        guard let mid = middle.isEmpty ? nil : body.range(of: middle) else { return nil }
        let a = body[..<mid.lowerBound]
        let b = body[mid.upperBound...]
        guard !a.isEmpty, !b.isEmpty, a.allSatisfy(\.isASCII), b.allSatisfy(\.isASCII),
              let x = Int(a), let z = Int(b) else { return nil }
        return yearFirst ? (x, z) : (z, x)
    }
}
