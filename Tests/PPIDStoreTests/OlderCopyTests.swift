import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// A log replaced by an older copy of itself (`cp -p events.jsonl x`, registrations, `mv x
/// events.jsonl`): `events.lock` records how long the log was when its last append was
/// acknowledged, so a process that opens the folder fresh, or a counter that had not read the
/// lost lines, refuses to write instead of giving their numbers again; `check` names how many
/// acknowledged events are missing; a deliberate repair is accepted with `acceptRepair`.
@Suite struct OlderCopyTests {
    /// Registers one request from a process that opens the folder fresh and closes it after.
    @discardableResult
    func registerFresh(_ folder: DataFolder, _ name: String) throws -> String {
        try registerNext(try openOffice(folder), name)
    }

    /// `mv x events.jsonl`, where x holds `bytes`.
    func putBack(_ bytes: [UInt8], _ folder: DataFolder) throws {
        let copy = folder.path + "/x"
        try writeBytes(bytes, to: copy)
        #expect(rename(copy, folder.logPath) == 0)
    }

    func missing(_ log: EventLog) -> (acknowledged: Int, missing: Int?, savedTo: String?)? {
        for p in log.problems { if case .behindAcknowledged(let a, let m, let s) = p.kind { return (a, m, s) } }
        return nil
    }

    func inode(_ path: String) -> ino_t? {
        var st = stat()
        return lstat(path, &st) == 0 ? st.st_ino : nil
    }

    @Test func aFreshOpenRefusesALogReplacedByAnOlderCopyOfItself() throws {
        try withDataFolder { folder in
            #expect(try registerFresh(folder, "Andi") == "PPID-2025-001")
            let older = try readBytes(folder.logPath)
            #expect(try registerFresh(folder, "Budi") == "PPID-2025-002")
            try putBack(older, folder)
            // Before: the fresh process gave PPID-2025-002 again, and Budi's event was gone unnoticed.
            let office = try openOffice(folder)
            #expect(office.log.isReadOnly)
            #expect { try registerNext(office, "Citra") } throws: { isReadOnly($0, mentioning: "1 of 2 acknowledged events are missing") }
            #expect(try readBytes(folder.logPath) == older, "nothing written")
            // The file that held Budi's event is kept in recovery/, whole.
            let saved = try #require(missing(office.log)?.savedTo)
            #expect(saved.hasPrefix(folder.recoveryPath + "/replaced-"))
            let kept = try readBytes(saved)
            #expect(splitLines(kept).count == 3 && String(decoding: kept, as: UTF8.self).contains("Budi"))
            #expect(office.log.readOnlyReason?.en.contains(saved) == true)
            let reader = try openOffice(folder, readOnly: true)
            #expect(missing(reader.log)?.savedTo == saved, "named again by the next open, and by check")
            #expect(missing(reader.log)?.missing == 1)
            #expect(reader.log.problems.first?.line == 2)
        }
    }

    @Test func aCounterThatHadNotReadTheLostLineStopsToo() throws {
        try withDataFolder { folder in
            let counter = try openOffice(folder)
            try registerNext(counter, "Andi")
            let older = try readBytes(folder.logPath)
            try registerFresh(folder, "Budi")
            try putBack(older, folder)
            // The new file begins with all this counter read, but not with all that was acknowledged.
            #expect { try registerNext(counter, "Citra") } throws: { isReadOnly($0, mentioning: "acknowledged events are missing") }
            #expect(try readBytes(folder.logPath) == older)
        }
    }

    @Test func theKeptNameIsTheLogItselfUntilTheLogIsReplaced() throws {
        try withDataFolder { folder in
            try registerFresh(folder, "Andi")
            #expect(inode(folder.acknowledgedPath) == inode(folder.logPath), "a second name, no copy")
            try putBack(try readBytes(folder.logPath), folder)
            #expect(inode(folder.acknowledgedPath) != inode(folder.logPath))
            // An identical copy is not behind: the next append names it instead.
            try registerFresh(folder, "Budi")
            #expect(inode(folder.acknowledgedPath) == inode(folder.logPath))
            #expect(!FileManager.default.fileExists(atPath: folder.recoveryPath))
        }
    }

    @Test func aLogAsLongButDifferentInItsLastLinesIsRefused() throws {
        try withDataFolder { folder in
            try registerFresh(folder, "Andi")
            try registerFresh(folder, "Budi")
            let changed = String(decoding: try readBytes(folder.logPath), as: UTF8.self).replacingOccurrences(of: "Budi", with: "Bude")
            try putBack(Array(changed.utf8), folder)
            let office = try openOffice(folder)
            #expect(office.log.isReadOnly)
            let found = try #require(missing(office.log))
            #expect(found.acknowledged == 2 && found.missing == nil)
            #expect(office.log.readOnlyReason?.en.contains("differs from what was acknowledged") == true)
        }
    }

    @Test func aCopyOfTheSameBytesAndLinesAddedAfterThemAreAccepted() throws {
        try withDataFolder { folder in
            try registerFresh(folder, "Andi")
            try putBack(try readBytes(folder.logPath), folder)
            #expect(try registerFresh(folder, "Budi") == "PPID-2025-002")
            // A line added outside ppid-tui after the acknowledged ones is checked as any line.
            let office = try openOffice(folder)
            try registerNext(office, "Citra")
            #expect(office.ledger.numbers == ["PPID-2025-001", "PPID-2025-002", "PPID-2025-003"])
            #expect(office.log.problems.isEmpty)
        }
    }

    @Test func aRecordShorterThanTheLogIsHarmless() throws {
        // After a crash the record may be older than the log's last fsynced append; never newer.
        try withDataFolder { folder in
            try registerFresh(folder, "Andi")
            let olderRecord = try readBytes(folder.lockPath)
            #expect(olderRecord.count == AcknowledgedLog.size)
            try registerFresh(folder, "Budi")
            let lockFile = open(folder.lockPath, O_RDONLY)
            defer { close(lockFile) }
            let record = try #require(AcknowledgedLog.read(from: lockFile))
            #expect(record.bytes == (try readBytes(folder.logPath)).count && record.lines == 2)
            try writeBytes(olderRecord, to: folder.lockPath)
            #expect(try registerFresh(folder, "Citra") == "PPID-2025-003")
            // A lock file left empty by an older version: nothing to compare with yet.
            try writeBytes([], to: folder.lockPath)
            #expect(try registerFresh(folder, "Dewi") == "PPID-2025-004")
            #expect(try readBytes(folder.lockPath).count == AcknowledgedLog.size)
        }
    }

    @Test func aDeliberateRepairIsAcceptedAndCountersWriteAgain() throws {
        try withDataFolder { folder in
            try registerFresh(folder, "Andi")
            try registerFresh(folder, "Budi")
            // The officer removes the last line with an editor (a rename).
            let lines = splitLines(try readBytes(folder.logPath))
            try putBack(lines[0] + [0x0A], folder)
            let reader = try openOffice(folder, readOnly: true)
            #expect(missing(reader.log)?.savedTo == folder.acknowledgedPath, "named, not moved, by a read-only open")
            let accepted = try EventLog.acceptRepair(in: folder)
            #expect(accepted.lines == 1)
            #expect(String(decoding: try readBytes(try #require(accepted.keptAt)), as: UTF8.self).contains("Budi"), "the log before the repair is kept")
            let office = try openOffice(folder)
            #expect(!office.log.isReadOnly)
            #expect(try registerNext(office, "Citra") == "PPID-2025-002")
        }
    }

    @Test func aDamagedLineIsNamedAloneAndItsRemovalIsAccepted() throws {
        try withDataFolder { folder in
            try registerFresh(folder, "Andi")
            try registerFresh(folder, "Budi")
            // A flipped byte in place: the damaged line is the problem named, nothing else.
            var bytes = try readBytes(folder.logPath)
            bytes[0] = UInt8(ascii: "[")
            try writeBytes(bytes, to: folder.logPath)
            let damaged = try openOffice(folder, readOnly: true)
            #expect(damaged.log.problems.count == 1 && missing(damaged.log) == nil)
            // The README's repair: remove the line with an editor, run check, accept the repair.
            try putBack(splitLines(bytes)[1] + [0x0A], folder)
            #expect(missing(try openOffice(folder, readOnly: true).log)?.missing == 1)
            #expect(try EventLog.acceptRepair(in: folder).lines == 1)
            let office = try openOffice(folder)
            #expect(office.log.problems.isEmpty)
            #expect(try registerNext(office, "Citra") == "PPID-2025-003")
        }
    }

    @Test func checkNamesTheMissingEventsAndAcceptsARepairOnlyWhenNoLineIsDamaged() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            for name in ["Andi", "Budi", "Citra"] { try registerFresh(folder, name) }
            // Line 3 removed, and line 1 damaged.
            var lines = splitLines(try readBytes(folder.logPath))
            lines[0][0] = UInt8(ascii: "[")
            try putBack(lines[0] + [0x0A] + lines[1] + [0x0A], folder)
            let check = try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch)
            #expect(check.status == 2)
            #expect(check.stdout.contains("1 of 3 acknowledged events are missing"), "\(check.stdout)")
            let lock = try readBytes(folder.lockPath)
            let refused = try Binary.run("ppid-tui", ["check", "--data", folder.path, "--accept-repair"], scratch: scratch)
            #expect(refused.status == 2 && refused.stderr.contains("fix them first"), "\(refused.stderr)")
            #expect(try readBytes(folder.lockPath) == lock, "nothing accepted")
            // The damaged line fixed back: the removal is accepted, and check is clean.
            lines[0][0] = UInt8(ascii: "{")
            try putBack(lines[0] + [0x0A] + lines[1] + [0x0A], folder)
            let accepted = try Binary.run("ppid-tui", ["check", "--data", folder.path, "--accept-repair"], scratch: scratch)
            #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
            #expect(accepted.stdout.contains("The log as it now is (2 lines) is accepted as the acknowledged log."))
            #expect(accepted.stdout.contains("Damaged lines: 0"))
            #expect(try Binary.run("ppid-tui", ["check", "--data", folder.path], scratch: scratch).status == 0)
        }
    }

    /// Found by the red team: the README's repair (remove a damaged line, accept the repair)
    /// let the next registration take the number of the line removed, a number already on a
    /// receipt, without a word. `check --accept-repair` now names it.
    @Test func acceptingARepairNamesTheRegistrationsItRemoves() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            for name in ["Andi", "Budi", "Citra"] { try registerFresh(folder, name) }
            let lines = splitLines(try readBytes(folder.logPath))
            let number = "PPID-2025-003"
            #expect(String(decoding: lines[2], as: UTF8.self).contains("\"\(number)\""), "the third line registers \(number)")
            try putBack(lines[0] + [0x0A] + lines[1] + [0x0A], folder)
            let accepted = try Binary.run("ppid-tui", ["check", "--data", folder.path, "--accept-repair"], scratch: scratch)
            #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
            #expect(accepted.stdout.contains("registrations no longer in the log: \(number)."), "\(accepted.stdout)")
            #expect(!accepted.stdout.contains("PPID-2025-001,") && !accepted.stdout.contains("PPID-2025-002."))
        }
    }
}
