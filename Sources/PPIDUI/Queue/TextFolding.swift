import Foundation

/// Matching typed text against names and subjects while ignoring case and accents.
enum TextFolding {
    /// Lower case without accents: plain ASCII by bytes, anything else through Foundation.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        return s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether `haystack`, folded, contains `needle` (folded already).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        return fold(haystack).contains(needle)
    }
}
