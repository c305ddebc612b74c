import Foundation
import Testing
import PPIDModel
import PPIDTestSupport
@testable import PPIDStore

/// A long seeded run of damaged logs and damaged registers through the whole store — open,
/// replay, append, import — beside the parser-level fuzzing of scripts/safety/fuzz.sh: no
/// crash, nothing before the damage lost, nothing rewritten, nothing half imported.
@Suite struct RandomInputTests {
    /// One random change to `bytes`: a flipped bit, inserted or deleted bytes, a cut, a copy.
    static func mutate(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var b = bytes
        guard !b.isEmpty else { return [UInt8.random(in: 0...255, using: &random)] }
        let at = Int.random(in: 0..<b.count, using: &random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0: b[at] ^= 1 << UInt8.random(in: 0...7, using: &random)
        case 1: b[at] = UInt8.random(in: 0...255, using: &random)
        case 2:
            let junk: [[UInt8]] = [[0], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x22], [0x5C], [0x2C], [0x0D], Array("\\u0000".utf8), Array("\u{1B}]0;x\u{07}".utf8)]
            b.insert(contentsOf: junk[Int.random(in: 0..<junk.count, using: &random)], at: at)
        case 3: b.removeSubrange(at..<min(b.count, at + Int.random(in: 1...12, using: &random)))
        case 4: b.removeSubrange(at...)
        case 5: b.insert(contentsOf: b[at..<min(b.count, at + Int.random(in: 1...40, using: &random))], at: at)
        default: b = Array(b.reversed().prefix(Int.random(in: 0...b.count, using: &random)).reversed())
        }
        return b
    }

    @Test func damagedLogsLoadEverythingBeforeTheDamageAndAreNeverRewritten() throws {
        var random = Safety.random("random damaged logs")
        let inputs = Safety.size(quick: 150, full: 3000)
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            _ = try SampleLog.build(folder, requests: 12)
            let lines = splitLines(try readBytes(folder.logPath)).dropLast().map { $0 }
            var detected = 0, undetected = 0
            for i in 0..<inputs {
                let j = Int.random(in: 0..<lines.count, using: &random)
                var changed = lines
                changed[j] = Self.mutate(lines[j], &random)
                let file = Array(changed.joined(separator: [0x0A])) + [0x0A]
                try writeBytes(file, to: folder.logPath)

                let look = try Office(folder: folder, readOnly: true)
                #expect(look.ledger.eventCount >= j, "input \(i): the \(j) lines before the damage all load")
                #expect(look.log.problems.allSatisfy { $0.line > j }, "input \(i): problems only from line \(j + 1) on")
                let open = try Office(folder: folder)
                #expect(Snapshot(open.ledger) == Snapshot(look.ledger), "input \(i): a writer loads what check sees")
                if look.log.problems.isEmpty {
                    undetected += 1
                } else {
                    detected += 1
                    #expect(open.log.isReadOnly, "input \(i)")
                    #expect(throws: StoreError.self) { try open.log.append(by: "x", at: testNow) { _ in [registration("PPID-2019-900", "2019-05-02T09:00:00+07:00")] } }
                }
                #expect(try readBytes(folder.logPath) == file, "input \(i): the file is as it was")
                try? FileManager.default.removeItem(atPath: folder.recoveryPath)
            }
            Safety.report("random damaged logs", "\(inputs) damaged logs opened (\(lines.count) lines each): \(detected) reported by line, \(undetected) still valid events (a changed letter in a name has no checksum to catch it); nothing before the damage lost, nothing rewritten")
        }
    }

    @Test func damagedRegistersAreImportedWholeOrNotAtAll() throws {
        var random = Safety.random("random damaged registers")
        let inputs = Safety.size(quick: 150, full: 3000)
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            _ = try SampleLog.build(folder, requests: 3)
            let base = try readBytes(folder.logPath)
            // Put back with the log each time: events.lock records how long the log was at its
            // last acknowledged append, and a log cut back alone is refused as replaced.
            let baseLock = try readBytes(folder.lockPath)
            let register = Array(RegisterFile.text(rows: 12, year: 2018).utf8)
            let file = scratch + "/register.csv"
            var accepted = 0, refused = 0
            for i in 0..<inputs {
                var bytes = register
                for _ in 0..<Int.random(in: 1...3, using: &random) { bytes = Self.mutate(bytes, &random) }
                try writeBytes(bytes, to: file)
                try writeBytes(base, to: folder.logPath)
                try writeBytes(baseLock, to: folder.lockPath)
                let office = try Office(folder: folder)
                let result: Result<RegisterImport.Summary, StoreError>
                do throws(StoreError) {
                    result = .success(try RegisterImport.run(file: file, into: office.log, by: "Siti", now: testNow))
                } catch {
                    result = .failure(error)
                }
                switch result {
                case .success:
                    accepted += 1  // (a file cut down to its header imports nothing, rightly)
                    try expectWhole(folder, startingWith: base, ledger: office.ledger, input: i)
                case .failure(.badImport(let problems)):
                    refused += 1
                    #expect(!problems.isEmpty, "input \(i)")
                    #expect(try readBytes(folder.logPath) == base, "input \(i): nothing written")
                case .failure(let other):
                    Issue.record("input \(i): refused with \(other.message.en)")
                }
            }
            Safety.report("random damaged registers", "\(inputs) damaged registers imported: \(accepted) accepted whole, \(refused) refused with every bad row named; nothing half imported")
        }
    }

    /// After an accepted import: every line valid, the old lines first, a fresh open the same.
    func expectWhole(_ folder: DataFolder, startingWith base: [UInt8], ledger: Ledger, input i: Int) throws {
        let contents = try LogFile.read(folder)
        #expect(contents.badLines.isEmpty && contents.tail == 0, "input \(i)")
        #expect(Array(try readBytes(folder.logPath).prefix(base.count)) == base, "input \(i): appended after what was there")
        let again = try Office(folder: folder, readOnly: true)
        #expect(again.log.problems.isEmpty, "input \(i)")
        #expect(Snapshot(again.ledger) == Snapshot(ledger), "input \(i)")
    }
}
