/// Byte-level checks for the log reader's hot path: where the next byte a JSON string must stop
/// at is, and whether bytes are well-formed UTF-8, without building a `String`.
enum UTF8Check {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Marks (high bit of each byte) the bytes of `w` a string scanner must look at: a quote,
    /// a backslash, a control character below 0x20, or a non-ASCII byte. Only the lowest mark
    /// is exact (borrows can mark bytes above a true one), which is all the scanner uses.
    @inline(__always)
    static func specialBytes(_ w: UInt64) -> UInt64 {
        func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let quote = zeroBytes(w ^ (0x22 &* ones))
        let backslash = zeroBytes(w ^ (0x5C &* ones))
        let control = (w &- 0x20 &* ones) & ~w & highs
        return quote | backslash | control | (w & highs)
    }

    /// Whether `b[start..<end]` is well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no
    /// surrogates, nothing past U+10FFFF), exactly what `String(validating:)` accepts.
    static func isValid(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
                i + k < end && b[i + k] >= lo && b[i + k] <= hi
            }
            switch c {
            case 0xC2...0xDF:
                guard cont(1) else { return false }
                i += 2
            case 0xE0:
                guard cont(1, 0xA0), cont(2) else { return false }
                i += 3
            case 0xE1...0xEC, 0xEE...0xEF:
                guard cont(1), cont(2) else { return false }
                i += 3
            case 0xED:
                guard cont(1, 0x80, 0x9F), cont(2) else { return false }
                i += 3
            case 0xF0:
                guard cont(1, 0x90), cont(2), cont(3) else { return false }
                i += 4
            case 0xF1...0xF3:
                guard cont(1), cont(2), cont(3) else { return false }
                i += 4
            case 0xF4:
                guard cont(1, 0x80, 0x8F), cont(2), cont(3) else { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
