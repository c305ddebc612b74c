/// A fixed number of texts kept in one UTF-8 buffer: one allocation where separate `String`s
/// would take one each (with their headers), for the fields every request carries.
///
/// - Complexity: reading a text makes a `String` of its bytes; writing one rebuilds the buffer.
package struct PackedTexts: Sendable {
    /// The end of each text (UInt32, little-endian) at the front, then the texts' bytes.
    package private(set) var storage: [UInt8]
    let count: Int

    /// Texts as `storage` laid them out (a snapshot's), or nil when they do not hold `count` texts.
    package init?(storage: [UInt8], count: Int) {
        guard storage.count >= 4 * count else { return nil }
        self.storage = storage
        self.count = count
        var last = 0
        for i in 0..<count {
            let e = end(i)
            guard e >= last, 4 * count + e <= storage.count else { return nil }
            last = e
        }
    }

    /// Texts given one by one as bytes, with no `String` made for each.
    init(builder: RequestDetails.Texts) {
        let built = builder.storage
        // A buffer that grew past its first guess is copied to its size: one is kept per request.
        storage = built.capacity > built.count + 64 ? Array(built[...]) : built
        count = 7
    }

    init(_ texts: [String]) {
        count = texts.count
        var out: [UInt8] = []
        out.reserveCapacity(4 * texts.count + texts.reduce(0) { $0 + $1.utf8.count })
        var end = UInt32(0)
        for t in texts {
            end += UInt32(t.utf8.count)
            withUnsafeBytes(of: end.littleEndian) { out.append(contentsOf: $0) }
        }
        for t in texts { out.append(contentsOf: t.utf8) }
        storage = out
    }

    private func end(_ i: Int) -> Int {
        guard i >= 0 else { return 0 }
        return storage.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))) }
    }

    /// Where text `i`'s bytes lie in `storage`, to be read in place (no `String` made).
    package func bounds(_ i: Int) -> Range<Int> {
        (4 * count + end(i - 1))..<(4 * count + end(i))
    }

    subscript(i: Int) -> String {
        get {
            let base = 4 * count
            return storage.withUnsafeBufferPointer { b in
                String(decoding: UnsafeBufferPointer(rebasing: b[(base + end(i - 1))..<(base + end(i))]), as: UTF8.self)
            }
        }
        set {
            var texts = (0..<count).map { self[$0] }
            texts[i] = newValue
            self = PackedTexts(texts)
        }
    }
}
