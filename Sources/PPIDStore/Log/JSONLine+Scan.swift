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

        let line: UnsafeBufferPointer<UInt8>
        /// Room for `capacity` slots, owned by the caller of `scan`; the first `count` are filled.
        let slots: UnsafeMutableBufferPointer<Slot>
        var count = 0

        /// The last field named `key`, if any.
        func slot(_ key: StaticString) -> Slot? {
            guard key.hasPointerRepresentation else { return key.withUTF8Buffer { slot($0) } }
            return slot(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        }

        private func slot(_ k: UnsafeBufferPointer<UInt8>) -> Slot? {
            let head = Scanned.head(k, from: 0, count: k.count)
            var i = count - 1
            while i >= 0 {
                let s = slots[i]
                if s.keyHead == head, Int(s.keyCount) == k.count, k.count <= 8 || Scanned.sameTail(line, Int(s.keyStart), k) { return s }
                i -= 1
            }
            return nil
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

        static func head(_ b: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> UInt64 {
            var h: UInt64 = 0
            for k in 0..<min(8, count) { h |= UInt64(b[start + k]) << (8 * UInt64(k)) }
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
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, slots: UnsafeMutableBufferPointer<Scanned.Slot>) throws(SyntaxError) -> Scanned? {
        guard bytes.count < Int(Int32.max), slots.count >= Scanned.capacity else { return nil }
        var p = Parser(b: bytes)
        var out = Scanned(line: bytes, slots: slots)
        p.skipSpace()
        guard p.peek == UInt8(ascii: "{") else { throw p.error("expected {") }
        p.i += 1
        p.skipSpace()
        if p.peek == UInt8(ascii: "}") {
            p.i += 1
        } else {
            while true {
                p.skipSpace()
                let key = try p.rawString()
                if key.escaped || out.count == Scanned.capacity { return nil }
                p.skipSpace()
                guard p.peek == UInt8(ascii: ":") else { throw p.error("expected :") }
                p.i += 1
                p.skipSpace()
                var slot = Scanned.Slot()
                slot.keyStart = Int32(key.start)
                slot.keyCount = Int32(key.end - key.start)
                slot.keyHead = Scanned.head(bytes, from: key.start, count: key.end - key.start)
                try p.scanValue(into: &slot)
                slots.initializeElement(at: out.count, to: slot)
                out.count += 1
                p.skipSpace()
                if p.peek == UInt8(ascii: ",") { p.i += 1; continue }
                if p.peek == UInt8(ascii: "}") { p.i += 1; break }
                throw p.error("expected , or }")
            }
        }
        p.skipSpace()
        guard p.i == bytes.count else { throw p.error("text after the object") }
        return out
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
