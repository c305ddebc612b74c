import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only log of a data folder and the ledger replayed from it.
///
/// Appends take an exclusive lock on `events.lock` beside the log (a file created once and
/// never renamed), make sure the log's name still names the file this process has open (a log
/// replaced by a rename is followed, or refused when it does not begin with what was read),
/// first read what other processes appended, then write the new lines in one call and fsync
/// before returning, so several processes can share one folder and registration numbers given
/// under the lock are never given twice.
public final class EventLog {
    public let folder: DataFolder
    public let codec: EventCodec
    /// The state replayed from every valid line read so far.
    public private(set) var ledger: Ledger
    /// Reads the ledger's histories back from this log (the ledger keeps only their places).
    public let reader: RecordReader
    /// Everything found that is not a plain valid line, in file order.
    public private(set) var problems: [LogProblem] = []
    /// Why writing is refused, or nil when the folder can be written.
    public private(set) var readOnlyReason: Phrase?
    private var fd: Int32
    /// `events.lock`, held while appending; -1 when read-only.
    private var lockFD: Int32 = -1
    /// Set once the log was replaced by a file that does not begin with what was read: this
    /// process then stops following the name (and, being read-only, never writes).
    private var detached = false
    private var offset: off_t = 0
    private var linesRead = 0
    /// While the line at `offset` is longer than `EventCodec.maxLineBytes` and has no end yet:
    /// how far it has been looked through for its newline (its bytes are not kept).
    private var longLineScanned: off_t?
    /// The log's size at the last read: an idle look at an unchanged file reads nothing.
    private var sizeSeen: off_t = -1
    /// Bytes read from the log so far (for tests of idle looks).
    private(set) var bytesRead = 0

    /// How many bytes the log is read in at a time; small only in tests of chunk boundaries.
    let chunkSize: Int
    /// Whether each replayed event is also put to today's rules, to warn of those they would
    /// refuse (`check`).
    let audit: Bool
    /// How much of the log the snapshot the ledger was read from stands for (0: replayed whole).
    public private(set) var snapshotBytes = 0

    /// Opens (creating when needed) the folder's log and replays it.
    ///
    /// With `readOnly`, nothing in the folder is created or changed; otherwise a torn last line
    /// is set aside into `recovery/`, and a folder this process cannot write is refused.
    public init(
        folder: DataFolder, calendar: WorkingCalendar, numbering: RegistrationNumbering,
        objectionNumbering: RegistrationNumbering = .objections, samplePolicy: SamplePolicy = .standard, readOnly: Bool = false,
        snapshots: Bool = true, audit: Bool = false, readChunk: Int = 4 << 20
    ) throws(StoreError) {
        self.folder = folder
        self.audit = audit
        chunkSize = max(1, readChunk)
        codec = EventCodec(timeZone: calendar.timeZone)
        ledger = Ledger(calendar: calendar, numbering: numbering, objectionNumbering: objectionNumbering, samplePolicy: samplePolicy)
        let path = folder.logPath
        reader = LogArchive(path: path, codec: codec).reader
        if readOnly {
            readOnlyReason = Phrase(id: "dibuka dengan --read-only", en: "opened with --read-only")
            let f = try POSIXFile.openRegular(path, O_RDONLY)
            if f < 0, errno != ENOENT { throw POSIXFile.fail(path, Phrase(id: "membuka", en: "open")) }
            fd = f
            if fd >= 0 {
                if snapshots { loadSnapshot() }
                try readNew(partialLine: .report)
                // What it records is compared when it can be read; a folder from before it has none.
                if let lockFile = try? POSIXFile.openRegular(folder.lockPath, O_RDONLY), lockFile >= 0 {
                    checkAcknowledged(lockFile)
                    close(lockFile)
                }
            }
            return
        }
        let refusal = StoreError.io(
            path: folder.path, action: Phrase(id: "menulis ke", en: "write to"),
            reason: Phrase(
                id: "tidak ada izin tulis; buka dengan --read-only untuk melihat saja",
                en: "no write permission; open with --read-only to only look")
        )
        func writable() -> Bool { folder.isWritable && (access(path, F_OK) != 0 || access(path, W_OK) == 0) }
        // An existing folder this process may not write is refused before anything is created
        // in it (its default config included), so the officer gets this message, not errno's.
        if FileManager.default.fileExists(atPath: folder.path), !writable() { throw refusal }
        try folder.prepare()
        guard writable() else { throw refusal }
        let existed = access(path, F_OK) == 0
        fd = try POSIXFile.openRegular(path, O_RDWR | O_CREAT | O_APPEND, mode: POSIXFile.fileMode(in: folder.path))
        guard fd >= 0 else { throw POSIXFile.fail(path, Phrase(id: "membuka", en: "open")) }
        if !existed {
            _ = fchmod(fd, POSIXFile.fileMode(in: folder.path))
            POSIXFile.syncFolder(folder.path)
        }
        lockFD = try POSIXFile.openRegular(folder.lockPath, O_RDWR | O_CREAT | O_NOFOLLOW, mode: POSIXFile.fileMode(in: folder.path))
        guard lockFD >= 0 else { throw POSIXFile.fail(folder.lockPath, Phrase(id: "membuka", en: "open")) }
        // A folder shared by a group: what this user made in it is the group's too.
        POSIXFile.shareEntries(
            [path, folder.lockPath, folder.configPath, folder.preferencesPath, folder.snapshotPath] + folder.outputFolders, in: folder.path
        )
        // What a save killed midway left behind (a snapshot, an export, a set-aside line).
        POSIXFile.removeStaleTemporaries(in: folder.path)
        for dir in folder.outputFolders { POSIXFile.removeStaleTemporaries(in: dir) }
        try withLock { () throws(StoreError) in
            if snapshots, existed { loadSnapshot() }
            try readNew(partialLine: .setAside)
            checkAcknowledged(lockFD)
        }
    }

    /// Starts from the folder's snapshot when it still matches the log and the config; the
    /// lines after it are then read as usual.
    private func loadSnapshot() {
        let calendar = ledger.calendar
        guard let snap = LogSnapshot.load(
            folder, log: fd, calendar: calendar, numbering: ledger.numbering, objectionNumbering: ledger.objectionNumbering, samplePolicy: ledger.samplePolicy
        ) else { return }
        ledger = snap.ledger
        offset = off_t(snap.bytes)
        linesRead = snap.lines
        snapshotBytes = snap.bytes
    }

    /// A job that saves a snapshot of the ledger as it stands, when one is due: the folder can
    /// be written, the log read so far has no problem, and more than a tenth of it (at least
    /// 8 MB) lies past the snapshot the ledger came from. Run it off the screen's thread.
    public func snapshotJob() -> SnapshotJob? {
        let read = Int(offset)
        guard readOnlyReason == nil, problems.isEmpty, read - snapshotBytes > max(8 << 20, read / 10) else { return nil }
        snapshotBytes = read
        return SnapshotJob(ledger: ledger, bytes: read, lines: linesRead, folder: folder)
    }

    deinit {
        if fd >= 0 { close(fd) }
        if lockFD >= 0 { close(lockFD) }
    }

    /// Whether writes are refused.
    public var isReadOnly: Bool { readOnlyReason != nil }

    /// Reads what other processes appended since the last look; returns how many events.
    @discardableResult
    public func refresh() throws(StoreError) -> Int {
        if fd < 0 {
            // Opened read-only before the log existed: see whether it exists now.
            fd = try POSIXFile.openRegular(folder.logPath, O_RDONLY)
            if fd < 0 {
                if errno == ENOENT { return 0 }
                throw POSIXFile.fail(folder.logPath, Phrase(id: "membuka", en: "open"))
            }
        }
        let before = ledger.eventCount
        try followReplacement()
        try readNew(partialLine: isReadOnly ? .report : .leave)
        return ledger.eventCount - before
    }

    /// Decides `command` against the up-to-date ledger and appends its events, recorded by
    /// `officer` at `now`; returns once they are on disk. Nothing is written when the rules
    /// refuse it.
    @discardableResult
    public func append(_ command: Command, by officer: String, at now: Date) throws(StoreError) -> [EventRecord] {
        try append(by: officer, at: now, rulesChecked: { _ in true }) { (ledger) throws(LedgerError) in
            var histories: [String: [EventRecord]] = [:]
            if case .undo(let e) = command, let h = try? ledger.history(of: e.request, reading: reader) { histories[e.request] = h }
            return try decide(command, ledger, now: now, by: officer, histories: histories)
        }
    }

    /// Appends the events `build` makes from the up-to-date ledger (an import's rows, a test's
    /// events), once the rules pass them, recorded by `officer` at `now`; returns once they are
    /// on disk. `build` runs under the lock, so a number it takes from `ledger.nextNumber` is
    /// unique. Nothing is written when `build` or the rules refuse any of the events.
    @discardableResult
    public func append(by officer: String, at now: Date, _ build: (Ledger) throws(LedgerError) -> [Event]) throws(StoreError) -> [EventRecord] {
        try append(by: officer, at: now, rulesChecked: { _ in false }, build)
    }

    /// As ``append(by:at:_:)``, for events whose rules the caller has already checked against
    /// the ledger at `revision` (an import names each refused row that way): they are not
    /// checked again unless another counter wrote in between.
    @discardableResult
    public func append(by officer: String, at now: Date, checkedAt revision: Revision, _ build: (Ledger) throws(LedgerError) -> [Event]) throws(StoreError) -> [EventRecord] {
        try append(by: officer, at: now, rulesChecked: { $0.revision == revision }, build)
    }

    /// `rulesChecked` tells whether the events `build` makes from this ledger have already
    /// been put to the rules (by `decide`, or by the caller against this very state).
    private func append(
        by officer: String, at now: Date, rulesChecked: (Ledger) -> Bool, _ build: (Ledger) throws(LedgerError) -> [Event]
    ) throws(StoreError) -> [EventRecord] {
        if let reason = readOnlyReason { throw .readOnly(reason: reason) }
        return try withLock { () throws(StoreError) -> [EventRecord] in
            try readNew(partialLine: .setAside)
            checkAcknowledged(lockFD)
            if let reason = readOnlyReason { throw .readOnly(reason: reason) }
            var built: [EventRecord]
            var ids = EventIDs()
            do throws(LedgerError) {
                built = try build(ledger).map { EventRecord(id: ids.next(), at: now, by: officer, event: $0) }
            } catch {
                throw .refused(error)
            }
            guard !built.isEmpty else { return [] }
            // Keep in memory exactly what every replay of the file will see (times to the second).
            var bytes: [UInt8] = []
            var lengths: [Int] = []
            lengths.reserveCapacity(built.count)
            for r in built {
                let start = bytes.count
                codec.encodeLine(r, to: &bytes)
                lengths.append(bytes.count - start)
            }
            built = []
            // Never a line every reader would take for damage.
            if let long = lengths.first(where: { $0 - 1 > EventCodec.maxLineBytes }) {
                throw .io(
                    path: folder.logPath, action: Phrase(id: "menulis", en: "write"),
                    reason: EventCodec.Problem.tooLong(long - 1).message)
            }
            var records: [EventRecord] = []
            records.reserveCapacity(lengths.count)
            var start = 0
            for length in lengths {
                let line = bytes[start..<(start + length - 1)]
                start += length
                guard let stored = try? line.withUnsafeBufferPointer({ b throws(EventCodec.Problem) in try codec.decode(b) }) else {
                    throw .io(
                        path: folder.logPath, action: Phrase(id: "menulis", en: "write"),
                        reason: Phrase(id: "baris tidak dapat dibaca kembali", en: "the line would not read back"))
                }
                records.append(stored)
            }
            if !rulesChecked(ledger) {
                do throws(LedgerError) {
                    try ledger.check(records, histories: histories(undoneBy: records))
                } catch {
                    throw .refused(error)
                }
            }
            try write(bytes)
            for (r, length) in zip(records, lengths) {
                evolve(r, line: linesRead + 1, place: LogPlace(offset: Int64(offset), length: length - 1))
                offset += off_t(length)
            }
            // After the fsync, so it never says more than the log holds.
            AcknowledgedLog.of(log: fd, bytes: Int(offset), lines: linesRead)?.write(to: lockFD)
            AcknowledgedLog.hold(log: fd, in: folder)
            return records
        }
    }

    /// Writes bytes at the end and syncs; on failure takes the partial write back out.
    private func write(_ bytes: [UInt8]) throws(StoreError) {
        let path = folder.logPath
        let failure: StoreError? = bytes.withUnsafeBytes { b in
            do throws(StoreError) {
                try POSIXFile.writeAll(fd, b, path: path)
            } catch {
                return error
            }
            return fsync(fd) == 0 ? nil : POSIXFile.fail(path, Phrase(id: "menyimpan ke disk", en: "sync to disk"))
        }
        if let failure {
            // Nothing of this write was acknowledged: cut it off so the log stays whole.
            _ = ftruncate(fd, offset)
            _ = fsync(fd)
            throw failure
        }
    }

    private func withLock<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try lock(lockFD, folder.lockPath)
        defer { _ = flock(lockFD, LOCK_UN) }
        try followReplacement()
        // The log itself is locked too, as versions before events.lock did, so one of those
        // still running on the folder is kept out as well.
        let held = fd
        try lock(held, folder.logPath)
        defer { _ = flock(held, LOCK_UN) }
        return try body()
    }

    private func lock(_ fd: Int32, _ path: String) throws(StoreError) {
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw POSIXFile.fail(path, Phrase(id: "mengunci", en: "lock")) }
        }
    }

    /// When the log's name no longer names the file this process has open (the log was replaced
    /// by a rename: `cp` then `mv`, `sed -i`, an editor, rsync), opens the file it names now and
    /// goes on from there, but only when that file begins with exactly the bytes read so far;
    /// otherwise writing stops (and what this process had read is kept in `recovery/`), so
    /// nothing is written to a file no one will read again and no number is given twice.
    private func followReplacement() throws(StoreError) {
        guard fd >= 0, !detached else { return }
        let path = folder.logPath
        var named = stat()
        var held = stat()
        guard fstat(fd, &held) == 0 else { throw POSIXFile.fail(path, Phrase(id: "membaca", en: "read")) }
        guard stat(path, &named) == 0 else {
            // Moved away or deleted (perhaps for a moment, by an editor): nothing is written
            // to the file no one will read; the next look follows whatever is there again.
            if errno == ENOENT {
                throw .io(
                    path: path, action: Phrase(id: "membuka", en: "open"),
                    reason: Phrase(
                        id: "tidak ada lagi (dipindahkan atau dihapus di luar ppid-tui)",
                        en: "no longer there (moved or deleted outside ppid-tui)"))
            }
            throw POSIXFile.fail(path, Phrase(id: "membaca", en: "read"))
        }
        if named.st_dev == held.st_dev, named.st_ino == held.st_ino { return }
        let replacement = try POSIXFile.openRegular(path, lockFD >= 0 ? O_RDWR | O_APPEND : O_RDONLY)
        guard replacement >= 0 else { throw POSIXFile.fail(path, Phrase(id: "membuka", en: "open")) }
        if let line = firstDifference(from: fd, to: replacement, count: offset) {
            close(replacement)
            detach(LogProblem(path: path, line: line, kind: .replaced(savedTo: saveReadCopy())))
            return
        }
        close(fd)
        fd = replacement
        sizeSeen = -1
    }

    /// Stops writing when the log no longer begins with every line acknowledged so far (as
    /// `events.lock` records it): a log replaced by an older copy of itself, cut or edited
    /// outside ppid-tui would otherwise be appended to and give acknowledged numbers again.
    /// Run after reading the log, under the lock when writing.
    private func checkAcknowledged(_ lockFile: Int32) {
        guard !detached, let acknowledged = AcknowledgedLog.read(from: lockFile), !acknowledged.isHeld(by: fd) else { return }
        var st = stat()
        let shorter = fstat(fd, &st) == 0 && Int(st.st_size) < acknowledged.bytes && acknowledged.lines > linesRead
        // A log as long that differs where a damaged line was found: that line is the problem
        // to name (its repair is then checked again).
        if !shorter, problems.contains(where: \.blocksWriting) { return }
        record(LogProblem(
            path: folder.logPath, line: shorter ? linesRead + 1 : acknowledged.lines,
            kind: .behindAcknowledged(
                acknowledged: acknowledged.lines, missing: shorter ? acknowledged.lines - linesRead : nil,
                savedTo: acknowledged.keptCopy(besides: fd, in: folder, setAside: lockFD >= 0)
            )
        ))
    }

    /// The line (from 1) of the first byte among the first `count` that differs between the two
    /// files, or is missing from `new`; nil when they are the same.
    private func firstDifference(from old: Int32, to new: Int32, count: off_t) -> Int? {
        var line = 1
        var position: off_t = 0
        let chunk = 1 << 20
        var a = [UInt8](repeating: 0, count: chunk)
        var b = [UInt8](repeating: 0, count: chunk)
        func fill(_ fd: Int32, _ buffer: inout [UInt8], _ want: Int) -> Int {
            var done = 0
            while done < want {
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, want - done, position + off_t(done)) }
                if n < 0, errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            return done
        }
        while position < count {
            let want = min(chunk, Int(count - position))
            let gotA = fill(old, &a, want)
            let gotB = fill(new, &b, want)
            for i in 0..<want {
                if i >= gotA || i >= gotB || a[i] != b[i] { return line }
                if a[i] == 0x0A { line += 1 }
            }
            position += off_t(want)
        }
        return nil
    }

    /// Keeps a copy of the bytes this process read, from the file it still has open, in
    /// `recovery/`; returns where, or nil when read-only or it could not be written.
    private func saveReadCopy() -> String? {
        guard lockFD >= 0, offset > 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(offset))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(done)) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return nil }
            done += n
        }
        let stamp = Timestamp.format(Date(), offsetSeconds: 0).filter { $0.isNumber }
        guard (try? folder.prepareOutputFolder(folder.recoveryPath)) != nil else { return nil }
        return try? POSIXFile.writeNew(Data(bytes), to: "\(folder.recoveryPath)/replaced-\(stamp).jsonl")
    }

    private func detach(_ problem: LogProblem) {
        detached = true
        record(problem)
    }

    /// What to do with a last line that has no newline yet.
    private enum PartialLine {
        /// Under the lock it is a torn write: set it aside.
        case setAside
        /// Without the lock it may be a write in progress: leave it for the next look.
        case leave
        /// Read-only: report it once, change nothing.
        case report
    }

    /// Reads complete lines from `offset` to the end.
    private func readNew(partialLine: PartialLine) throws(StoreError) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw POSIXFile.fail(folder.logPath, Phrase(id: "membaca", en: "read")) }
        if st.st_size < offset {
            if !problems.contains(where: { $0.kind == .shrank }) {
                record(LogProblem(path: folder.logPath, line: linesRead, kind: .shrank))
            }
            return
        }
        // Nothing was added since the last look (an idle counter): nothing to read. A torn tail
        // left unread then is still set aside under the lock.
        if st.st_size == sizeSeen, partialLine != .setAside { return }
        defer { sizeSeen = st.st_size }
        // Room for what the new bytes likely hold (lines run 150–400 bytes), so a replay does
        // not copy its arrays as they grow; pages never touched cost no memory.
        let unread = Int(st.st_size - offset)
        if unread > 1 << 20 { ledger.reserveCapacity(events: ledger.eventCount + unread / 150) }
        // Runs of whole lines go to other cores to be decoded; they come back in file order and
        // are applied here. What follows the last newline waits for the next read.
        var decoder = LogDecoder(codec: codec)
        var carry: [UInt8] = []
        var position = longLineScanned ?? offset
        while position < st.st_size {
            let want = min(chunkSize, Int(st.st_size - position))
            if longLineScanned != nil {
                // Inside a line past the bound: only its end is looked for, nothing is kept.
                var scan = decoder.emptyBuffer()
                let read = try readAppending(to: &scan, count: want, at: position)
                if read == 0 { break }
                guard let k = scan.firstIndex(of: 0x0A) else {
                    position += off_t(read)
                    longLineScanned = position
                    continue
                }
                // Its end: counted as one line (named when it was found); reading goes on after it.
                linesRead += 1
                offset = position + off_t(k) + 1
                position = offset
                longLineScanned = nil
                continue
            }
            var run = decoder.emptyBuffer()
            run.reserveCapacity(carry.count + want)
            run.append(contentsOf: carry)
            let read = try readAppending(to: &run, count: want, at: position)
            if read == 0 { break }
            position += off_t(read)
            guard let end = run.withUnsafeBufferPointer({ LogDecoder.endOfLastLine(in: UnsafeBufferPointer(rebasing: $0[carry.count...])) }) else {
                carry = run
                if carry.count > EventCodec.maxLineBytes { skipLongLine(&carry, &decoder, at: position) }
                continue
            }
            let lastLine = carry.count + end
            carry = Array(run[lastLine...])
            run.removeSubrange(lastLine...)
            if decoder.isFull { applyDecoded(decoder.next()) }
            decoder.submit(run)
        }
        if carry.count > EventCodec.maxLineBytes { skipLongLine(&carry, &decoder, at: position) }
        while !decoder.isEmpty { applyDecoded(decoder.next()) }
        guard !carry.isEmpty else { return }
        switch partialLine {
        case .setAside: try setAsideTornTail(carry)
        case .leave: break
        case .report:
            let line = linesRead + 1
            if !problems.contains(where: { $0.line == line && $0.kind == .tornTail(bytes: carry.count, movedTo: nil) }) {
                record(LogProblem(path: folder.logPath, line: line, kind: .tornTail(bytes: carry.count, movedTo: nil)))
            }
        }
    }

    /// The unended line in `carry` (read up to `position`) is longer than any event: damage,
    /// named once; from here its end is looked for without keeping its bytes, now and on later
    /// looks (never again from its start), and it is never set aside as a torn tail.
    private func skipLongLine(_ carry: inout [UInt8], _ decoder: inout LogDecoder, at position: off_t) {
        while !decoder.isEmpty { applyDecoded(decoder.next()) }
        record(LogProblem(path: folder.logPath, line: linesRead + 1, kind: .damaged(.tooLong(nil))))
        longLineScanned = position
        carry = []
    }

    /// Reads up to `count` bytes at `position` onto the end of `bytes`; returns how many.
    private func readAppending(to bytes: inout [UInt8], count: Int, at position: off_t) throws(StoreError) -> Int {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        while true {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + start }, count, position) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw POSIXFile.fail(folder.logPath, Phrase(id: "membaca", en: "read")) }
            bytes.removeLast(count - n)
            bytesRead += n
            return n
        }
    }

    /// Applies decoded lines (last first, as `LogDecoder` gives them) in file order, each at
    /// the place it was read from.
    private func applyDecoded(_ reversed: consuming [LogDecoder.Line]) {
        var lines = reversed
        while let line = lines.popLast() {
            linesRead += 1
            // The length is taken in the one switch: read apart, it would copy the whole line.
            let length: Int
            // Consumed: the record moves into `evolve` instead of being copied (a retain of
            // each of its texts per line).
            switch consume line {
            case .blank(let n):
                length = n
            case .record(let r, let n):
                length = n
                evolve(r, line: linesRead, place: LogPlace(offset: Int64(offset), length: n))
            case .problem(.newerVersion(let v), let n):
                length = n
                record(LogProblem(path: folder.logPath, line: linesRead, kind: .newerVersion(v)))
            case .problem(let p, let n):
                length = n
                record(LogProblem(path: folder.logPath, line: linesRead, kind: .damaged(p)))
            }
            offset += off_t(length + 1)
        }
    }

    /// Records one line's event. With `audit` (`check`), first asks the rules whether they
    /// would accept it today, and notes a refusal as a warning: the fact stays recorded.
    /// The ledger reads nothing itself: an undo is handed its request's earlier events.
    private func evolve(_ r: EventRecord, line: Int, place: LogPlace) {
        let earlier = earlierEvents(r)
        if audit {
            let histories = earlier.map { [r.event.subject.number: $0] } ?? [:]
            for warning in ledger.warnings(about: r, histories: histories) {
                record(LogProblem(path: folder.logPath, line: line, kind: .ruleWarning(warning)))
            }
        }
        ledger.evolve(r, placedAt: place.packed, earlier: earlier)
        linesRead = max(linesRead, line)
    }

    /// For an undo, its request's events so far, read back from the log (nil when they cannot
    /// be); nil for any other event, which needs none.
    private func earlierEvents(_ r: EventRecord) -> [EventRecord]? {
        guard Request.isUndo(r), case .eventUndone(let e) = r.event else { return nil }
        return try? ledger.history(of: e.request, reading: reader)
    }

    /// Every event of a request in log order, read back from the log.
    public func history(of number: String) throws(LedgerError) -> [EventRecord] {
        try ledger.history(of: number, reading: reader)
    }

    /// Every event of a sample in log order, read back from the log.
    public func history(ofSample number: String) throws(LedgerError) -> [EventRecord] {
        try ledger.history(ofSample: number, reading: reader)
    }

    /// The histories of the requests the undos among `records` name, read back from the log,
    /// for the rules (which read nothing themselves).
    func histories(undoneBy records: [EventRecord]) -> [String: [EventRecord]] {
        var out: [String: [EventRecord]] = [:]
        for r in records {
            if case .eventUndone(let e) = r.event, out[e.request] == nil, let h = try? history(of: e.request) { out[e.request] = h }
        }
        return out
    }

    private func record(_ problem: LogProblem) {
        problems.append(problem)
        guard problem.blocksWriting, readOnlyReason == nil else { return }
        switch problem.kind {
        case .replaced, .behindAcknowledged:
            readOnlyReason = problem.message
        case .newerVersion:
            readOnlyReason = Phrase(
                id: "\(problem.path):\(problem.line) ditulis oleh ppid-tui yang lebih baru; perbarui ppid-tui",
                en: "\(problem.path):\(problem.line) was written by a newer ppid-tui; upgrade ppid-tui"
            )
        default:
            readOnlyReason = Phrase(
                id: "\(problem.path):\(problem.line) rusak; jalankan `ppid-tui check` dan lihat README bagian \"Check and repair\"",
                en: "\(problem.path):\(problem.line) is damaged; run `ppid-tui check` and see README, \"Check and repair\""
            )
        }
    }

    /// Moves a torn last line into `recovery/` and cuts it from the log.
    private func setAsideTornTail(_ bytes: [UInt8]) throws(StoreError) {
        let line = linesRead + 1
        guard readOnlyReason == nil else {
            record(LogProblem(path: folder.logPath, line: line, kind: .tornTail(bytes: bytes.count, movedTo: nil)))
            return
        }
        let stamp = Timestamp.format(Date(), offsetSeconds: 0).filter { $0.isNumber }
        let target: String
        do throws(StoreError) {
            try folder.prepareOutputFolder(folder.recoveryPath)
            // Two tails set aside in the same second (at the same line) get two names.
            target = try POSIXFile.writeNew(Data(bytes), to: "\(folder.recoveryPath)/torn-\(stamp)-line\(line).jsonl")
        } catch {
            // The disk is full, or recovery/ cannot be written: the tail stays where it is and
            // the folder is opened to be read, with what to do.
            let why = error.message
            readOnlyReason = Phrase(
                id: "baris terakhir \(folder.logPath):\(line) yang terpotong (sisa crash) tidak dapat disisihkan: \(why.id). Kosongkan ruang disk (atau perbaiki recovery/), lalu buka kembali ppid-tui",
                en: "the torn last line \(folder.logPath):\(line) (left by a crash) could not be set aside: \(why.en). Free disk space (or fix recovery/), then reopen ppid-tui"
            )
            record(LogProblem(path: folder.logPath, line: line, kind: .tornTail(bytes: bytes.count, movedTo: nil)))
            return
        }
        guard ftruncate(fd, offset) == 0, fsync(fd) == 0 else {
            throw POSIXFile.fail(folder.logPath, Phrase(id: "memotong baris rusak", en: "cut the torn line"))
        }
        record(LogProblem(path: folder.logPath, line: line, kind: .tornTail(bytes: bytes.count, movedTo: target)))
    }
}
