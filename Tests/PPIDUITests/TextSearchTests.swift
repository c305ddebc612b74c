import Testing
@testable import PPIDUI

/// The block-at-a-time substring search finds what a plain search finds, at every length and
/// alignment, including matches across block edges and at the very end.
@Suite struct TextSearchTests {
    /// Every start of `needle` in `text`, looking on from one past each.
    func plain(_ needle: [UInt8], _ text: [UInt8]) -> [Int] {
        guard needle.count <= text.count else { return [] }
        return (0...(text.count - needle.count)).filter { Array(text[$0..<($0 + needle.count)]) == needle }
    }

    func simd(_ needle: [UInt8], _ text: [UInt8], skip: Int = 1) -> [Int] {
        var out: [Int] = []
        text.withUnsafeBufferPointer { t in
            TextSearch.forEach(needle, in: t) { at in
                out.append(at)
                return at + skip
            }
        }
        return out
    }

    @Test func findsWhatAPlainSearchFindsOnSeededText() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return seed
        }
        for _ in 0..<2_000 {
            // A small alphabet, so needles occur often and overlap.
            let text = (0..<Int(next() % 80)).map { _ in UInt8(ascii: "a") + UInt8(next() % 3) }
            let needle = (0..<Int(1 + next() % 5)).map { _ in UInt8(ascii: "a") + UInt8(next() % 3) }
            #expect(simd(needle, text) == plain(needle, text), "\(needle) in \(text)")
        }
    }

    @Test func everyStartInAShortTextIsFoundOnce() {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return seed
        }
        for _ in 0..<5_000 {
            // Bytes 0, 1 and 0x80 among the letters: what the eight-at-a-time test must not trip on.
            let alphabet: [UInt8] = [0x61, 0x62, 0x63, 0x00, 0x01, 0x80, 0xFF]
            let text = (0..<Int(next() % 60)).map { _ in alphabet[Int(next() % 7)] }
            let needle = (0..<Int(1 + next() % 4)).map { _ in alphabet[Int(next() % 7)] }
            var starts: [UInt32] = []
            text.withUnsafeBufferPointer { t in needle.withUnsafeBufferPointer { TextSearch.appendStarts(of: $0, in: t, plus: 5, to: &starts) } }
            #expect(starts.map { Int($0) - 5 } == plain(needle, text), "\(needle) in \(text)")
        }
    }

    @Test func lookingOnFromFurtherSkipsOverlappingMatches() {
        let text = Array("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".utf8)  // 40
        #expect(simd(Array("aa".utf8), text, skip: 10) == [0, 10, 20, 30])
        #expect(simd(Array("aa".utf8), text, skip: 39) == [0])
    }

    @Test func aNeedleLongerThanTheTextOrAtItsEndIsHandled() {
        #expect(simd(Array("abc".utf8), Array("ab".utf8)).isEmpty)
        let text = Array(String(repeating: "x", count: 33).utf8) + Array("abc".utf8)
        #expect(simd(Array("abc".utf8), text) == [33])
    }
}
