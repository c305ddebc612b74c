import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `.acknowledged.jsonl`: a second name (a hard link) of the file appends go to, so the file
/// holding every acknowledged line is not lost when an older copy is renamed over
/// `events.jsonl`; the process that finds the log behind what was acknowledged moves it into
/// `recovery/`. It costs no space while it names the log itself (a link, not a copy).
extension AcknowledgedLog {
    /// Makes `.acknowledged.jsonl` name the open log `log` when it does not already (one
    /// `stat` per append). Linked through `/proc/self/fd`, so it names the very file written
    /// even if `events.jsonl` was renamed since; where links cannot be made nothing is kept.
    static func hold(log: Int32, in folder: DataFolder) {
        var held = stat()
        var written = stat()
        guard fstat(log, &written) == 0 else { return }
        if lstat(folder.acknowledgedPath, &held) == 0, held.st_dev == written.st_dev, held.st_ino == written.st_ino { return }
        let temporary = folder.acknowledgedPath + POSIXFile.tempMarker + "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        #if os(Linux)
        guard linkat(AT_FDCWD, "/proc/self/fd/\(log)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else { return }
        #else
        guard link(folder.logPath, temporary) == 0 else { return }
        #endif
        if rename(temporary, folder.acknowledgedPath) != 0 { unlink(temporary) }
    }

    /// Where the acknowledged lines are kept, besides the log `log` that lacks them: when
    /// `.acknowledged.jsonl` holds them, with `setAside` it is moved into
    /// `recovery/replaced-*.jsonl` (so the next append cannot drop it) and that path returned,
    /// without it its own path; else a `recovery/replaced-*.jsonl` set aside before that holds
    /// them, the newest first. Nil when none does.
    func keptCopy(besides log: Int32, in folder: DataFolder, setAside: Bool) -> String? {
        guard holds(folder.acknowledgedPath, besides: log) else {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.recoveryPath)) ?? []
            return names.filter { $0.hasPrefix("replaced-") }.sorted(by: >).map { folder.recoveryPath + "/" + $0 }.first { holds($0, besides: log) }
        }
        guard setAside else { return folder.acknowledgedPath }
        guard (try? folder.prepareOutputFolder(folder.recoveryPath)) != nil else { return nil }
        let stamp = Timestamp.format(Date(), offsetSeconds: 0).filter { $0.isNumber }
        let base = "\(folder.recoveryPath)/replaced-\(stamp)"
        for n in 1...1000 {
            let target = (n == 1 ? base : base + "-\(n)") + ".jsonl"
            // link(2) never replaces an existing name, as rename(2) would.
            if link(folder.acknowledgedPath, target) == 0 {
                unlink(folder.acknowledgedPath)
                POSIXFile.syncFolder(folder.path)
                return target
            }
            if errno != EEXIST { break }
        }
        return nil
    }

    /// Whether the regular file at `path` is not the log `log` and begins with the acknowledged bytes.
    private func holds(_ path: String, besides log: Int32) -> Bool {
        guard let file = try? POSIXFile.openRegular(path, O_RDONLY), file >= 0 else { return false }
        defer { close(file) }
        var a = stat()
        var b = stat()
        return fstat(file, &a) == 0 && fstat(log, &b) == 0 && (a.st_dev != b.st_dev || a.st_ino != b.st_ino) && isHeld(by: file)
    }
}
