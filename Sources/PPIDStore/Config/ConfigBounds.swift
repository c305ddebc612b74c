/// What `config.toml` may hold before it reaches the TOML parser, which recurses once per
/// part of a dotted key (`a.b.c…`): a key of 30,000 parts overflows the stack (SIGSEGV) in
/// every command. Lines and keys are bounded far above anything an office writes, and the
/// first line past a bound is named.
enum ConfigBounds {
    /// The longest line, in bytes.
    static let maxLineBytes = 16_384
    /// The most parts a key (`[a.b]`, `a.b = …`, `{ a.b = … }`) may have.
    static let maxKeyParts = 32

    /// Why `text` is refused (the line and the bound it passes), or nil.
    static func problem(_ text: String) -> String? {
        var scanner = Scanner()
        var number = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            if line.count > maxLineBytes {
                return "baris \(number): lebih dari \(maxLineBytes) bita / line \(number): longer than \(maxLineBytes) bytes"
            }
            if let parts = scanner.widestKey(Array(line)), parts > maxKeyParts {
                return "baris \(number): kunci dengan \(parts) bagian bertitik, paling banyak \(maxKeyParts) / line \(number): a key of \(parts) dotted parts, at most \(maxKeyParts)"
            }
        }
        return nil
    }

    /// Reads line by line, outside strings and comments, carrying a multi-line string over.
    struct Scanner {
        /// The delimiter of a multi-line string still open (`"""` or `'''`), as its quote.
        private var openMultiline: UInt8?

        /// The most parts of any key on the line: a run of text ended by `=` (a key) or by the
        /// `]` of a header at the line's start, its parts counted by the dots outside quotes.
        /// Values never end in `=`, so a float or a date in them is never counted.
        mutating func widestKey(_ b: [UInt8]) -> Int? {
            let dq = UInt8(ascii: "\""), sq = UInt8(ascii: "'")
            var i = 0
            var widest: Int?
            var parts = 1
            let firstNonSpace = b.firstIndex { $0 != 0x20 && $0 != 0x09 }
            let header = firstNonSpace.map { b[$0] == UInt8(ascii: "[") } ?? false && openMultiline == nil
            func triple(_ q: UInt8, at j: Int) -> Bool { j + 2 < b.count && b[j] == q && b[j + 1] == q && b[j + 2] == q }
            while i < b.count {
                if let q = openMultiline {
                    if q == dq, b[i] == UInt8(ascii: "\\") { i += 2; continue }
                    if triple(q, at: i) { openMultiline = nil; i += 3 } else { i += 1 }
                    continue
                }
                let c = b[i]
                switch c {
                case dq, sq:
                    if triple(c, at: i) { openMultiline = c; i += 3; continue }
                    i += 1
                    while i < b.count, b[i] != c {
                        if c == dq, b[i] == UInt8(ascii: "\\") { i += 1 }
                        i += 1
                    }
                    i += 1
                    continue
                case UInt8(ascii: "#"):
                    return widest
                case UInt8(ascii: "."):
                    parts += 1
                case UInt8(ascii: "="):
                    widest = max(widest ?? 0, parts)
                    parts = 1
                case UInt8(ascii: "]"):
                    if header { widest = max(widest ?? 0, parts) }
                    parts = 1
                case UInt8(ascii: ","), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["):
                    parts = 1
                default:
                    break
                }
                i += 1
            }
            return widest
        }
    }
}
