#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How long the log was when its last append was acknowledged, kept in the first 40 bytes of
/// `events.lock`: a file never renamed, so a log replaced by an older copy of itself cannot
/// take this record back with it, and a process that opens the folder fresh still sees that
/// acknowledged lines are missing.
///
/// Written under the lock after the log's fsync, without an fsync of its own: after a crash it
/// may say less than the log holds (harmless: the lines after it are checked as any line), never
/// more. Only the last 4 KiB of the acknowledged bytes are hashed, so an open of a large log
/// reads 4 KiB more, not the whole log again.
///
/// ```
/// "PPIDACK1"  magic    u64  bytes acknowledged    u64  lines in them
/// u64  XXH64 of the last (up to) 4 KiB of those bytes    u64  XXH64 of the 32 bytes before
/// ```
struct AcknowledgedLog: Sendable, Equatable {
    static let magic = Array("PPIDACK1".utf8)
    static let size = 40
    static let tail = 4096

    let bytes: Int
    let lines: Int
    let tailHash: UInt64

    /// The record of the first `bytes` bytes (`lines` lines) of the open log `log`; nil when
    /// they cannot be read.
    static func of(log: Int32, bytes: Int, lines: Int) -> AcknowledgedLog? {
        tailHash(of: log, upTo: bytes).map { AcknowledgedLog(bytes: bytes, lines: lines, tailHash: $0) }
    }

    /// The record in the open lock file `lockFile`; nil when there is none (an empty lock file,
    /// as versions before this one left it) or it is not whole.
    static func read(from lockFile: Int32) -> AcknowledgedLog? {
        var b = [UInt8](repeating: 0, count: size)
        guard readFully(lockFile, &b, at: 0), b.prefix(8).elementsEqual(magic) else { return nil }
        func u64(_ at: Int) -> UInt64 { b.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: at, as: UInt64.self)) } }
        guard b.withUnsafeBytes({ LogHash.xxh64(UnsafeRawBufferPointer(rebasing: $0[0..<32])) }) == u64(32),
              let bytes = Int(exactly: u64(8)), let lines = Int(exactly: u64(16)) else { return nil }
        return AcknowledgedLog(bytes: bytes, lines: lines, tailHash: u64(24))
    }

    /// Writes this record over the one in the open lock file; false when it could not.
    @discardableResult
    func write(to lockFile: Int32) -> Bool {
        var b = Self.magic
        for v in [UInt64(bytes), UInt64(lines), tailHash] { withUnsafeBytes(of: v.littleEndian) { b.append(contentsOf: $0) } }
        let check = b.withUnsafeBytes { LogHash.xxh64($0) }
        withUnsafeBytes(of: check.littleEndian) { b.append(contentsOf: $0) }
        return b.withUnsafeBytes { pwrite(lockFile, $0.baseAddress, $0.count, 0) } == Self.size
    }

    /// Whether the open log `log` still begins with the acknowledged bytes: it is at least as
    /// long, and their last 4 KiB are the same.
    func isHeld(by log: Int32) -> Bool {
        var st = stat()
        guard fstat(log, &st) == 0, Int(st.st_size) >= bytes else { return false }
        return Self.tailHash(of: log, upTo: bytes) == tailHash
    }

    private static func tailHash(of fd: Int32, upTo end: Int) -> UInt64? {
        let start = max(0, end - tail)
        var b = [UInt8](repeating: 0, count: end - start)
        guard readFully(fd, &b, at: start) else { return nil }
        return b.withUnsafeBytes { LogHash.xxh64($0) } ^ UInt64(end)
    }

    private static func readFully(_ fd: Int32, _ b: inout [UInt8], at position: Int) -> Bool {
        var done = 0
        while done < b.count {
            let n = b.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + done }, $0.count - done, off_t(position + done)) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }
}
