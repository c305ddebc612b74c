extension JSONLine {
    /// The top-level fields of one line as places in its bytes: what the log reader decodes
    /// from, with no dictionary and no `String` made until a field is asked for.
    ///
    /// `scan` checks the whole line exactly as `parse` does (same errors, same offsets); a key
    /// written twice resolves to its last value, as in `parse`.
    struct Scanned {
        enum Kind: UInt8 {
            case string, escapedString, int, bool, null, other
        }

        struct Slot {
            var keyStart: Int32 = 0
            var keyCount: Int32 = 0
            /// The key's first eight bytes, zero-padded: most keys are told apart by this alone.
            var keyHead: UInt64 = 0
            var kind: Kind = .null
            var start: Int32 = 0
            var end: Int32 = 0
            /// The value of an `int`; 1 or 0 for a `bool`.
            var number: Int = 0
        }

        /// The most top-level fields a line may have for this path; `scan` returns nil past it.
        static let capacity = 32
        /// Entries of the table that finds a slot by key.
        static let bucketCount = 128
        /// A bucket no key fell in.
        static let emptyBucket: Int8 = -1
        /// A bucket two different keys fell in: look through the slots instead.
        static let sharedBucket: Int8 = -2

        let line: UnsafeBufferPointer<UInt8>
        /// Room for `capacity` slots, owned by the caller of `scan`; the first `count` are filled.
        let slots: UnsafeMutableBufferPointer<Slot>
        /// `bucketCount` entries, owned by the caller: by key hash, the slot of the last field
        /// with that key, or `emptyBucket`, or `sharedBucket`.
        let buckets: UnsafeMutableBufferPointer<Int8>
        var count = 0

        /// The slot of the last field named `key`, if any.
        @inline(__always)
        func index(of key: StaticString) -> Int? {
            guard key.hasPointerRepresentation else { return key.withUTF8Buffer { index(of: $0) } }
            return index(of: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        }

        @inline(__always)
        private func index(of k: UnsafeBufferPointer<UInt8>) -> Int? {
            let head = Scanned.head(k, from: 0, count: k.count)
            let b = buckets[Scanned.bucket(head, k.count)]
            if b == Scanned.emptyBucket { return nil }
            if b >= 0 {
                // The only key in its bucket: it is this key, or this key is absent.
                return same(slots[Int(b)], head, k) ? Int(b) : nil
            }
            var i = count - 1
            while i >= 0 {
                if same(slots[i], head, k) { return i }
                i -= 1
            }
            return nil
        }

        @inline(__always)
        private func same(_ s: Slot, _ head: UInt64, _ k: UnsafeBufferPointer<UInt8>) -> Bool {
            s.keyHead == head && Int(s.keyCount) == k.count && (k.count <= 8 || Scanned.sameTail(line, Int(s.keyStart), k))
        }

        /// Files slot `i` (just filled) under its key; a later field with the same key wins.
        @inline(__always)
        mutating func file(_ i: Int) {
            let s = slots[i]
            let b = Scanned.bucket(s.keyHead, Int(s.keyCount))
            let held = buckets[b]
            if held == Scanned.emptyBucket {
                buckets[b] = Int8(i)
            } else if held >= 0 {
                let key = UnsafeBufferPointer(rebasing: line[Int(s.keyStart)..<Int(s.keyStart + s.keyCount)])
                buckets[b] = same(slots[Int(held)], s.keyHead, key) ? Int8(i) : Scanned.sharedBucket
            }
        }

        static func bucket(_ head: UInt64, _ count: Int) -> Int {
            Int(truncatingIfNeeded: ((head &+ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15) >> 57)
        }

        /// Gives `body` room to scan one line into.
        static func withSpace<R>(_ body: (UnsafeMutableBufferPointer<Slot>, UnsafeMutableBufferPointer<Int8>) -> R) -> R {
            withUnsafeTemporaryAllocation(of: Slot.self, capacity: capacity) { slots in
                withUnsafeTemporaryAllocation(of: Int8.self, capacity: bucketCount) { buckets in body(slots, buckets) }
            }
        }

        /// The text of a string slot.
        func text(_ s: Slot) -> String {
            let raw = UnsafeBufferPointer(rebasing: line[Int(s.start)..<Int(s.end)])
            if s.kind == .escapedString {
                // Checked by the scan: unescaping it again cannot fail.
                return (try? JSONLine.unescape(raw, base: Int(s.start))) ?? ""
            }
            return String(decoding: raw, as: UTF8.self)
        }

        /// The bytes of a plain (unescaped) string slot.
        func bytes(_ s: Slot) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: line[Int(s.start)..<Int(s.end)])
        }

        @inline(__always)
        static func head(_ b: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> UInt64 {
            if count >= 8 { return UInt64(littleEndian: UnsafeRawBufferPointer(b).loadUnaligned(fromByteOffset: start, as: UInt64.self)) }
            // A shorter key with eight bytes of the line from its start (a key is followed by at
            // least its quote and colon): one load, the bytes past the key masked off.
            if start + 8 <= b.count {
                let w = UInt64(littleEndian: UnsafeRawBufferPointer(b).loadUnaligned(fromByteOffset: start, as: UInt64.self))
                return w & ((1 << (8 * UInt64(count))) &- 1)
            }
            var h: UInt64 = 0
            for k in 0..<count { h |= UInt64(b[start + k]) << (8 * UInt64(k)) }
            return h
        }

        static func sameTail(_ line: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
            for k in 8..<key.count where line[start + k] != key[k] { return false }
            return true
        }
    }

    /// Scans one line (without its newline) into its top-level fields, kept in `slots` (room
    /// for `Scanned.capacity`); nil when the line has more fields than that or an escaped key
    /// (then `parse` reads it).
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, slots: UnsafeMutableBufferPointer<Scanned.Slot>, buckets: UnsafeMutableBufferPointer<Int8>
    ) throws(SyntaxError) -> Scanned? {
        guard bytes.count < Int(Int32.max), slots.count >= Scanned.capacity, buckets.count >= Scanned.bucketCount else { return nil }
        buckets.update(repeating: Scanned.emptyBucket)
        var p = Parser(b: bytes)
        var out = Scanned(line: bytes, slots: slots, buckets: buckets)
        let whole = try p.object { (p: inout Parser, key: RawString) throws(SyntaxError) -> Bool in
            if key.escaped || out.count == Scanned.capacity { return false }
            var slot = Scanned.Slot()
            slot.keyStart = Int32(key.start)
            slot.keyCount = Int32(key.end - key.start)
            slot.keyHead = Scanned.head(bytes, from: key.start, count: key.end - key.start)
            try p.scanValue(into: &slot)
            slots.initializeElement(at: out.count, to: slot)
            out.file(out.count)
            out.count += 1
            return true
        }
        return whole ? out : nil
    }
}

extension JSONLine.Parser {
    /// A top-level value's place and kind, checked as `value(depth: 0)` checks it.
    mutating func scanValue(into slot: inout JSONLine.Scanned.Slot) throws(JSONLine.SyntaxError) {
        guard let c = peek else { throw error("expected a value") }
        switch c {
        case UInt8(ascii: "\""):
            let raw = try rawString()
            slot.kind = raw.escaped ? .escapedString : .string
            slot.start = Int32(raw.start)
            slot.end = Int32(raw.end)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if case .int(let v) = try number() {
                slot.kind = .int
                slot.number = v
            } else {
                slot.kind = .other
            }
        default:
            switch try value(depth: 0) {
            case .bool(let v):
                slot.kind = .bool
                slot.number = v ? 1 : 0
            case .null: slot.kind = .null
            default: slot.kind = .other
            }
        }
    }
}
