import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension EventLog {
    /// The latest `at` among the log's last lines (its last `window` bytes): when it is later
    /// than the computer's clock, the clock runs behind now or ran ahead then.
    public func newestRecordedAt(window: Int = 256 << 10) -> Date? {
        guard let fd = try? POSIXFile.openRegular(folder.logPath, O_RDONLY), fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        let start = max(0, Int(st.st_size) - window)
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size) - start)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(start + done)) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        bytes.removeLast(bytes.count - done)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
        if start > 0, !lines.isEmpty { lines.removeFirst() }  // begun before the window
        var newest: Date?
        for line in lines {
            guard let r = try? Array(line).withUnsafeBufferPointer({ b throws(EventCodec.Problem) in try codec.decode(b) }) else { continue }
            if newest.map({ r.at > $0 }) ?? true { newest = r.at }
        }
        return newest
    }

    /// A warning for the screen when the log's newest event is later than `now` (by more
    /// than a few minutes): every step recorded now would look earlier than it.
    public func clockWarning(now: Date) -> Phrase? {
        guard let newest = newestRecordedAt(), newest > now.addingTimeInterval(300) else { return nil }
        let when = Timestamp.format(newest, offsetSeconds: ledger.calendar.offset(at: newest))
        return Phrase(
            id: "Jam komputer (\(Timestamp.format(now, offsetSeconds: ledger.calendar.offset(at: now)))) lebih awal dari kejadian terbaru di log (\(when)): periksa jam komputer sebelum mencatat",
            en: "The computer's clock (\(Timestamp.format(now, offsetSeconds: ledger.calendar.offset(at: now)))) is earlier than the newest event in the log (\(when)): check the clock before recording"
        )
    }
}
