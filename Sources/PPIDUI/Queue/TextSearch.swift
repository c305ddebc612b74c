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

    /// Whether the bytes at `at` are the needle's.
    private static func holds(_ at: UnsafePointer<UInt8>, _ needle: [UInt8]) -> Bool {
        for k in needle.indices where at[k] != needle[k] { return false }
        return true
    }
}
