import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore
#if canImport(Glibc)
import Glibc
#endif

/// A log replaced by a rename while counters have it open (`cp -p events.jsonl e.new && mv
/// e.new events.jsonl`, `sed -i`, an editor): the open counters follow the new file when it
/// begins with what they read, and stop writing when it does not; nothing is written into the
/// replaced file and no number is given twice.
@Suite struct ReplacedLogTests {
    /// `cp events.jsonl e.new && mv e.new events.jsonl`, with `transform` applied to the copy.
    func replaceByRename(_ folder: DataFolder, _ transform: ([UInt8]) -> [UInt8] = { $0 }) throws {
        let copy = folder.path + "/e.new"
        try writeBytes(transform(readBytes(folder.logPath)), to: copy)
        #expect(rename(copy, folder.logPath) == 0)
    }

    @Test func aCounterFollowsALogReplacedByTheSameBytes() throws {
        try withDataFolder { folder in
            let first = try openOffice(folder)
            #expect(try registerNext(first, "Andi") == "PPID-2025-001")
            try replaceByRename(folder)
            let second = try openOffice(folder)
            #expect(try registerNext(second, "Budi") == "PPID-2025-002")
            // Before: the first counter still wrote into the replaced file and gave 002 again.
            #expect(try registerNext(first, "Citra") == "PPID-2025-003")
            #expect(try registerNext(second, "Dewi") == "PPID-2025-004")
            let reopened = try openOffice(folder, readOnly: true)
            #expect(reopened.log.problems.isEmpty)
            #expect(reopened.ledger.numbers == ["PPID-2025-001", "PPID-2025-002", "PPID-2025-003", "PPID-2025-004"])
        }
    }

    @Test func aReaderFollowsALogReplacedByTheSameBytes() throws {
        try withDataFolder { folder in
            let writer = try openOffice(folder)
            try registerNext(writer, "Andi")
            let reader = try openOffice(folder, readOnly: true)
            try replaceByRename(folder)
            let other = try openOffice(folder)
            try registerNext(other, "Budi")
            #expect(try reader.log.refresh() == 1)
            #expect(reader.ledger.numbers == ["PPID-2025-001", "PPID-2025-002"])
            #expect(reader.log.problems.isEmpty)
        }
    }

    @Test func aCounterStopsWritingWhenTheNewLogDoesNotBeginWithWhatItRead() throws {
        try withDataFolder { folder in
            let first = try openOffice(folder)
            try registerNext(first, "Andi")
            try registerNext(first, "Budi")
            // The copy lost the second line (as a copy taken between the two appends would).
            try replaceByRename(folder) { bytes in
                let lines = splitLines(bytes)
                return lines[0] + [0x0A]
            }
            #expect { try registerNext(first, "Citra") } throws: { isReadOnly($0, mentioning: "was replaced") }
            guard case .replaced(let saved?)? = first.log.problems.last?.kind else {
                Issue.record("no replaced problem: \(first.log.problems)")
                return
            }
            #expect(first.log.problems.last?.line == 2)
            // What this counter read, its second request included, is kept.
            let kept = try readBytes(saved)
            #expect(splitLines(kept).count == 3)
            #expect(String(decoding: kept, as: UTF8.self).contains("Budi"))
            // The new file was not written to.
            let now = try openOffice(folder, readOnly: true)
            #expect(now.ledger.numbers == ["PPID-2025-001"])
        }
    }

    @Test func aLogMovedAwayIsNotWrittenToAndIsFollowedWhenItComesBack() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try registerNext(office, "Andi")
            let aside = folder.path + "/moved.jsonl"
            #expect(rename(folder.logPath, aside) == 0)
            #expect { try registerNext(office, "Budi") } throws: { error in
                (error as? StoreError)?.message.en.contains("no longer there (moved or deleted outside ppid-tui)") == true
            }
            #expect { try office.log.refresh() } throws: { _ in true }
            #expect(splitLines(try readBytes(aside)).filter { !$0.isEmpty }.count == 1, "nothing written to the moved file")
            // Put back (as a copy, a new file): followed, and the next number is 002.
            try writeBytes(try readBytes(aside), to: folder.logPath)
            #expect(try registerNext(office, "Budi") == "PPID-2025-002")
            #expect(!office.log.isReadOnly)
        }
    }

    @Test func appendsLockAFileBesideTheLogThatARenameDoesNotReplace() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try registerNext(office, "Andi")
            var st = stat()
            #expect(lstat(folder.lockPath, &st) == 0)
            #expect(st.st_mode & S_IFMT == S_IFREG)
            // Held by another open file description: this counter's append waits for it.
            let held = open(folder.lockPath, O_RDWR)
            defer { close(held) }
            #expect(flock(held, LOCK_EX | LOCK_NB) == 0)
            let done = DispatchSemaphore(value: 0)
            let box = UncheckedBox(office)
            DispatchQueue.global().async {
                _ = try? box.value.log.append(by: "Siti", at: testNow) { _ in [] }
                done.signal()
            }
            #expect(done.wait(timeout: .now() + 0.3) == .timedOut)
            flock(held, LOCK_UN)
            #expect(done.wait(timeout: .now() + 5) == .success)
        }
    }
}

private final class UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
