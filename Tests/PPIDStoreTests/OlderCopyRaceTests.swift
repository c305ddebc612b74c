import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// One-shot writer processes (`ppid-devtool append`, each opening the folder fresh) racing a
/// replace of the log by an older copy of itself: no acknowledged number is given twice, and
/// every acknowledged event is in the log or in `recovery/`, with `check` failing when the log
/// lacks one.
@Suite struct OlderCopyRaceTests {
    /// The numbers a run printed: each one an acknowledged append.
    func printed(_ run: Binary.Run) -> [String] { run.stdout.split(separator: "\n").map(String.init) }

    /// Waits (at most 5 s) until the log holds `lines` lines.
    func waitForLines(_ lines: Int, in folder: DataFolder) {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let b = try? readBytes(folder.logPath), b.count(where: { $0 == 0x0A }) >= lines { return }
            usleep(2_000)
        }
    }

    @Test func writersRacingAReplaceByAnOlderCopyNeverGiveANumberTwice() throws {
        try withScratch { scratch in
            let tool = try Binary.path("ppid-devtool")
            for round in 0..<4 {
                let folder = DataFolder(path: scratch + "/data\(round)")
                let first = try Binary.run("ppid-devtool", ["append", "--data", folder.path, "--count", "2"], scratch: scratch)
                #expect(first.status == 0, "\(first.stderr)")
                try writeBytes(try readBytes(folder.logPath), to: folder.path + "/x")
                let before = try (0..<3).map { p in
                    try Binary.Launched(tool, ["append", "--data", folder.path, "--count", "4", "--seed", "\(p)"], environment: [:], scratch: scratch)
                }
                // Each round replaces the log a little later: after 1, 2, 3, 4 appends of theirs.
                waitForLines(3 + round, in: folder)
                #expect(rename(folder.path + "/x", folder.logPath) == 0)
                let after = try (0..<2).map { p in
                    try Binary.Launched(tool, ["append", "--data", folder.path, "--count", "2", "--seed", "\(10 + p)"], environment: [:], scratch: scratch)
                }
                let runs = try (before + after).map { try $0.finish() }
                let acknowledged = printed(first) + runs.flatMap(printed)
                #expect(Set(acknowledged).count == acknowledged.count, "round \(round): a number acknowledged twice: \(acknowledged.sorted())")

                // Every acknowledged event is in the log or in recovery/.
                let log = try Office(folder: folder, readOnly: true, snapshots: false)
                let kept = ((try? FileManager.default.contentsOfDirectory(atPath: folder.recoveryPath)) ?? [])
                    .map { String(decoding: (try? readBytes(folder.recoveryPath + "/" + $0)) ?? [], as: UTF8.self) }
                let lost = acknowledged.filter { n in !log.ledger.numbers.contains(n) }
                for n in lost {
                    #expect(kept.contains { $0.contains("\"request\":\"\(n)\"") }, "round \(round): \(n) was acknowledged and is neither in the log nor in recovery/")
                }
                let check = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
                if !lost.isEmpty {
                    #expect(check.status != 0, "round \(round): check passes a log that lacks \(lost)")
                    #expect(check.stdout.contains("acknowledged events are missing"), "\(check.stdout)")
                }
                print("round \(round): \(acknowledged.count) acknowledged, \(lost.count) only in recovery/, check exit \(check.status)")
            }
        }
    }
}
