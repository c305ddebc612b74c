import Foundation
import Testing
import PPIDModel
@testable import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// The fixed "now" of the safety checks, after every date they write.
let testNow = Timestamp.parse("2025-11-24T09:00:00+07:00")!
let jakarta = TimeZone(identifier: "Asia/Jakarta")!

/// Runs `body` with a fresh scratch folder that is removed afterwards, whatever happens.
func withScratch<T>(_ body: (String) throws -> T) throws -> T {
    let base = NSTemporaryDirectory() + "ppid-safety-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer {
        _ = chmod(base, 0o755)
        if let names = try? FileManager.default.subpathsOfDirectory(atPath: base) {
            for n in names { _ = chmod(base + "/" + n, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: base)
    }
    return try body(base)
}

func readBytes(_ path: String) throws -> [UInt8] {
    [UInt8](try #require(FileManager.default.contents(atPath: path), "cannot read \(path)"))
}

func writeBytes(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// Appends raw bytes to a file, as another program (or a crash) would leave them.
func appendRaw(_ bytes: [UInt8], to path: String) throws {
    let h = try #require(FileHandle(forWritingAtPath: path))
    defer { try? h.close() }
    try h.seekToEnd()
    try h.write(contentsOf: Data(bytes))
}

/// Lines of a file without their newlines; the last element is what follows the last newline.
func splitLines(_ bytes: [UInt8]) -> [[UInt8]] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
}

/// The permission bits of a path (`0o700`, …), or -1 when it is missing.
func permissions(_ path: String) -> Int {
    var st = stat()
    guard stat(path, &st) == 0 else { return -1 }
    return Int(st.st_mode) & 0o777
}

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
