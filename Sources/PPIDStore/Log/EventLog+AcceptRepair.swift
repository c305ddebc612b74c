import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension EventLog {
    /// Takes the log as it now stands as the acknowledged one (`ppid-tui check
    /// --accept-repair`), after an officer repaired it by hand on purpose: its whole lines are
    /// recorded in `events.lock`, under the lock, so counters opened from now on write again.
    /// Returns how many lines were accepted, and where the log as it was before the repair
    /// was set aside (`recovery/replaced-*.jsonl`), when it was still kept. The caller makes
    /// sure no line is damaged first.
    public static func acceptRepair(in folder: DataFolder) throws(StoreError) -> (lines: Int, keptAt: String?) {
        let lockFile = try POSIXFile.openRegular(folder.lockPath, O_RDWR | O_CREAT | O_NOFOLLOW, mode: POSIXFile.fileMode(in: folder.path))
        guard lockFile >= 0 else { throw POSIXFile.fail(folder.lockPath, Phrase(id: "membuka", en: "open")) }
        defer { close(lockFile) }
        while flock(lockFile, LOCK_EX) != 0 {
            if errno != EINTR { throw POSIXFile.fail(folder.lockPath, Phrase(id: "mengunci", en: "lock")) }
        }
        defer { _ = flock(lockFile, LOCK_UN) }
        let log = try POSIXFile.openRegular(folder.logPath, O_RDONLY)
        guard log >= 0 else { throw POSIXFile.fail(folder.logPath, Phrase(id: "membuka", en: "open")) }
        defer { close(log) }
        // Whole lines only: a torn last line was never acknowledged.
        var lines = 0
        var end = 0
        var position = 0
        var chunk = [UInt8](repeating: 0, count: 4 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(log, $0.baseAddress, $0.count, off_t(position)) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { throw POSIXFile.fail(folder.logPath, Phrase(id: "membaca", en: "read")) }
            if n == 0 { break }
            for i in 0..<n where chunk[i] == 0x0A {
                lines += 1
                end = position + i + 1
            }
            position += n
        }
        let kept = AcknowledgedLog.read(from: lockFile).flatMap { $0.keptCopy(besides: log, in: folder, setAside: true) }
        guard let record = AcknowledgedLog.of(log: log, bytes: end, lines: lines), record.write(to: lockFile) else {
            throw POSIXFile.fail(folder.lockPath, Phrase(id: "menulis", en: "write"))
        }
        return (lines, kept)
    }
}
