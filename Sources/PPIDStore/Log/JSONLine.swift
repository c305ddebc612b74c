/// A reader and writer for the log's one-line JSON objects.
///
/// The log's lines are flat objects whose values are strings, integers, booleans or null; the
/// reader accepts any JSON value nested inside but keeps only those kinds at the top level.
/// Hand-written because the replay of a large log is the program's hot path.
enum JSONLine {
    enum Value: Equatable {
        case string(String)
        case int(Int)
        case bool(Bool)
        case null
        /// A number with a fraction, an array or an object: kept only as "something else".
        case other
    }

    struct SyntaxError: Error, Equatable {
        /// Byte offset in the line.
        let offset: Int
        let reason: String
    }

    /// Parses one line (without its newline) into its top-level keys and values.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> [String: Value] {
        var p = Parser(b: bytes)
        var out: [String: Value] = [:]
        _ = try p.object { (p: inout Parser, key: RawString) throws(SyntaxError) -> Bool in
            out[try key.text(in: p.b)] = try p.value(depth: 0)
            return true
        }
        return out
    }

    struct Parser {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0

        var peek: UInt8? { i < b.count ? b[i] : nil }

        func error(_ reason: String) -> SyntaxError { SyntaxError(offset: i, reason: reason) }

        /// Reads the line's one object, `{` to `}` with nothing but space after it: `member`
        /// reads each member's value, given its key, once the colon is read; false from it
        /// stops the read, and `object` returns false. `parse` and `scan` share it, so they
        /// take the same lines.
        @inline(__always)
        mutating func object(
            _ member: (inout Parser, RawString) throws(SyntaxError) -> Bool
        ) throws(SyntaxError) -> Bool {
            skipSpace()
            guard peek == UInt8(ascii: "{") else { throw error("expected {") }
            i += 1
            skipSpace()
            if peek == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    let key = try rawString()
                    skipSpace()
                    guard peek == UInt8(ascii: ":") else { throw error("expected :") }
                    i += 1
                    skipSpace()
                    guard try member(&self, key) else { return false }
                    skipSpace()
                    if peek == UInt8(ascii: ",") { i += 1; continue }
                    if peek == UInt8(ascii: "}") { i += 1; break }
                    throw error("expected , or }")
                }
            }
            skipSpace()
            guard i == b.count else { throw error("text after the object") }
            return true
        }

        mutating func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> Value {
            guard depth < 32 else { throw error("nested too deep") }
            guard let c = peek else { throw error("expected a value") }
            switch c {
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                try skipContainer(depth: depth)
                return .other
            default: throw error("unexpected character")
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            let w = Array(word.utf8)
            guard i + w.count <= b.count else { throw error("bad literal") }
            for k in w.indices where b[i + k] != w[k] { throw error("bad literal") }
            i += w.count
        }

        mutating func number() throws(SyntaxError) -> Value {
            let start = i
            var negative = false
            if b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            var v = 0
            var digits = 0
            var overflow = false
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                // Toward the sign, so Int.min (which ppid-tui itself writes as it is) reads back.
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (a, o2) = negative ? m.subtractingReportingOverflow(Int(b[i] - 0x30)) : m.addingReportingOverflow(Int(b[i] - 0x30))
                overflow = overflow || o1 || o2
                v = a
                digits += 1
                i += 1
            }
            guard digits > 0 else { throw SyntaxError(offset: start, reason: "bad number") }
            guard digits == 1 || b[i - digits] != 0x30 else { throw SyntaxError(offset: start, reason: "leading zero") }
            var fraction = false
            if i < b.count, b[i] == UInt8(ascii: ".") {
                fraction = true
                i += 1
                guard i < b.count, b[i] >= 0x30, b[i] <= 0x39 else { throw error("bad number") }
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            }
            if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
                fraction = true
                i += 1
                if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
                guard i < b.count, b[i] >= 0x30, b[i] <= 0x39 else { throw error("bad number") }
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            }
            return fraction || overflow ? .other : .int(v)
        }

        mutating func skipContainer(depth: Int) throws(SyntaxError) {
            let open = b[i]
            let close = open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            i += 1
            skipSpace()
            if peek == close { i += 1; return }
            while true {
                skipSpace()
                if open == UInt8(ascii: "{") {
                    _ = try string()
                    skipSpace()
                    guard peek == UInt8(ascii: ":") else { throw error("expected :") }
                    i += 1
                    skipSpace()
                }
                _ = try value(depth: depth + 1)
                skipSpace()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                if peek == close { i += 1; return }
                throw error("expected , or end")
            }
        }

        /// Where a JSON string's bytes are, between its quotes; fails on raw control characters,
        /// bad escapes and invalid UTF-8, exactly as `string()` does, without building it.
        mutating func rawString() throws(SyntaxError) -> RawString {
            guard peek == UInt8(ascii: "\"") else { throw error("expected a string") }
            i += 1
            let start = i
            var plain = true
            var ascii = true
            while i < b.count {
                if i + 8 <= b.count {
                    // Eight bytes at a time until one needs a look: most text is plain ASCII.
                    let w = UnsafeRawBufferPointer(b).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let marks = UTF8Check.specialBytes(w)
                    if marks == 0 { i += 8; continue }
                    i += marks.trailingZeroBitCount >> 3
                }
                let c = b[i]
                if c == UInt8(ascii: "\"") {
                    break
                }
                if c < 0x20 { throw error("control character in a string") }
                if c == UInt8(ascii: "\\") { plain = false; i += 2; continue }
                if c >= 0x80 { ascii = false }
                i += 1
            }
            guard i < b.count else { throw error("unterminated string") }
            let end = i
            i += 1
            if plain {
                guard ascii || UTF8Check.isValid(b, from: start, to: end) else { throw SyntaxError(offset: start, reason: "invalid UTF-8") }
            } else {
                _ = try unescape(UnsafeBufferPointer(rebasing: b[start..<end]), base: start)
            }
            return RawString(start: start, end: end, escaped: !plain)
        }

        /// A JSON string; fails on raw control characters, bad escapes and invalid UTF-8.
        mutating func string() throws(SyntaxError) -> String {
            let raw = try rawString()
            return try raw.text(in: b)
        }

        func unescape(_ raw: UnsafeBufferPointer<UInt8>, base: Int) throws(SyntaxError) -> String {
            try JSONLine.unescape(raw, base: base)
        }
    }

    /// A string's bytes between its quotes, already checked.
    struct RawString {
        let start: Int
        let end: Int
        /// Holds backslash escapes, so its text must be unescaped.
        let escaped: Bool

        func text(in b: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> String {
            let raw = UnsafeBufferPointer(rebasing: b[start..<end])
            return escaped ? try JSONLine.unescape(raw, base: start) : String(decoding: raw, as: UTF8.self)
        }
    }

    /// The text of an escaped string's bytes; fails on bad escapes, lone surrogates and invalid UTF-8.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>, base: Int) throws(SyntaxError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var k = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.count else { return nil }
            var v: UInt32 = 0
            for j in at..<at + 4 {
                let c = raw[j]
                let d: UInt8
                switch c {
                case 0x30...0x39: d = c - 0x30
                case 0x41...0x46: d = c - 0x41 + 10
                case 0x61...0x66: d = c - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
            }
            return v
        }
        while k < raw.count {
            let c = raw[k]
            guard c == UInt8(ascii: "\\") else { out.append(c); k += 1; continue }
            guard k + 1 < raw.count else { throw SyntaxError(offset: base + k, reason: "bad escape") }
            let e = raw[k + 1]
            k += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(k) else { throw SyntaxError(offset: base + k, reason: "bad \\u escape") }
                k += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    guard k + 6 <= raw.count, raw[k] == 0x5C, raw[k + 1] == UInt8(ascii: "u"),
                          let low = hex4(k + 2), (0xDC00..<0xE000).contains(low) else {
                        throw SyntaxError(offset: base + k, reason: "lone surrogate")
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    k += 6
                }
                guard let u = Unicode.Scalar(scalar) else { throw SyntaxError(offset: base + k, reason: "lone surrogate") }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default: throw SyntaxError(offset: base + k, reason: "bad escape")
            }
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw SyntaxError(offset: base, reason: "invalid UTF-8") }
        return s
    }

    /// Appends `s` as a JSON string literal: quotes, backslashes and control characters escaped.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        // Most text needs no escape: copied whole.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F }) {
            out.append(contentsOf: s.utf8)
            out.append(0x22)
            return
        }
        for c in s.utf8 {
            switch c {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
            default: out.append(c)
            }
        }
        out.append(0x22)
    }
}
