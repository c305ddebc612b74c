import Foundation

/// Matching typed text against names and subjects while ignoring case and accents.
enum TextFolding {
    /// Lower case without accents: plain ASCII by bytes, anything else through Foundation.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Appends `s` folded, as UTF-8 (see the byte form below).
    static func appendFolded(_ s: String, to bytes: inout [UInt8], memo: inout [Character: String]) {
        var s = s
        s.withUTF8 { appendFolded($0, to: &bytes, memo: &memo) }
    }

    /// Appends the well-formed UTF-8 text `s` folded, making the bytes `fold` makes of it:
    /// plain ASCII lower-cased in place; letters below U+0250 (each a character of its own,
    /// as nothing there joins the next) from a table folded once; anything else a character
    /// at a time through `fold`, each kept in `memo` (folding works on whole characters, so
    /// the pieces make the same text as folding all of it).
    static func appendFolded(_ s: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8], memo: inout [Character: String]) {
        if isASCII(s) {
            let from = bytes.count
            bytes.append(contentsOf: s)
            bytes.withUnsafeMutableBufferPointer { lowerASCII(UnsafeMutableBufferPointer(rebasing: $0[from...])) }
            return
        }
        if isLatin(s) {
            var i = 0
            while i < s.count {
                let a = s[i]
                if a < 0x80 {
                    bytes.append(a &- 0x41 < 26 ? a | 0x20 : a)
                    i += 1
                } else {
                    bytes.append(contentsOf: latin[Int(a & 0x1F) << 6 | Int(s[i + 1] & 0x3F)])
                    i += 2
                }
            }
            return
        }
        for c in String(decoding: s, as: UTF8.self) {
            if c.utf8.count == 1, let a = c.utf8.first {
                bytes.append(a >= 0x41 && a <= 0x5A ? a | 0x20 : a)
            } else if let f = memo[c] {
                bytes.append(contentsOf: f.utf8)
            } else {
                let f = fold(String(c))
                memo[c] = f
                bytes.append(contentsOf: f.utf8)
            }
        }
    }

    /// Whether every byte of `s` is below 0x80, eight at a time.
    private static func isASCII(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = s.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        guard s.count >= 8 else { return s.allSatisfy { $0 < 0x80 } }
        // Eight at a time, the last eight overlapping the ones before.
        var all = raw.loadUnaligned(fromByteOffset: s.count - 8, as: UInt64.self), i = 0
        while i + 8 <= s.count {
            all |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        return all & 0x8080_8080_8080_8080 == 0
    }

    /// Lower-cases the ASCII bytes `b` in place, eight at a time: a byte from A to Z gains 0x20
    /// (carries cannot cross bytes below 0x80).
    private static func lowerASCII(_ b: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = b.baseAddress else { return }
        let raw = UnsafeMutableRawPointer(base)
        guard b.count >= 8 else {
            for i in b.indices { b[i] |= b[i] &- 0x41 < 26 ? 0x20 : 0 }
            return
        }
        func lower(at i: Int) {
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let atLeastA = x &+ 0x3F3F_3F3F_3F3F_3F3F, pastZ = x &+ 0x2525_2525_2525_2525
            raw.storeBytes(of: x | ((atLeastA & ~pastZ & 0x8080_8080_8080_8080) >> 2), toByteOffset: i, as: UInt64.self)
        }
        // Eight at a time; the last eight overlap the ones before (lower case stays lower case).
        var i = 0
        while i + 8 <= b.count {
            lower(at: i)
            i += 8
        }
        if i < b.count { lower(at: b.count - 8) }
    }

    /// Whether `s` holds only ASCII and two-byte letters below U+0250 (lead bytes C2 to C9).
    private static func isLatin(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < s.count {
            let a = s[i]
            if a < 0x80 {
                i += 1
            } else if a >= 0xC2, a <= 0xC9, i + 1 < s.count, s[i + 1] & 0xC0 == 0x80, Int(a & 0x1F) << 6 | Int(s[i + 1] & 0x3F) < 0x250 {
                i += 2
            } else {
                return false
            }
        }
        return true
    }

    /// Each scalar below U+0250 folded alone, as UTF-8.
    private static let latin: [[UInt8]] = (0..<0x250).map { v in
        Unicode.Scalar(UInt32(v)).map { Array(fold(String(Character($0))).utf8) } ?? []
    }

    /// Whether `haystack`, folded, contains `needle` (folded already): by bytes, ignoring ASCII
    /// case, when both are plain ASCII; through Foundation otherwise.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        var h = haystack, n = needle
        if let found = h.withUTF8({ hb in n.withUTF8 { nb in asciiContains(hb, nb) } }) { return found }
        return fold(haystack).contains(needle)
    }

    /// A text folded once for the filter to match many times, answering as `contains` does
    /// for the text it was folded from.
    struct Folded: Sendable {
        let text: String
        /// The text it came from was plain ASCII (`contains` then compares bytes).
        let wasASCII: Bool

        init(_ s: String) {
            text = fold(s)
            wasASCII = s.utf8.allSatisfy { $0 < 0x80 }
        }

        /// `TextFolding.contains(original, needle)`.
        func contains(_ needle: String) -> Bool {
            guard !needle.isEmpty else { return true }
            if wasASCII {
                var h = text, n = needle
                if let found = h.withUTF8({ hb in n.withUTF8 { nb in asciiContains(hb, nb) } }) { return found }
            }
            return text.contains(needle)
        }
    }

    /// Whether `h` holds `n` ignoring ASCII case (`n` in lower case); nil when either is not ASCII.
    private static func asciiContains(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard n.allSatisfy({ $0 < 0x80 }), h.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard n.count <= h.count else { return false }
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        let first = n[0]
        for i in 0...(h.count - n.count) where lower(h[i]) == first {
            var k = 1
            while k < n.count, lower(h[i + k]) == n[k] { k += 1 }
            if k == n.count { return true }
        }
        return false
    }
}
