import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore

/// A torn tail waits to be set aside when the disk is full (or `recovery/` cannot be made):
/// the folder opens read-only with what to do, instead of not opening at all.
@Suite struct FullDiskTests {
    static func shell(_ command: String) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// Root with mount: the data folder can have a small disk of its own.
    static let canMount: Bool = {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let dir = NSTemporaryDirectory() + "ppid-mount-probe-\(getpid())-store"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        guard shell("mount -t tmpfs -o size=64k tmpfs '\(dir)'") == 0 else { return false }
        _ = shell("umount '\(dir)'")
        return true
    }()

    func expectOpensReadOnlyWithAdvice(_ folder: DataFolder, mentioning reason: String) throws {
        let before = try readBytes(folder.logPath)
        let office = try openOffice(folder)
        #expect(office.log.isReadOnly)
        let why = office.log.readOnlyReason?.en ?? ""
        #expect(why.contains("could not be set aside") && why.contains(reason) && why.contains("then reopen ppid-tui"), "\(why)")
        #expect(office.ledger.numbers == ["PPID-2019-001"])
        #expect(try readBytes(folder.logPath) == before, "the log is as it was")
    }

    @Test(.enabled(if: canMount, "needs root and mount to give the data folder a small disk of its own"))
    func aTornTailOnAFullDiskOpensReadOnlyWithAdvice() throws {
        try withScratch { scratch in
            let disk = scratch + "/disk"
            try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
            try #require(Self.shell("mount -t tmpfs -o size=256k tmpfs '\(disk)'") == 0)
            defer { _ = Self.shell("umount '\(disk)'") }
            let folder = DataFolder(path: disk + "/data")
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            try appendRaw(Array(#"{"v":1,"id":"torn"#.utf8), to: folder.logPath)
            // Everything else the disk holds: a filler, until no byte more fits.
            _ = Self.shell("dd if=/dev/zero of='\(disk)/filler' bs=4k 2>/dev/null; dd if=/dev/zero of='\(disk)/filler2' bs=1 2>/dev/null")
            try expectOpensReadOnlyWithAdvice(folder, mentioning: "No space left on device")
        }
    }

    @Test func aTornTailThatCannotBeSetAsideOpensReadOnlyWithAdvice() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            try appendRaw(Array(#"{"v":1,"id":"torn"#.utf8), to: folder.logPath)
            try writeBytes([1], to: folder.recoveryPath)  // a file where the folder should be
            try expectOpensReadOnlyWithAdvice(folder, mentioning: "not a folder")
        }
    }
}
