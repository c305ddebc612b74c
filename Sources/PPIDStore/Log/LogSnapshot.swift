import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder's `.snapshot`: a ledger saved as of a point of the log, with the size, line
/// count and hash of the lines it stands for and a fingerprint of the office's calendar and
/// number formats. An open uses it only when all of these still match the log and the config,
/// then replays the lines after that point; otherwise it replays the whole log, as `check`
/// always does. The log stays the only truth: the snapshot can be deleted at any time.
///
/// ```
/// "PPIDSNAP"  magic                      u64  bytes of the log it stands for
/// u32         format (2)                 u64  lines of the log it stands for
/// u64         calendar & formats         u64  LogHash of those bytes
///             fingerprint                …    Ledger.snapshot()
///                                        u64  LogHash.xxh64 of all the bytes before
/// ```
struct LogSnapshot: Sendable {
    static let magic = Array("PPIDSNAP".utf8)
    static let format: UInt32 = 2

    /// How much of the log it stands for.
    let bytes: Int
    let lines: Int
    let ledger: Ledger

    /// The snapshot of `folder` when it matches `log` (open) and the config; nil otherwise,
    /// and when there is none.
    static func load(
        _ folder: DataFolder, log fd: Int32, calendar: WorkingCalendar, numbering: RegistrationNumbering, objectionNumbering: RegistrationNumbering,
        samplePolicy: SamplePolicy
    ) -> LogSnapshot? {
        // Not waited on when a FIFO or a device sits there; only a regular file is read.
        guard let file = try? POSIXFile.openRegular(folder.snapshotPath, O_RDONLY), file >= 0 else { return nil }
        defer { close(file) }
        var st = stat()
        var logStat = stat()
        guard fstat(file, &st) == 0, fstat(fd, &logStat) == 0, st.st_size > 52 else { return nil }
        let size = Int(st.st_size)
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, file, 0), map != MAP_FAILED else { return nil }
        defer { munmap(map, size) }
        let all = UnsafeRawBufferPointer(start: map, count: size)
        func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: all.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        let fingerprint = Ledger.snapshotFingerprint(calendar: calendar, numbering: numbering, objectionNumbering: objectionNumbering, samplePolicy: samplePolicy)
        guard all.prefix(8).elementsEqual(magic),
              UInt32(littleEndian: all.loadUnaligned(fromByteOffset: 8, as: UInt32.self)) == format,
              u64(12) == fingerprint else { return nil }
        guard let bytes = Int(exactly: u64(20)), let lines = Int(exactly: u64(28)), bytes > 0, bytes <= Int(logStat.st_size) else { return nil }
        let hash = u64(36)
        let payload = UnsafeRawBufferPointer(rebasing: all[44..<(size - 8)])
        // The file's pages behind what has been read are let go, so the mapping does not add the
        // snapshot's size to the memory a large ledger takes.
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let base = UInt(bitPattern: map)
        @Sendable func release(_ read: Range<Int>) {
            let from = (44 + read.lowerBound + page - 1) / page * page
            let upTo = (44 + read.upperBound) / page * page
            guard upTo > from, let start = UnsafeMutableRawPointer(bitPattern: base + UInt(from)) else { return }
            _ = madvise(start, upTo - from, MADV_DONTNEED)
        }
        // The header and the ledger's bytes must be what was written (not a disk error, a cut
        // file or a change by hand), and the log's first bytes what the snapshot stands for:
        // both hashed on another core while the ledger's bytes are read here. Nothing read is
        // interpreted (no index built, no sample folded) until both hashes match.
        let check = HashJob(snapshot: file, snapshotCount: size - 8, log: fd, logCount: bytes)
        DispatchQueue.global(qos: .userInitiated).async { check.run() }
        let codec = EventCodec(timeZone: calendar.timeZone)
        let ledger = try? Ledger(
            snapshot: payload, calendar: calendar, numbering: numbering, objectionNumbering: objectionNumbering, samplePolicy: samplePolicy,
            decoding: { line in line.withUnsafeBufferPointer { try? codec.decode($0) } },
            progress: release,
            verified: {
                check.wait()
                return check.snapshotHash == u64(size - 8) && check.logHash == hash
            }
        )
        // Also when a damaged snapshot threw before asking: the job reads `file`, closed below.
        check.wait()
        guard let ledger, check.snapshotHash == u64(size - 8), check.logHash == hash, ledger.eventCount <= lines else { return nil }
        return LogSnapshot(bytes: bytes, lines: lines, ledger: ledger)
    }

    /// Writes `ledger`, standing for the first `bytes` bytes (`lines` lines) of the log, as the
    /// folder's snapshot, whole or not at all (temporary file, then rename).
    static func save(_ ledger: Ledger, bytes: Int, lines: Int, folder: DataFolder) throws(StoreError) {
        let fd = try POSIXFile.openRegular(folder.logPath, O_RDONLY)
        guard fd >= 0 else { throw POSIXFile.fail(folder.logPath, Phrase(id: "membaca", en: "read")) }
        defer { close(fd) }
        guard let hash = LogHash.of(fd: fd, count: bytes) else { throw POSIXFile.fail(folder.logPath, Phrase(id: "membaca", en: "read")) }
        var header = magic
        withUnsafeBytes(of: format.littleEndian) { header.append(contentsOf: $0) }
        for v in [Ledger.snapshotFingerprint(calendar: ledger.calendar, numbering: ledger.numbering, objectionNumbering: ledger.objectionNumbering, samplePolicy: ledger.samplePolicy),
                  UInt64(bytes), UInt64(lines), hash] {
            withUnsafeBytes(of: v.littleEndian) { header.append(contentsOf: $0) }
        }
        try POSIXFile.writeAtomically(to: folder.snapshotPath) { (write) throws(StoreError) in
            try header.withUnsafeBytes { b in Result { () throws(StoreError) in try write(b) } }.get()
            // The ledger's bytes go to the file a megabyte at a time.
            let (whole, failure, hash) = withoutActuallyEscaping(write) { write in
                var failure: StoreError?
                var hash = LogHash.Stream()
                header.withUnsafeBytes { hash.update($0) }
                let codec = EventCodec(timeZone: ledger.calendar.timeZone)
                let reader = LogArchive(path: folder.logPath, codec: codec).reader
                let whole = ledger.snapshot(encoding: { Array(codec.encode($0).dropLast()) }, reading: reader) { b in
                    hash.update(b)
                    guard failure == nil else { return }
                    do throws(StoreError) { try write(b) } catch { failure = error }
                }
                return (whole, failure, hash.digest())
            }
            if let failure { throw failure }
            if !whole { throw .io(path: folder.snapshotPath, action: Phrase(id: "menulis", en: "write"), reason: "events held only in memory") }
            try withUnsafeBytes(of: hash.littleEndian) { b in Result { () throws(StoreError) in try write(b) } }.get()
        }
    }

    /// The hashes of the snapshot's first bytes and of the log's, worked out on another
    /// thread: written before `done` is signalled, read after it.
    private final class HashJob: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        let snapshot: Int32
        let snapshotCount: Int
        let log: Int32
        let logCount: Int
        var snapshotHash: UInt64?
        var logHash: UInt64?

        init(snapshot: Int32, snapshotCount: Int, log: Int32, logCount: Int) {
            (self.snapshot, self.snapshotCount, self.log, self.logCount) = (snapshot, snapshotCount, log, logCount)
        }

        func run() {
            snapshotHash = LogHash.streamed(fd: snapshot, count: snapshotCount)
            // A snapshot that does not hash right is not used: the log need not be read.
            if snapshotHash != nil { logHash = LogHash.of(fd: log, count: logCount) }
            done.signal()
        }

        /// Returns once `run` has finished; may be called more than once.
        func wait() {
            done.wait()
            done.signal()
        }
    }
}

/// Saving a snapshot of the log's ledger as it stands, off the screen's thread.
public struct SnapshotJob: Sendable {
    let ledger: Ledger
    let bytes: Int
    let lines: Int
    let folder: DataFolder

    /// Writes the snapshot.
    public func run() throws(StoreError) {
        try LogSnapshot.save(ledger, bytes: bytes, lines: lines, folder: folder)
    }
}
