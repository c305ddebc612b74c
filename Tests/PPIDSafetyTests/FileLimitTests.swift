import Foundation
import Testing
import PPIDModel
import PPIDTestSupport
@testable import PPIDStore

/// The disk fills up or the file-size limit (`ulimit -f`) is reached in the middle of a write:
/// the officer gets a message, not a crash, and the log stays as it was, whole.
@Suite struct FileLimitTests {
    /// Runs a product under `ulimit -f` (bash counts in 1024-byte blocks), with SIGXFSZ at its
    /// default action (end the process), as a shell gives it, whatever the test runner ignores.
    func runLimited(_ product: String, _ arguments: [String], limitBlocks: Int, scratch: String) throws -> Binary.Run {
        let quoted = ([try Binary.path(product)] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let script = "ulimit -f \(limitBlocks) && exec \(quoted)"
        return try Binary.Launched("/usr/bin/env", ["--default-signal=XFSZ", "/bin/bash", "-c", script], environment: [:], scratch: scratch).finish()
    }

    @Test func anImportThatHitsTheFileSizeLimitFailsWithAMessageAndLeavesTheLogAsItWas() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            _ = try SampleLog.build(folder, requests: 20)
            let before = try readBytes(folder.logPath)
            let file = scratch + "/register.csv"
            try writeBytes(Array(RegisterFile.text(rows: 200, year: 2018).utf8), to: file)
            // bash counts ulimit -f in 1024-byte blocks: room for a few more lines, not 200 rows.
            let limit = before.count / 1024 + 4
            let run = try runLimited("ppid-tui", ["import", file, "--data", folder.path], limitBlocks: limit, scratch: scratch)
            #expect(!run.signaled, "killed by signal \(run.status) (SIGXFSZ is 25) instead of reporting the error")
            #expect(run.status == 1)
            #expect(run.stderr == "ppid-tui: Could not write \(folder.logPath): File too large\n", "\(run.stderr)")
            #expect(try readBytes(folder.logPath) == before, "the partial write was taken back")
            let check = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(check.status == 0, "\(check.stdout)")
        }
    }

    @Test func anAppendThatHitsTheFileSizeLimitFailsWithAMessageAndKeepsEveryEarlierAppend() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            _ = try SampleLog.build(folder, requests: 5)
            let size = try readBytes(folder.logPath).count
            // Room for a few appends of about a kilobyte each, then the limit.
            let run = try runLimited("ppid-devtool", ["append", "--data", folder.path, "--count", "50", "--year", "2019"], limitBlocks: size / 1024 + 5, scratch: scratch)
            #expect(!run.signaled, "killed by signal \(run.status) instead of reporting the error")
            #expect(run.status == 1)
            #expect(run.stderr.contains("Could not write \(folder.logPath): File too large"), "\(run.stderr)")
            let acknowledged = run.stdout.split(separator: "\n").map(String.init)
            #expect(!acknowledged.isEmpty && acknowledged.count < 50)
            let contents = try LogFile.read(folder)
            #expect(contents.badLines.isEmpty && contents.tail == 0, "the log is whole")
            let numbers = Set(contents.records.map(\.event.subject.number))
            #expect(acknowledged.allSatisfy(numbers.contains))
            let check = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(check.status == 0, "\(check.stdout)")
        }
    }

    /// Whether this machine lets the tests mount a small tmpfs (root with CAP_SYS_ADMIN).
    static let canMount: Bool = {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let dir = NSTemporaryDirectory() + "ppid-mount-probe-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        guard (try? shell("mount -t tmpfs -o size=64k tmpfs '\(dir)'")) == 0 else { return false }
        _ = try? shell("umount '\(dir)'")
        return true
    }()

    static func shell(_ command: String) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test(.enabled(if: canMount, "needs root and mount to give the data folder a small disk of its own"))
    func appendsAndAnImportOnAFullDiskFailWithAMessageAndKeepTheLogWhole() throws {
        try withScratch { scratch in
            let disk = scratch + "/disk"
            try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
            try #require(try Self.shell("mount -t tmpfs -o size=256k tmpfs '\(disk)'") == 0)
            defer { _ = try? Self.shell("umount '\(disk)'") }
            let folder = DataFolder(path: disk + "/data")

            // Appends until the disk is full.
            let run = try Binary.run("ppid-devtool", ["append", "--data", folder.path, "--count", "100000", "--year", "2019"], scratch: scratch)
            #expect(run.status == 1)
            #expect(run.stderr.contains("Could not write \(folder.logPath): No space left on device"), "\(run.stderr)")
            let acknowledged = run.stdout.split(separator: "\n").map(String.init)
            let contents = try LogFile.read(folder)
            #expect(contents.badLines.isEmpty && contents.tail == 0, "the log is whole")
            let numbers = Set(contents.records.map(\.event.subject.number))
            #expect(!acknowledged.isEmpty && acknowledged.allSatisfy(numbers.contains))

            // An import into the full folder: an error, and not a byte written.
            let before = try readBytes(folder.logPath)
            let file = scratch + "/register.csv"
            try writeBytes(Array(RegisterFile.text(rows: 50, year: 2018).utf8), to: file)
            let importing = try Binary.run("ppid-tui", ["import", file, "--data", folder.path], scratch: scratch)
            #expect(importing.status == 1)
            #expect(importing.stderr == "ppid-tui: Could not write \(folder.logPath): No space left on device\n", "\(importing.stderr)")
            #expect(try readBytes(folder.logPath) == before)
            let check = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(check.status == 0, "\(check.stdout)")
            Safety.report("disk full", "\(acknowledged.count) appends acknowledged before the 256 KiB disk filled; the failed append and the import were taken back whole; lost: \(acknowledged.filter { !numbers.contains($0) }.count)")
        }
    }
}
