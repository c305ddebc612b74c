import Foundation
import PPIDModel

/// Why saved ledger bytes cannot be read back: a ledger is then replayed from the log instead.
public enum SnapshotError: Error, Sendable, Equatable {
    /// Written by another version of the format.
    case otherVersion(UInt32)
    /// Cut short, or holding a value no ledger has.
    case damaged(String)
}

/// Little-endian numbers and length-prefixed UTF-8 text, appended to a byte buffer that is
/// handed to `sink` a megabyte at a time (so a large ledger is never all in memory twice).
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []
    private let sink: (UnsafeRawBufferPointer) -> Void

    init(sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        bytes.reserveCapacity(1 << 20 + 4096)
    }

    /// Hands what is buffered to the sink once it holds a megabyte.
    mutating func flushIfFull() {
        if bytes.count >= 1 << 20 { flush() }
    }

    /// Hands everything buffered to the sink.
    mutating func flush() {
        bytes.withUnsafeBytes { sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    /// Seven bits a byte, low first: small numbers (most are) take one or two bytes.
    mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }
    /// A signed number as a varint of its zigzag form (-1 is 1, 1 is 2, …).
    mutating func int(_ v: Int) { varint(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }
    mutating func i32(_ v: Int32) { int(Int(v)) }
    mutating func u64(_ v: UInt64) { varint(v) }
    /// Eight bytes, for numbers spread over all 64 bits (a varint would take ten).
    mutating func fixed64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func date(_ d: Date) { withUnsafeBytes(of: d.timeIntervalSince1970.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func day(_ d: CivilDate) { int(d.ordinal) }

    mutating func raw(_ b: [UInt8]) {
        varint(UInt64(b.count))
        bytes.append(contentsOf: b)
    }

    mutating func text(_ s: String) {
        varint(UInt64(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }

    mutating func optional<T>(_ v: T?, _ write: (inout SnapshotWriter, T) -> Void) {
        guard let v else { return u8(0) }
        u8(1)
        write(&self, v)
    }

    mutating func list<T>(_ items: [T], _ write: (inout SnapshotWriter, T) -> Void) {
        varint(UInt64(items.count))
        for item in items {
            write(&self, item)
            flushIfFull()
        }
    }

    /// A long list in blocks of `per` items, each after its length in bytes, so that a reader
    /// can hand the blocks to several cores (`SnapshotReader.blocks`).
    mutating func blocks<T>(_ items: [T], per: Int, _ write: (inout SnapshotWriter, T) -> Void) {
        varint(UInt64(items.count))
        varint(UInt64(per))
        var block: [UInt8] = []
        for start in stride(from: 0, to: items.count, by: per) {
            block.removeAll(keepingCapacity: true)
            var inner = SnapshotWriter { block.append(contentsOf: $0) }
            for item in items[start..<min(items.count, start + per)] { write(&inner, item) }
            inner.flush()
            raw(block)
            flushIfFull()
        }
    }

    /// An enum case by its place in `all`.
    mutating func member<T: Equatable>(_ v: T, of all: [T]) { u8(UInt8(all.firstIndex(of: v) ?? 0)) }
}

/// Reads what `SnapshotWriter` wrote; any overrun or impossible value is `SnapshotError.damaged`.
struct SnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var at = 0
    /// Every byte it reads.
    var all: UnsafeRawBufferPointer { bytes }
    /// Told which bytes have been read, every few megabytes, so that the caller can let go of
    /// them (a mapped file's pages); called from several threads while blocks are read.
    let progress: (@Sendable (Range<Int>) -> Void)?
    private var told = 0

    init(_ bytes: UnsafeRawBufferPointer, progress: (@Sendable (Range<Int>) -> Void)? = nil) {
        self.bytes = bytes
        self.progress = progress
    }

    var isAtEnd: Bool { at == bytes.count }

    // Every read below is inlined into the decoders that call it (a ledger has millions of
    // values): called, they cost more than the reading itself.
    @inline(__always)
    private mutating func take(_ n: Int) throws(SnapshotError) -> Int {
        guard n >= 0, n <= bytes.count - at else { throw .damaged("cut short at byte \(at)") }
        defer { at += n }
        return at
    }

    @inline(__always)
    mutating func u8() throws(SnapshotError) -> UInt8 {
        guard at < bytes.count else { throw .damaged("cut short at byte \(at)") }
        defer { at += 1 }
        return bytes.load(fromByteOffset: at, as: UInt8.self)
    }
    @inline(__always)
    mutating func bool() throws(SnapshotError) -> Bool { try u8() != 0 }
    @inline(__always)
    mutating func u32() throws(SnapshotError) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self)) }
    /// Most numbers fit one byte: read in line; longer ones in `longVarint`.
    @inline(__always)
    mutating func varint() throws(SnapshotError) -> UInt64 {
        if at < bytes.count {
            let b = bytes.load(fromByteOffset: at, as: UInt8.self)
            if b < 0x80 {
                at += 1
                return UInt64(b)
            }
        }
        return try longVarint()
    }
    private mutating func longVarint() throws(SnapshotError) -> UInt64 {
        if bytes.count - at >= 10 {
            // Room for the longest: no byte needs its own bounds check.
            var v: UInt64 = 0
            var shift: UInt64 = 0
            var i = at
            while shift < 64 {
                let b = bytes.load(fromByteOffset: i, as: UInt8.self)
                i &+= 1
                v |= UInt64(b & 0x7F) &<< shift
                if b < 0x80 {
                    at = i
                    return v
                }
                shift &+= 7
            }
            throw .damaged("a number too long at byte \(at)")
        }
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try u8()
            guard shift < 64 else { throw .damaged("a number too long at byte \(at)") }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }
    @inline(__always)
    mutating func int() throws(SnapshotError) -> Int {
        let z = try varint()
        return Int(Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1))
    }
    @inline(__always)
    mutating func i32() throws(SnapshotError) -> Int32 {
        let v = try int()
        guard let small = Int32(exactly: v) else { throw .damaged("\(v) is no 32-bit number") }
        return small
    }
    @inline(__always)
    mutating func u64() throws(SnapshotError) -> UInt64 { try varint() }
    @inline(__always)
    mutating func fixed64() throws(SnapshotError) -> UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self)) }
    @inline(__always)
    mutating func date() throws(SnapshotError) -> Date {
        Date(timeIntervalSince1970: Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self))))
    }
    @inline(__always)
    mutating func day() throws(SnapshotError) -> CivilDate { CivilDate(ordinal: try int()) }

    @inline(__always)
    mutating func count() throws(SnapshotError) -> Int {
        let raw = try varint()
        guard raw <= UInt64(bytes.count - at) else { throw .damaged("a count of \(raw) at byte \(at)") }
        return Int(raw)
    }

    /// Passes over `n` bytes; returns where they start.
    mutating func raw(skipping n: Int) throws(SnapshotError) -> Int { try take(n) }

    mutating func raw() throws(SnapshotError) -> [UInt8] {
        let n = try count()
        let start = try take(n)
        return Array(UnsafeRawBufferPointer(rebasing: bytes[start..<(start + n)]))
    }

    @inline(__always)
    mutating func text() throws(SnapshotError) -> String {
        let n = try count()
        let start = try take(n)
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + n)]), as: UTF8.self)
    }

    @inline(__always)
    mutating func optional<T>(_ read: (inout SnapshotReader) throws(SnapshotError) -> T) throws(SnapshotError) -> T? {
        try bool() ? try read(&self) : nil
    }

    /// A list, with room for an eighth more (a ledger read back keeps growing).
    @inline(__always)
    mutating func list<T>(_ read: (inout SnapshotReader) throws(SnapshotError) -> T) throws(SnapshotError) -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n + n / 8)
        for _ in 0..<n {
            out.append(try read(&self))
            if let progress, at - told >= 4 << 20 {
                progress(told..<at)
                told = at
            }
        }
        return out
    }

    @inline(__always)
    mutating func member<T>(of all: [T]) throws(SnapshotError) -> T {
        let i = Int(try u8())
        guard i < all.count else { throw .damaged("no case \(i) at byte \(at)") }
        return all[i]
    }
}
