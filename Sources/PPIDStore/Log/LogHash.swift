#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast 64-bit hash of a file's first bytes, to tell whether the lines a snapshot stands for
/// are still the log's: XXH64 of each 4 MiB piece, then XXH64 of those hashes (pieces can be
/// hashed as they are read, in a buffer of one piece).
enum LogHash {
    static let piece = 4 << 20

    /// The hash of the first `count` bytes of the open file `fd`; nil when they cannot be read.
    static func of(fd: Int32, count: Int) -> UInt64? {
        var buffer = [UInt8](repeating: 0, count: piece)
        var hashes: [UInt8] = []
        var at = 0
        while at < count {
            let want = min(piece, count - at)
            var got = 0
            while got < want {
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + got }, want - got, off_t(at + got)) }
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return nil }
                got += n
            }
            let h = buffer.withUnsafeBytes { xxh64(UnsafeRawBufferPointer(rebasing: $0[0..<want])) }
            withUnsafeBytes(of: h.littleEndian) { hashes.append(contentsOf: $0) }
            at += want
        }
        return hashes.withUnsafeBytes { xxh64($0) } ^ UInt64(count)
    }

    /// `xxh64` of the first `count` bytes of the open file `fd`, read a piece at a time; nil
    /// when they cannot be read.
    static func streamed(fd: Int32, count: Int) -> UInt64? {
        var buffer = [UInt8](repeating: 0, count: piece)
        var stream = Stream()
        var at = 0
        while at < count {
            let want = min(piece, count - at)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(at)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            buffer.withUnsafeBytes { stream.update(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            at += n
        }
        return stream.digest()
    }

    private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let p3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

    @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
    @inline(__always) private static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 { rotl(acc &+ input &* p2, 31) &* p1 }
    @inline(__always) private static func merge(_ h: UInt64, _ v: UInt64) -> UInt64 { (h ^ round(0, v)) &* p1 &+ p4 }

    /// XXH64 with seed 0 (Yann Collet's algorithm).
    static func xxh64(_ b: UnsafeRawBufferPointer) -> UInt64 {
        func u64(_ i: Int) -> UInt64 { UInt64(littleEndian: b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) }
        let n = b.count
        var i = 0
        var h: UInt64
        if n >= 32 {
            var v1 = p1 &+ p2, v2 = p2, v3: UInt64 = 0, v4 = 0 &- p1
            while i + 32 <= n {
                v1 = round(v1, u64(i))
                v2 = round(v2, u64(i + 8))
                v3 = round(v3, u64(i + 16))
                v4 = round(v4, u64(i + 24))
                i += 32
            }
            h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
            h = merge(merge(merge(merge(h, v1), v2), v3), v4)
        } else {
            h = p5
        }
        return finish(h &+ UInt64(n), UnsafeRawBufferPointer(rebasing: b[i...]))
    }

    /// XXH64 of bytes given piece by piece: the same as `xxh64` of them all at once.
    struct Stream {
        private var v = (p1 &+ p2, p2, UInt64(0), 0 &- p1)
        private var pending: [UInt8] = []
        private var total = 0

        mutating func update(_ b: UnsafeRawBufferPointer) {
            total += b.count
            var i = 0
            if !pending.isEmpty {
                let take = min(32 - pending.count, b.count)
                pending.append(contentsOf: b[0..<take])
                i = take
                guard pending.count == 32 else { return }
                pending.withUnsafeBytes { stripe($0, 0) }
                pending.removeAll(keepingCapacity: true)
            }
            while i + 32 <= b.count {
                stripe(b, i)
                i += 32
            }
            pending.append(contentsOf: b[i...])
        }

        private mutating func stripe(_ b: UnsafeRawBufferPointer, _ i: Int) {
            func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: b.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
            v.0 = LogHash.round(v.0, u64(i))
            v.1 = LogHash.round(v.1, u64(i + 8))
            v.2 = LogHash.round(v.2, u64(i + 16))
            v.3 = LogHash.round(v.3, u64(i + 24))
        }

        func digest() -> UInt64 {
            var h: UInt64
            if total >= 32 {
                h = rotl(v.0, 1) &+ rotl(v.1, 7) &+ rotl(v.2, 12) &+ rotl(v.3, 18)
                h = merge(merge(merge(merge(h, v.0), v.1), v.2), v.3)
            } else {
                h = p5
            }
            return pending.withUnsafeBytes { LogHash.finish(h &+ UInt64(total), $0) }
        }
    }

    /// The tail of XXH64: the last bytes (under 32) and the avalanche.
    private static func finish(_ start: UInt64, _ b: UnsafeRawBufferPointer) -> UInt64 {
        func u64(_ i: Int) -> UInt64 { UInt64(littleEndian: b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) }
        func u32(_ i: Int) -> UInt64 { UInt64(UInt32(littleEndian: b.loadUnaligned(fromByteOffset: i, as: UInt32.self))) }
        var h = start
        var i = 0
        while i + 8 <= b.count {
            h = rotl(h ^ round(0, u64(i)), 27) &* p1 &+ p4
            i += 8
        }
        if i + 4 <= b.count {
            h = rotl(h ^ (u32(i) &* p1), 23) &* p2 &+ p3
            i += 4
        }
        while i < b.count {
            h = rotl(h ^ (UInt64(b[i]) &* p5), 11) &* p1
            i += 1
        }
        h ^= h >> 33
        h &*= p2
        h ^= h >> 29
        h &*= p3
        h ^= h >> 32
        return h
    }
}
