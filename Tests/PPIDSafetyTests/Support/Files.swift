import Foundation
import Testing
import PPIDModel
@testable import PPIDStore
import PPIDTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The fixed "now" of the safety checks, after every date they write.
let testNow = Timestamp.parse("2025-11-24T09:00:00+07:00")!
let jakarta = TimeZone(identifier: "Asia/Jakarta")!

/// A registration with the details a counter would type.
func registration(_ number: String, _ receivedAt: String, name: String = "Siti Nurhaliza", subject: String = "Tarif pengujian air limbah") -> Event {
    .requestRegistered(RequestRegistered(
        request: number, receivedAt: Timestamp.parse(receivedAt)!, channel: .walkIn,
        details: RequestDetails(requesterName: name, category: .individual, address: "Jl. Sudirman 1", topic: .testing, subject: subject)
    ))
}

/// What a ledger holds, for comparing one replayed from a cut file with the one expected.
struct Snapshot: Equatable {
    let requests: RequestTable
    let numbers: [String]
    let eventCount: Int

    init(_ l: Ledger) {
        requests = l.requests
        numbers = l.numbers
        eventCount = l.eventCount
    }
}

/// The log file read without ppid-tui's own reader as well as with it.
enum LogFile {
    struct Contents {
        let records: [EventRecord]
        /// Lines that are not a JSON object by Foundation's parser, or not an event by ours (1-based).
        let badLines: [Int]
        /// Bytes after the last newline.
        let tail: Int
    }

    static func read(_ folder: DataFolder) throws -> Contents {
        let lines = splitLines(try readBytes(folder.logPath))
        let codec = EventCodec(timeZone: jakarta)
        var records: [EventRecord] = []
        var bad: [Int] = []
        for (i, line) in lines.dropLast().enumerated() {
            let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            let record = try? line.withUnsafeBufferPointer { (b) throws(EventCodec.Problem) -> EventRecord in try codec.decode(b) }
            if let record, object != nil { records.append(record) } else { bad.append(i + 1) }
        }
        return Contents(records: records, badLines: bad, tail: lines.last?.count ?? 0)
    }
}
