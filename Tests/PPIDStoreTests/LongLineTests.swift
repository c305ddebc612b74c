import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// A line longer than any event (`EventCodec.maxLineBytes`) is damage named by its line; an
/// idle counter does not read the log again, whatever sits at its end.
@Suite struct LongLineTests {
    func fileSize(_ path: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0 }

    @Test func anOverlongLineInTheMiddleIsDamageAndTheLinesAfterItAreRead() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            let long = #"{"v":1,"id":"x","subject":""# + String(repeating: "a", count: EventCodec.maxLineBytes) + "\"}\n"
            try appendRaw(Array(long.utf8), to: folder.logPath)
            try appendRaw(Array(office.log.codec.encode(EventRecord(id: "e3", at: testNow, by: "Siti", event: registration("PPID-2019-002", "2019-01-10T08:02:00+07:00")))), to: folder.logPath)
            for chunk in [4 << 20, 64 << 10] {
                let log = try EventLog(folder: folder, calendar: office.calendar, numbering: .standard, readOnly: true, snapshots: false, readChunk: chunk)
                #expect(log.problems.map(\.line) == [2], "chunk \(chunk)")
                #expect(log.problems.first.map { if case .damaged(.tooLong(let n?)) = $0.kind { n > EventCodec.maxLineBytes } else { false } } == true)
                #expect(log.ledger.numbers == ["PPID-2019-001", "PPID-2019-002"])
                #expect(log.problems.first?.message.en.contains("longer than the 1048576-byte bound") == true)
            }
        }
    }

    @Test func anOverlongLineWithNoEndIsDamageNotATornTailAndIsNotReadAgainOnIdle() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            let reader = try openOffice(folder, readOnly: true)
            try appendRaw(Array(repeating: UInt8(ascii: "a"), count: EventCodec.maxLineBytes + 10), to: folder.logPath)
            try reader.log.refresh()
            #expect(reader.log.problems.map(\.kind) == [.damaged(.tooLong(nil))])
            // A writer refuses (damage), and sets nothing aside.
            let writer = try openOffice(folder)
            #expect(writer.log.isReadOnly)
            #expect(!FileManager.default.fileExists(atPath: folder.recoveryPath))
            // Its end comes later: the line is counted once and the next line read.
            try appendRaw(Array("aaa\n".utf8), to: folder.logPath)
            try appendRaw(Array(office.log.codec.encode(EventRecord(id: "e3", at: testNow, by: "Siti", event: registration("PPID-2019-002", "2019-01-10T08:02:00+07:00")))), to: folder.logPath)
            #expect(try reader.log.refresh() == 1)
            #expect(reader.ledger.numbers == ["PPID-2019-001", "PPID-2019-002"])
            #expect(reader.log.problems.count == 1)
        }
    }

    @Test func anIdleLookAtAnUnchangedLogReadsNothing() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            // A partial last line (a write in progress, or a torn tail) of 512 KB.
            try appendRaw(Array(repeating: UInt8(ascii: "a"), count: 512 << 10), to: folder.logPath)
            let reader = try openOffice(folder, readOnly: true)
            let before = reader.log.bytesRead
            for _ in 0..<100 { try reader.log.refresh() }
            #expect(reader.log.bytesRead == before, "100 idle looks read \(reader.log.bytesRead - before) bytes")
            // Something appended: only then is the log read again.
            try appendRaw(Array("a\n".utf8), to: folder.logPath)
            try reader.log.refresh()
            #expect(reader.log.bytesRead > before)
        }
    }
}

/// The app warns at start when the log's newest event is later than the computer's clock.
@Suite struct ClockWarningTests {
    @Test func aLogWithAnEventLaterThanTheClockGivesAWarning() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            let ahead = Timestamp.parse("2030-01-09T08:02:00+07:00")!
            try append(office, registration("PPID-2030-001", "2030-01-09T08:00:00+07:00"), at: ahead)
            try append(office, registration("PPID-2025-001", "2025-11-24T08:00:00+07:00"), at: testNow)
            #expect(office.log.newestRecordedAt() == ahead)
            let warning = try #require(office.log.clockWarning(now: testNow))
            #expect(warning.en.contains("is earlier than the newest event in the log (2030-01-09T08:02:00+07:00)"))
            #expect(warning.id.contains("periksa jam komputer"))
            #expect(office.log.clockWarning(now: ahead) == nil)
        }
    }

    @Test func aLogOfPastEventsGivesNoWarning() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            #expect(office.log.clockWarning(now: testNow) == nil)
            try append(office, registration("PPID-2025-001", "2025-11-24T08:00:00+07:00"), at: testNow)
            #expect(office.log.clockWarning(now: testNow) == nil)
        }
    }
}
