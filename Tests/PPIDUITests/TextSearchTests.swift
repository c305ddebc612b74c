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
