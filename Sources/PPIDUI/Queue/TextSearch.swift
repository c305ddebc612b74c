/// Finding a short byte string in a large buffer sixteen places at a time: each block is
/// compared at once with the needle's first and last bytes, and only where both agree is the
/// whole needle compared (the "generic SIMD" substring search).
enum TextSearch {
    /// Calls `found` with each place `needle` (not empty) starts in `text`, in order; `found`
    /// answers where to look on from (past the place it was given).
    static func forEach(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Int) {
        let n = needle.count
        guard n > 0, n <= text.count, let base = text.baseAddress else { return }
        let first = SIMD16<UInt8>(repeating: needle[0]), last = SIMD16<UInt8>(repeating: needle[n - 1])
        let raw = UnsafeRawPointer(base)
        var i = 0, resume = 0
        // Blocks of sixteen places whose needle's last byte still lies in the text.
        while i + n - 1 + 16 <= text.count {
            let both = (raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self) .== first)
                .& (raw.loadUnaligned(fromByteOffset: i + n - 1, as: SIMD16<UInt8>.self) .== last)
            if any(both) {
                for k in 0..<16 where both[k] && i + k >= resume && holds(base + i + k, needle) {
                    resume = found(i + k)
                }
            }
            i = max(i + 16, resume)
        }
        // The last few places, one by one.
        i = max(i, resume)
        while i + n <= text.count {
            i = holds(base + i, needle) ? found(i) : i + 1
        }
    }

    /// Whether `needle` (not empty) lies in `text`, which is short (a request's folded texts):
    /// eight places at a time compared at once with the needle's first and last bytes, the
    /// whole needle only where both agree.
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        guard n > 0, n <= text.count, let base = text.baseAddress, let nb = needle.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let first = UInt64(nb[0]) &* ones, last = UInt64(nb[n - 1]) &* ones
        let raw = UnsafeRawPointer(base)
        let end = text.count - n  // the last place the needle can start
        guard end + 1 >= 8 else {
            return (0...end).contains { holds(base + $0, nb, n) }
        }
        // Eight places at a time; the last eight overlap the ones before rather than going
        // one by one.
        var i = 0
        while true {
            // Bytes equal to the needle's become zero; the classic test marks each zero byte's
            // top bit (and may mark a byte above one too, which the comparison then turns down).
            let a = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ first
            let b = raw.loadUnaligned(fromByteOffset: i + n - 1, as: UInt64.self) ^ last
            var both = (a &- ones) & ~a & (b &- ones) & ~b & highs
            while both != 0 {
                if holds(base + i + both.trailingZeroBitCount / 8, nb, n) { return true }
                both &= both &- 1
            }
            if i == end + 1 - 8 { return false }
            i = min(i + 8, end + 1 - 8)
        }
    }

    /// Whether the `n` bytes at `at` are `needle`'s.
    private static func holds(_ at: UnsafePointer<UInt8>, _ needle: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        for k in 0..<n where at[k] != needle[k] { return false }
        return true
    }

    /// Whether the bytes at `at` are the needle's.
    private static func holds(_ at: UnsafePointer<UInt8>, _ needle: [UInt8]) -> Bool {
        for k in needle.indices where at[k] != needle[k] { return false }
        return true
    }
}
