/// An event id held in 16 bytes when it is a lowercase UUID (as ppid-tui writes them), and as
/// text otherwise, for the ids a ledger keeps per request without a heap string each.
public struct CompactEventID: Sendable, Hashable {
    package enum Storage: Sendable, Hashable {
        case uuid(UInt64, UInt64)
        case text(String)
    }

    package let storage: Storage

    package init(storage: Storage) {
        self.storage = storage
    }

    package init(_ text: String) {
        storage = CompactEventID.uuid(text).map { .uuid($0.0, $0.1) } ?? .text(text)
    }

    /// The id whose text is these well-formed UTF-8 bytes, without a `String` when it is a UUID.
    init(utf8 b: UnsafeBufferPointer<UInt8>) {
        if b.count == 36, let words = CompactEventID.uuid(b) {
            storage = .uuid(words.0, words.1)
        } else {
            storage = .text(String(decoding: b, as: UTF8.self))
        }
    }

    /// The id as written in the log.
    var text: String {
        switch storage {
        case .text(let s): return s
        case .uuid(let hi, let lo):
            let digits = Array("0123456789abcdef".utf8)
            var out: [UInt8] = []
            out.reserveCapacity(36)
            for (k, word) in [hi, lo].enumerated() {
                for n in 0..<16 {
                    if (k == 0 && (n == 8 || n == 12)) || (k == 1 && (n == 0 || n == 4)) { out.append(UInt8(ascii: "-")) }
                    out.append(digits[Int(word >> (60 - 4 * UInt64(n)) & 15)])
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The 128 bits of `8-4-4-4-12` lowercase hex digits, or nil for any other text.
    private static func uuid(_ text: String) -> (UInt64, UInt64)? {
        guard text.utf8.count == 36 else { return nil }
        var copy = text
        return copy.withUTF8(uuid)
    }

    private static func uuid(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64)? {
        guard b.count == 36, b[8] == UInt8(ascii: "-"), b[13] == UInt8(ascii: "-"), b[18] == UInt8(ascii: "-"), b[23] == UInt8(ascii: "-") else {
            return nil
        }
        // The dashes in place, the 32 digits in runs between them: no test of the position per byte.
        var valid = true
        func digits(_ range: Range<Int>, into word: inout UInt64) {
            for i in range {
                let c = b[i]
                let v: UInt8
                if c &- 0x30 < 10 {
                    v = c &- 0x30
                } else if c &- 0x61 < 6 {
                    v = c &- 0x61 &+ 10
                } else {
                    valid = false
                    v = 0
                }
                word = word << 4 | UInt64(v)
            }
        }
        var words: (UInt64, UInt64) = (0, 0)
        digits(0..<8, into: &words.0)
        digits(9..<13, into: &words.0)
        digits(14..<18, into: &words.0)
        digits(19..<23, into: &words.1)
        digits(24..<36, into: &words.1)
        return valid ? words : nil
    }
}
