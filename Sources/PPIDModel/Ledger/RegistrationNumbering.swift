import Foundation

/// The office's registration-number format, e.g. `PPID-{year}-{seq:3}` → `PPID-2019-007`.
///
/// `{year}` is the four-digit year of receipt, `{seq:N}` the running number within that year
/// padded to N digits (more digits when it grows past them). Everything else is literal.
///
/// N is 1 to ``maxWidth``; a running number above ``maxSequence`` or a year beyond four
/// digits is not a number of this format, so nothing a log or a register holds can make the
/// next number overflow.
public struct RegistrationNumbering: Sendable, Hashable {
    public let pattern: String
    private let prefix: String
    private let middle: String
    private let suffix: String
    private let width: Int
    private let yearFirst: Bool
    /// The literal parts as bytes when they are plain ASCII, for `parse` to compare bytes.
    private let asciiParts: ASCIIParts?

    private struct ASCIIParts: Sendable, Hashable {
        let prefix: [UInt8]
        let middle: [UInt8]
        let suffix: [UInt8]
    }

    /// The default: `PPID-{year}-{seq:3}`, as in the 2019 register.
    public static let standard = RegistrationNumbering(pattern: "PPID-{year}-{seq:3}")!
    /// The default for objections: `KEB-{year}-{seq:3}`.
    public static let objections = RegistrationNumbering(pattern: "KEB-{year}-{seq:3}")!

    /// The widest `{seq:N}`.
    public static let maxWidth = 9
    /// The highest running number a year can have.
    public static let maxSequence = 999_999_999

    /// The running number after `highest` (none yet: 1), never past `maxSequence + 1` and
    /// without overflow, whatever a log or a snapshot holds.
    public static func following(_ highest: Int?) -> Int {
        min(max(highest ?? 0, 0), maxSequence) + 1
    }

    /// Nil when the pattern lacks `{year}` or `{seq}` / `{seq:N}`, or nothing separates them,
    /// or N is not 1 to `maxWidth`.
    public init?(pattern: String) {
        guard let yr = pattern.range(of: "{year}"), let sq = pattern.range(of: #"\{seq(:[0-9]+)?\}"#, options: .regularExpression) else { return nil }
        self.pattern = pattern
        let spec = pattern[sq].dropFirst(4).dropLast()
        guard let w = spec.isEmpty ? 1 : Int(spec.dropFirst()), (1...RegistrationNumbering.maxWidth).contains(w) else { return nil }
        width = w
        yearFirst = yr.lowerBound < sq.lowerBound
        let (first, second) = yearFirst ? (yr, sq) : (sq, yr)
        prefix = String(pattern[..<first.lowerBound])
        middle = String(pattern[first.upperBound..<second.lowerBound])
        suffix = String(pattern[second.upperBound...])
        guard !middle.isEmpty else { return nil }
        let parts = [prefix, middle, suffix]
        asciiParts = parts.allSatisfy(RegistrationNumbering.isPlainASCII) ? ASCIIParts(prefix: Array(prefix.utf8), middle: Array(middle.utf8), suffix: Array(suffix.utf8)) : nil
    }

    /// The number for that year and running number.
    public func format(year: Int, sequence: Int) -> String {
        let y = pad(year, 4)
        let s = pad(sequence, width)
        return prefix + (yearFirst ? y : s) + middle + (yearFirst ? s : y) + suffix
    }

    /// The year and running number of a number in this format, or nil for any other text
    /// (a year beyond 0–9999 and a running number beyond 0–`maxSequence` included).
    public func parse(_ number: String) -> (year: Int, sequence: Int)? {
        if let parts = asciiParts, RegistrationNumbering.isPlainASCII(number) {
            var text = number
            return RegistrationNumbering.bounded(text.withUTF8 { parseBytes($0, parts) })
        }
        return parseCharacters(number)
    }

    /// Whether `number` is exactly what this format gives for `year`: what `format` writes for
    /// its running number (1 or more) — digits only, no sign, the pattern's width (wider only
    /// past it), no extra zero — and its year the one given (the year of receipt).
    /// `parse` stays lenient, so numbers a log already holds still count as taken.
    public func isExact(_ number: String, year: Int) -> Bool {
        guard let (y, s) = parse(number), y == year, s >= 1 else { return false }
        return format(year: y, sequence: s) == number
    }

    /// Why `number` cannot be given to something received in `year`, or nil when it can.
    public func refusal(of number: String, receivedIn year: Int) -> LedgerError? {
        if isExact(number, year: year) { return nil }
        if let (y, _) = parse(number), y != year, isExact(number, year: y) {
            return .numberOfAnotherYear(number, year: y, received: year)
        }
        return .numberNotOfFormat(number, pattern: pattern, example: format(year: year, sequence: 1))
    }

    /// A year and running number only within their bounds.
    private static func bounded(_ parsed: (year: Int, sequence: Int)?) -> (year: Int, sequence: Int)? {
        guard let parsed, (0...9999).contains(parsed.year), (0...maxSequence).contains(parsed.sequence) else { return nil }
        return parsed
    }

    /// Whether a number of one format can be read as a number of the other: two formats of an
    /// office must never overlap (a request and its objection would share a number).
    public func overlaps(_ other: RegistrationNumbering) -> Bool {
        if pattern == other.pattern { return true }
        let samples = [(2026, 1), (2026, 1000), (1999, 123_456_789)]
        return samples.contains { other.parse(format(year: $0.0, sequence: $0.1)) != nil || parse(other.format(year: $0.0, sequence: $0.1)) != nil }
            || (prefix == other.prefix && middle == other.middle && suffix == other.suffix && yearFirst == other.yearFirst)
    }

    /// `parse` by characters: the general way, for numbers or patterns beyond plain ASCII.
    func parseCharacters(_ number: String) -> (year: Int, sequence: Int)? {
        guard number.hasPrefix(prefix), number.hasSuffix(suffix), number.count > prefix.count + suffix.count else { return nil }
        let body = number.dropFirst(prefix.count).dropLast(suffix.count)
        guard let mid = middle.isEmpty ? nil : body.range(of: middle) else { return nil }
        let a = body[..<mid.lowerBound]
        let b = body[mid.upperBound...]
        guard !a.isEmpty, !b.isEmpty, a.allSatisfy(\.isASCII), b.allSatisfy(\.isASCII),
              let x = Int(a), let z = Int(b) else { return nil }
        return RegistrationNumbering.bounded(yearFirst ? (x, z) : (z, x))
    }

    /// Whether each byte is one character: ASCII, and no CR (CR LF is one character).
    private static func isPlainASCII(_ s: String) -> Bool {
        let plain = { (b: UInt8) in b < 0x80 && b != 0x0D }
        return s.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(plain) } ?? s.utf8.allSatisfy(plain)
    }

    /// `parse` on the bytes of a plain-ASCII number, where comparing bytes is comparing characters.
    private func parseBytes(_ n: UnsafeBufferPointer<UInt8>, _ parts: ASCIIParts) -> (year: Int, sequence: Int)? {
        let (p, m, s) = (parts.prefix, parts.middle, parts.suffix)
        guard n.count > p.count + s.count, n.starts(with: p), n[(n.count - s.count)...].elementsEqual(s) else { return nil }
        let start = p.count, end = n.count - s.count
        // The first place the middle occurs, as `range(of:)` finds it.
        var at = start
        while at + m.count <= end, !n[at..<(at + m.count)].elementsEqual(m) { at += 1 }
        guard at + m.count <= end,
              let x = RegistrationNumbering.integer(n[start..<at]),
              let z = RegistrationNumbering.integer(n[(at + m.count)..<end]) else { return nil }
        return yearFirst ? (x, z) : (z, x)
    }

    /// What `Int(_:)` reads from ASCII bytes: an optional sign, then one or more digits.
    private static func integer(_ b: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var digits = b[...]
        var negative = false
        if let first = digits.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var v = 0
        for c in digits {
            guard c >= 0x30, c <= 0x39 else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = negative ? m.subtractingReportingOverflow(Int(c - 0x30)) : m.addingReportingOverflow(Int(c - 0x30))
            guard !o1, !o2 else { return nil }
            v = a
        }
        return v
    }
}
