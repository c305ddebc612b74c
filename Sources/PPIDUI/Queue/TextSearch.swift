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

    /// Appends to `starts` each place `needle` (not empty) starts in `text`, which is short (a
    /// request's folded texts), plus `base`: eight places at a time compared at once with the
    /// needle's first and last bytes, the whole needle only where both agree.
    static func appendStarts(
        of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, plus base: Int, to starts: inout [UInt32]
    ) {
        let n = needle.count
        guard n > 0, n <= text.count, let t = text.baseAddress, let nb = needle.baseAddress else { return }
        let places = text.count - n + 1
        func holds(_ at: Int) -> Bool {
            for k in 0..<n where t[at + k] != nb[k] { return false }
            return true
        }
        guard places >= 8 else {
            for at in 0..<places where holds(at) { starts.append(UInt32(base + at)) }
            return
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let first = UInt64(nb[0]) &* ones, last = UInt64(nb[n - 1]) &* ones
        let raw = UnsafeRawPointer(t)
        // Bytes equal to the needle's become zero; the classic test marks each zero byte's top
        // bit (and may mark a byte above one too, which the comparison then turns down).
        func candidates(_ i: Int) -> UInt64 {
            let a = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ first
            let b = raw.loadUnaligned(fromByteOffset: i + n - 1, as: UInt64.self) ^ last
            return (a &- ones) & ~a & (b &- ones) & ~b & 0x8080_8080_8080_8080
        }
        func report(_ i: Int, _ marked: UInt64) {
            var m = marked
            while m != 0 {
                let at = i + m.trailingZeroBitCount / 8
                if holds(at) { starts.append(UInt32(base + at)) }
                m &= m &- 1
            }
        }
        var i = 0
        while i + 8 <= places {
            report(i, candidates(i))
            i += 8
        }
        // The last few places: the last eight, without those already looked at.
        if i < places {
            let j = places - 8
            report(j, candidates(j) & (~0 << UInt64(8 * (i - j))))
        }
    }

    /// Whether the bytes at `at` are the needle's.
    private static func holds(_ at: UnsafePointer<UInt8>, _ needle: [UInt8]) -> Bool {
        for k in needle.indices where at[k] != needle[k] { return false }
        return true
    }
}
