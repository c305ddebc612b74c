import Foundation
import Testing
import PPIDTestSupport
import PPIDModel
@testable import PPIDStore

/// `ppid-tui check`: events read, files, damaged lines; non-zero exit on damage; never writes.
@Suite struct CheckTests {
    func healthyFolder(_ scratch: String) throws -> DataFolder {
        let folder = DataFolder(path: scratch + "/data")
        let office = try openOffice(folder)
        try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
        try append(office, registration("PPID-2019-002", "2019-01-10T09:00:00+07:00", name: "Désirée Muñoz"))
        try append(office, .requestExtended(RequestExtended(request: "PPID-2019-001", reason: "arsip", on: day("2019-01-10"))))
        return folder
    }

    @Test func aHealthyFolderPassesWithItsCounts() throws {
        try withScratch { scratch in
            let folder = try healthyFolder(scratch)
            let run = try Binary.run("ppid-tui", ["check", "--data", folder.path], environment: ["PPID_NOW": "2026-11-25T10:00:00+07:00"], scratch: scratch)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == """
            Folder: \(folder.path)
            File: \(folder.logPath)
            Events read: 3
            Requests: 2
            Samples: 0
            Holiday table: 2015–2027 (bundled table)
            Damaged lines: 0

            """)
        }
    }

    /// Issue 14 item 6: a deadline that runs into 2028, which the bundled table does not
    /// cover, is named with what to add; once the config lists 2028's days it is not, and
    /// the config's years are shown apart. A warning, not damage: the exit code stays 0.
    @Test func aDeadlineInAYearTheTableDoesNotCoverIsNamed() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let office = try openOffice(folder)
            try append(office, registration("PPID-2027-001", "2027-12-20T09:00:00+07:00"), at: Timestamp.parse("2027-12-20T09:00:00+07:00")!)
            let env = ["PPID_NOW": "2027-12-21T10:00:00+07:00"]
            let run = try Binary.run("ppid-tui", ["check", "--data", folder.path], environment: env, scratch: scratch)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("Holiday table: 2015–2027 (bundled table)\n"), "\(run.stdout)")
            #expect(run.stdout.contains("WARNING: 2028 is not in the holiday table; the deadlines of PPID-2027-001 count through 2028 without its holidays and collective leave. Add the 2028 joint decree (SKB 3 Menteri) to config.toml ([[holidays]])."), "\(run.stdout)")
            let id = try Binary.run("ppid-tui", ["check", "--data", folder.path], environment: env.merging(["PPID_LANG": "id"]) { $1 }, scratch: scratch)
            #expect(id.stdout.contains("PERINGATAN: tahun 2028 belum ada di tabel hari libur; batas waktu PPID-2027-001 dihitung melewati 2028"), "\(id.stdout)")

            try writeBytes(Array("[[holidays]]\ndate = \"2028-01-01\"\nname = \"Tahun Baru Masehi\"\nkind = \"public\"\n[[holidays]]\ndate = \"2027-03-10\"\nremove = true\n".utf8), to: folder.configPath)
            let after = try Binary.run("ppid-tui", ["check", "--data", folder.path], environment: env, scratch: scratch)
            #expect(after.status == 0, "\(after.stderr)")
            #expect(!after.stdout.contains("WARNING"), "\(after.stdout)")
            #expect(after.stdout.contains("Holiday table: 2015–2027 (bundled table), 2028 (config.toml)\n  1 bundled days removed or corrected in config.toml\n"), "\(after.stdout)")
        }
    }

    @Test func aDamagedLineFailsNamingFileAndLineAndChangesNothing() throws {
        try withScratch { scratch in
            let folder = try healthyFolder(scratch)
            var lines = splitLines(try readBytes(folder.logPath))
            lines[1] = Array(lines[1].prefix(60))
            let damaged = Array(lines.joined(separator: [0x0A]))
            try writeBytes(damaged, to: folder.logPath)

            let run = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(run.status == 2)
            #expect(run.stdout.contains("Events read: 2\n"))
            #expect(run.stdout.contains("Damaged lines: 1\n"))
            #expect(run.stdout.contains("  \(folder.logPath):2: damaged line, not valid JSON"))
            #expect(run.stderr == "ppid-tui: the data folder is damaged (1 line); see README, \"Check and repair\"\n")
            #expect(try readBytes(folder.logPath) == damaged)

            let indonesian = try Binary.run("ppid-tui", ["check", "--data", folder.path], environment: ["PPID_LANG": "id"], scratch: scratch)
            #expect(indonesian.stdout.contains("\(folder.logPath):2: baris rusak"))
        }
    }

    @Test func aTornTailFailsTheCheckWithoutBeingMoved() throws {
        try withScratch { scratch in
            let folder = try healthyFolder(scratch)
            try appendRaw(Array(#"{"v":1,"id":"abc","at":"2019"#.utf8), to: folder.logPath)
            let before = try readBytes(folder.logPath)
            let run = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(run.status == 2)
            #expect(run.stdout.contains("\(folder.logPath):4: torn last line (28 bytes, left by a crash)"))
            #expect(try readBytes(folder.logPath) == before)
            #expect(!FileManager.default.fileExists(atPath: folder.recoveryPath))

            // Opening it for writing sets the tail aside; then the check passes and mentions it.
            _ = try openOffice(folder)
            let after = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(after.status == 0, "\(after.stdout)")
            #expect(after.stdout.contains("Torn lines set aside in recovery/: 1 file"))
        }
    }

    @Test func aNewerVersionLineFailsWithTheUpgradeMessage() throws {
        try withScratch { scratch in
            let folder = try healthyFolder(scratch)
            try appendRaw(Array(#"{"v":3,"id":"x","type":"sample.registered"}"#.utf8) + [0x0A], to: folder.logPath)
            let run = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(run.status == 2)
            #expect(run.stdout.contains("\(folder.logPath):4 was written by a newer ppid-tui (schema v3). Upgrade ppid-tui before writing to this folder."))
        }
    }

    @Test func aMissingFolderIsAnErrorNotAnEmptyFolder() throws {
        try withScratch { scratch in
            let run = try Binary.run("ppid-tui", ["check", "--data", scratch + "/nowhere"], scratch: scratch)
            #expect(run.status == 1)
            #expect(run.stderr == "ppid-tui: data folder \(scratch)/nowhere does not exist\n")
            #expect(!FileManager.default.fileExists(atPath: scratch + "/nowhere"))
        }
    }
}

/// A folder this user may read but not write. Tests run as root, where permission bits do not
/// stop writes, so the writer runs as `nobody` through `setpriv` (util-linux).
@Suite struct UnwritableFolderTests {
    static let setpriv = "/usr/bin/setpriv"
    static var canDropPrivileges: Bool { geteuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv) }

    /// Runs a product as nobody.
    func runAsNobody(_ product: String, _ arguments: [String], scratch: String) throws -> Binary.Run {
        let args = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", try Binary.path(product)] + arguments
        return try Binary.Launched(Self.setpriv, args, environment: [:], scratch: scratch).finish()
    }

    /// Opens the scratch folder to others (read and traverse only).
    func shareReadOnly(_ paths: String...) {
        for p in paths { _ = chmod(p, FileManager.default.fileExists(atPath: p + "/.") ? 0o755 : 0o644) }
    }

    @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run a writer as an unprivileged user"))
    func aFolderWithoutWritePermissionIsRefusedUnlessReadOnly() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            shareReadOnly(scratch, folder.path, folder.configPath, folder.logPath)
            let before = try readBytes(folder.logPath)

            let write = try runAsNobody("ppid-devtool", ["append", "--data", folder.path, "--count", "1"], scratch: scratch)
            #expect(write.status != 0)
            #expect(write.stdout.isEmpty)
            #expect(write.stderr.split(separator: "\n").count == 1, "one line: \(write.stderr)")
            #expect(write.stderr.contains("Could not write to \(folder.path)"))
            #expect(write.stderr.contains("no write permission; open with --read-only to only look"))
            #expect(try readBytes(folder.logPath) == before)

            let look = try runAsNobody("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(look.status == 0, "\(look.stderr)")
            #expect(look.stdout.contains("Events read: 1\n"))
        }
    }

    @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run a writer as an unprivileged user"))
    func aFolderWithoutWritePermissionOrConfigIsRefusedWithTheSameMessage() throws {
        // Someone else's empty folder: nothing to read, nothing may be created in it.
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: false)
            shareReadOnly(scratch, folder.path)

            let write = try runAsNobody("ppid-devtool", ["append", "--data", folder.path, "--count", "1"], scratch: scratch)
            #expect(write.status != 0)
            #expect(write.stderr.contains("no write permission; open with --read-only to only look"), "\(write.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }

    @Test(.enabled(if: canDropPrivileges, "needs root and setpriv to run a writer as an unprivileged user"))
    func aLogWithoutWritePermissionInAWritableFolderIsRefused() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            shareReadOnly(scratch, folder.configPath, folder.logPath)
            _ = chmod(folder.path, 0o777)
            let write = try runAsNobody("ppid-devtool", ["append", "--data", folder.path, "--count", "1"], scratch: scratch)
            #expect(write.status != 0)
            #expect(write.stderr.contains("no write permission"), "\(write.stderr)")
        }
    }
}
