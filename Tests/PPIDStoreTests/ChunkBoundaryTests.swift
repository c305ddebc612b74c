import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore

/// The log is read in chunks (4 MiB in use); a line may straddle any number of them. With
/// chunks smaller than a line, every line straddles one: the replay, the position the next
/// read starts from, and where a torn tail is cut must all stay exact.
@Suite struct ChunkBoundaryTests {
    func open(_ folder: DataFolder, chunk: Int, readOnly: Bool = false) throws -> EventLog {
        let config = try OfficeConfig.load(from: folder)
        return try EventLog(folder: folder, calendar: try config.calendar(), numbering: config.numbering, readOnly: readOnly, readChunk: chunk)
    }

    func fill(_ folder: DataFolder, count: Int) throws {
        let office = try openOffice(folder)
        for i in 1...count {
            try append(office, registration(String(format: "PPID-2019-%03d", i), "2019-01-09T08:02:00+07:00", name: "Désirée Muñoz \(i)"))
        }
    }

    @Test(arguments: [1, 7, 64, 333, 4096])
    func smallChunksReplayTheSameAndLaterReadsStartAtTheNextLine(_ chunk: Int) throws {
        try withDataFolder { folder in
            try fill(folder, count: 12)
            let whole = try open(folder, chunk: 1 << 20)
            let log = try open(folder, chunk: chunk)
            #expect(log.problems.isEmpty)
            #expect(log.ledger.eventCount == 12)
            #expect(log.ledger.numbers == whole.ledger.numbers)
            // Another process appends; this one must read exactly those lines, nothing twice.
            try append(try openOffice(folder), registration("PPID-2019-013", "2019-01-10T08:00:00+07:00"))
            #expect(try log.refresh() == 1)
            #expect(log.problems.isEmpty, "a stale read position would show as a damaged line")
            // And its own append after that lands cleanly too.
            try log.append(by: "siti", at: testNow) { _ in [registration("PPID-2019-014", "2019-01-10T09:00:00+07:00")] }
            #expect(log.problems.isEmpty)
            let reopened = try open(folder, chunk: 1 << 20)
            #expect(reopened.ledger.eventCount == 14)
            #expect(reopened.problems.isEmpty)
        }
    }

    @Test(arguments: [1, 7, 333])
    func aTornTailIsCutExactlyAfterTheLastWholeLine(_ chunk: Int) throws {
        try withDataFolder { folder in
            try fill(folder, count: 9)
            let whole = try readBytes(folder.logPath)
            try appendRaw(Array("{\"v\":1,\"id\":\"torn".utf8), to: folder.logPath)
            let log = try open(folder, chunk: chunk)
            #expect(log.ledger.eventCount == 9)
            #expect(try readBytes(folder.logPath) == whole, "no whole line may be cut with the torn tail")
        }
    }
}
