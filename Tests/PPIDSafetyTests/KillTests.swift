import Foundation
import Testing
import PPIDDocuments
import PPIDModel
import PPIDTestSupport
@testable import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// Processes killed with SIGKILL while writing: whatever they acknowledged is in the log, the
/// log stays readable, and an import killed part-way completes when run again, without
/// duplicates.
@Suite(.serialized) struct KillTests {
    /// The lines of a killed process's output that it finished writing.
    func acknowledged(_ run: Binary.Run) -> [String] {
        var lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()  // after the last newline: empty, or a line cut by the kill
        return lines
    }

    /// What `check` would see: every problem a torn tail, or nothing.
    func expectOnlyATornTail(_ office: Office, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for p in office.log.problems {
            guard case .tornTail = p.kind else {
                Issue.record("\(context): \(p.message.en)", sourceLocation: sourceLocation)
                continue
            }
        }
    }

    /// The size of a file, or -1 when it does not exist.
    func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : -1
    }

    /// Returns as soon as the file's size differs from `size`, or the process has ended.
    func waitForGrowth(_ path: String, from size: Int, while process: Binary.Launched) {
        while process.process.isRunning, fileSize(path) <= max(0, size) {}
    }

    @Test func appendsKilledAtRandomMomentsKeepEveryAcknowledgedEvent() throws {
        var random = Safety.random("kill during appends")
        let kills = Safety.size(quick: 4, full: 80)
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let tool = try Binary.path("ppid-devtool")
            var promised: [String] = []
            var torn = 0
            for k in 0..<kills {
                let writer = try Binary.Launched(tool, ["append", "--data", folder.path, "--count", "1000000", "--year", "2019", "--seed", String(k)], environment: [:], scratch: scratch)
                usleep(UInt32.random(in: 20_000...250_000, using: &random))
                writer.kill()
                let run = try writer.finish()
                #expect(run.signaled && run.status == SIGKILL, "kill \(k): it ended by itself: \(run.stderr)")
                promised += acknowledged(run)

                let look = try Office(folder: folder, readOnly: true)
                expectOnlyATornTail(look, "after kill \(k)")
                torn += look.log.problems.isEmpty ? 0 : 1
                let missing = promised.filter { look.ledger.requests[$0] == nil }
                #expect(missing.isEmpty, "after kill \(k), acknowledged but not in the log: \(missing)")
            }
            // The next writer sets any torn tail aside; then the folder is clean and every
            // number was given once, in order.
            let last = try Office(folder: folder)
            expectOnlyATornTail(last, "the last open")
            let contents = try LogFile.read(folder)
            #expect(contents.badLines.isEmpty && contents.tail == 0)
            let numbers = contents.records.map(\.event.subject.number)
            #expect(Set(numbers).count == numbers.count, "no number given twice")
            #expect(numbers.compactMap { RegistrationNumbering.standard.parse($0)?.sequence } == Array(1...numbers.count))
            #expect(Set(promised).isSubset(of: Set(numbers)))
            let check = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(check.status == 0, "\(check.stdout)")
            Safety.report("kill during appends", "\(kills) SIGKILLs survived; \(promised.count) acknowledged appends, all in the log; \(numbers.count - promised.count) written but not yet acknowledged when killed; torn tails found \(torn); lost: \(promised.count - Set(promised).intersection(numbers).count)")
        }
    }

    @Test func anImportKilledAtRandomMomentsCompletesWhenRunAgainWithoutDuplicates() throws {
        var random = Safety.random("kill during import")
        let rows = Safety.size(quick: 400, full: 4000)
        let rounds = Safety.size(quick: 2, full: 20)
        try withScratch { scratch in
            let file = scratch + "/register.csv"
            try writeBytes(Array(RegisterFile.text(rows: rows).utf8), to: file)

            // One import left alone: the reference, and how long an import takes.
            let reference = DataFolder(path: scratch + "/reference")
            let started = Date()
            let whole = try Binary.run("ppid-tui", ["import", file, "--data", reference.path], scratch: scratch)
            let duration = Date().timeIntervalSince(started)
            try #require(whole.status == 0, "\(whole.stderr)")
            let expected = try Office(folder: reference, readOnly: true)
            let expectedRegister = ExportFormat.register.render(expected.ledger, year: 2019, officeName: "")
            try #require(expected.ledger.requests.count == rows)

            var kills = 0, beforeWriting = 0, midWrite = 0, afterWriting = 0
            for round in 0..<rounds {
                let folder = DataFolder(path: scratch + "/round-\(round)")
                // Two kills in a row: the second import resumes what the first left.
                for attempt in 0..<2 {
                    let importer = try Binary.Launched(try Binary.path("ppid-tui"), ["import", file, "--data", folder.path], environment: [:], scratch: scratch)
                    // Any moment; or, every other kill, the moment the log starts to grow (the
                    // import writes all its lines in one call, over a millisecond or two).
                    if attempt == 0 {
                        usleep(UInt32(Double.random(in: 0...1.2, using: &random) * duration * 1_000_000))
                    } else {
                        waitForGrowth(folder.logPath, from: fileSize(folder.logPath), while: importer)
                    }
                    importer.kill()
                    let run = try importer.finish()
                    kills += 1
                    guard FileManager.default.fileExists(atPath: folder.logPath) else { beforeWriting += 1; continue }
                    let look = try Office(folder: folder, readOnly: true)
                    expectOnlyATornTail(look, "round \(round)")
                    let count = look.ledger.requests.count
                    if !look.log.problems.isEmpty || (0 < count && count < rows) { midWrite += 1 } else if count == 0 { beforeWriting += 1 } else { afterWriting += 1 }
                    #expect(run.signaled || run.status == 0, "round \(round): \(run.stderr)")
                }
                let again = try Binary.run("ppid-tui", ["import", file, "--data", folder.path], scratch: scratch)
                #expect(again.status == 0, "round \(round): \(again.stderr)")
                let done = try Office(folder: folder, readOnly: true)
                #expect(done.log.problems.isEmpty, "round \(round): \(done.log.problems.map(\.message.en))")
                #expect(done.ledger.requests.count == rows, "round \(round)")
                #expect(done.ledger.eventCount == expected.ledger.eventCount, "round \(round): no event twice")
                #expect(ExportFormat.register.render(done.ledger, year: 2019, officeName: "") == expectedRegister, "round \(round)")
                let check = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
                #expect(check.status == 0, "round \(round): \(check.stdout)")
                try? FileManager.default.removeItem(atPath: folder.path)
            }
            Safety.report("kill during import", "\(kills) SIGKILLs of `ppid-tui import` (\(rows) rows, \(String(format: "%.2f", duration)) s uninterrupted) survived: \(beforeWriting) before writing, \(midWrite) mid-write, \(afterWriting) after; \(rounds) re-runs completed every row once, lost: 0")
        }
    }
}
