import Foundation
import PPIDModel

/// A posted `application/x-www-form-urlencoded` body read with limits: at most `maxFields`
/// fields, each name once, every byte valid UTF-8 once decoded.
enum FormBody {
    enum Problem: Error, Equatable { case tooManyFields, badEncoding, repeatedField }

    static func parse(_ bytes: [UInt8], maxFields: Int) throws(Problem) -> [String: String] {
        var out: [String: String] = [:]
        var count = 0
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            count += 1
            guard count <= maxFields else { throw .tooManyFields }
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decode(parts[0])
            let value = parts.count > 1 ? try decode(parts[1]) : ""
            guard out[name] == nil else { throw .repeatedField }
            out[name] = value
        }
        return out
    }

    private static func decode(_ part: ArraySlice<UInt8>) throws(Problem) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(part.count)
        var i = part.startIndex
        while i < part.endIndex {
            let b = part[i]
            if b == UInt8(ascii: "+") {
                bytes.append(0x20)
            } else if b == UInt8(ascii: "%") {
                guard part.endIndex - i > 2, let hi = hex(part[i + 1]), let lo = hex(part[i + 2]) else { throw .badEncoding }
                bytes.append(hi << 4 | lo)
                i += 2
            } else {
                bytes.append(b)
            }
            i += 1
        }
        guard let s = String(validating: bytes, as: UTF8.self) else { throw .badEncoding }
        return s
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A typed text as the log keeps it: the counter's fields are one line, so line breaks and
    /// tabs become spaces; every other control is made inert as the counter's files make it.
    static func neutral(_ text: String) -> String {
        var flat = String.UnicodeScalarView()
        for s in text.unicodeScalars { flat.append(s == "\n" || s == "\r" || s == "\t" ? " " : s) }
        return InertText.forFile(String(flat))
    }
}
