import Foundation

/// Matching typed text against names and subjects while ignoring case and accents.
enum TextFolding {
    /// Lower case without accents: plain ASCII by bytes, anything else through Foundation.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Appends `s` folded, as UTF-8: plain ASCII byte by byte, anything else a character at a
    /// time through `fold`, each kept in `memo` (folding works on whole characters, so the
    /// pieces make the same text as folding all of it).
    static func appendFolded(_ s: String, to bytes: inout [UInt8], memo: inout [Character: String]) {
        var s = s
        let ascii = s.withUTF8 { b in
            guard b.allSatisfy({ $0 < 0x80 }) else { return false }
            bytes.append(contentsOf: b.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
            return true
        }
        if ascii { return }
        for c in s {
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

    /// Whether `haystack`, folded, contains `needle` (folded already): by bytes, ignoring ASCII
    /// case, when both are plain ASCII; through Foundation otherwise.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        var h = haystack, n = needle
        if let found = h.withUTF8({ hb in n.withUTF8 { nb in asciiContains(hb, nb) } }) { return found }
        return fold(haystack).contains(needle)
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
