import Foundation

/// The office's letter-number format, e.g. `{seq:3}/PPID/{month:roman}/{year}` →
/// `007/PPID/XII/2026`: an outgoing letter's own number, never the request's registration
/// number.
///
/// `{seq:N}` is the running number padded to N digits, `{year}` the letter's year, `{month}`
/// its month as two digits, `{month:roman}` as a Roman numeral, `{kind}` the letter kind's
/// code (``code(of:)``). The running number restarts each year: one sequence for every kind
/// of letter, or one per kind (`perKind`, whose pattern must then hold `{kind}`).
public struct LetterNumbering: Sendable, Hashable {
    public let pattern: String
    public let perKind: Bool
    private let parts: [Part]

    private enum Part: Hashable {
        case literal(String)
        case sequence(width: Int)
        case year, month, romanMonth, kind
    }

    /// The default: `{seq:3}/PPID/{month:roman}/{year}`, one sequence for all letters.
    public static let standard = LetterNumbering(pattern: "{seq:3}/PPID/{month:roman}/{year}")!

    /// What the config says a pattern must be.
    public static let rule = "pola harus memuat {seq:N} (N 1–9) dan {year}, boleh {month}, {month:roman}, {kind}, dengan pemisah di antaranya; sequence = \"kind\" memerlukan {kind} / the pattern needs {seq:N} (N 1–9) and {year}, may hold {month}, {month:roman}, {kind}, with a separator between them; sequence = \"kind\" needs {kind}"

    /// Nil when the pattern lacks `{seq}` or `{year}`, holds one twice, puts two of them with
    /// nothing between, or is per kind without `{kind}`.
    public init?(pattern: String, perKind: Bool = false) {
        var parts: [Part] = []
        var rest = Substring(pattern)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") else {
                parts.append(.literal(String(rest)))
                break
            }
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            let token = rest[rest.index(after: open)..<close]
            switch token {
            case "year": parts.append(.year)
            case "month": parts.append(.month)
            case "month:roman": parts.append(.romanMonth)
            case "kind": parts.append(.kind)
            case "seq": parts.append(.sequence(width: 1))
            default:
                guard token.hasPrefix("seq:"), let w = Int(token.dropFirst(4)), (1...RegistrationNumbering.maxWidth).contains(w) else { return nil }
                parts.append(.sequence(width: w))
            }
            rest = rest[rest.index(after: close)...]
        }
        let isSequence: (Part) -> Bool = { if case .sequence = $0 { true } else { false } }
        guard parts.filter(isSequence).count == 1, parts.filter({ $0 == .year }).count == 1,
              parts.filter({ $0 == .kind }).count <= 1, !perKind || parts.contains(.kind) else { return nil }
        for (a, b) in zip(parts, parts.dropFirst()) {
            if case .literal = a { continue }
            if case .literal = b { continue }
            return nil
        }
        self.pattern = pattern
        self.perKind = perKind
        self.parts = parts
    }

    /// The number of a letter of `kind` made in `year` and `month` with that running number.
    public func format(sequence: Int, year: Int, month: Int, kind: String) -> String {
        parts.map { part -> String in
            switch part {
            case .literal(let s): s
            case .sequence(let width): LetterNumbering.pad(sequence, width)
            case .year: LetterNumbering.pad(year, 4)
            case .month: LetterNumbering.pad(month, 2)
            case .romanMonth: LetterNumbering.roman[max(1, min(12, month)) - 1]
            case .kind: LetterNumbering.code(of: kind)
            }
        }.joined()
    }

    /// The running sequence a letter of `kind` made in `year` counts in.
    public func series(year: Int, kind: String) -> String {
        perKind ? "\(year)/\(kind)" : "\(year)"
    }

    /// A letter kind's short code for `{kind}`.
    public static func code(of kind: String) -> String {
        switch kind {
        case "receipt": "TBP"
        case "notice": "PT"
        case "extension": "PJW"
        case "refusal": "KPP"
        case "objection-receipt": "TBK"
        case "objection-answer": "TAK"
        default: kind.uppercased()
        }
    }

    static let roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
