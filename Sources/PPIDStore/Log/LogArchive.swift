import Foundation
import PPIDModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a ledger's records back from the log file by their places: the detail view's
/// history, an undo's check, a resumed import. A few lines per request, read on demand.
struct LogArchive: Sendable {
    let path: String
    let codec: EventCodec

    /// What the ledger's histories are read with: its places are this log's, packed.
    var reader: RecordReader { RecordReader { records(at: $0.map(LogPlace.init(packed:))) } }

    /// The records at these places, in order; nil when any of them cannot be read back as it
    /// was (the file was changed behind ppid-tui's back).
    func records(at places: [LogPlace]) -> [EventRecord]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [EventRecord] = []
        out.reserveCapacity(places.count)
        var buffer: [UInt8] = []
        for place in places {
            buffer = [UInt8](repeating: 0, count: place.length)
            var done = 0
            while done < place.length {
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress.map { $0 + done }, place.length - done, off_t(place.offset) + off_t(done)) }
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return nil }
                done += n
            }
            guard let record = try? buffer.withUnsafeBufferPointer({ b throws(EventCodec.Problem) in try codec.decode(b) }) else { return nil }
            out.append(record)
        }
        return out
    }
}
