import Foundation
import PPIDTestSupport
import Testing
import PPIDModel
@testable import PPIDStore

/// `check` compares `.snapshot` with the replay of the whole log: a snapshot crafted with a
/// recomputed hash is found and set aside, so the app no longer starts from it.
@Suite struct SnapshotCheckTests {
    func fileSize(_ path: String) -> Int { ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0 }

    @Test func aCraftedSnapshotIsFoundByCheckAndNeverUsedAgain() throws {
        try withScratch { base in
            let folder = DataFolder(path: base + "/office")
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00", name: "Joko Nasution"))
            try append(office, registration("PPID-2019-002", "2019-01-10T09:00:00+07:00", name: "Andi Saputra"))
            // The same number of events, other names: its ledger saved as the office's snapshot,
            // standing for the office's log with the office's log hash.
            let other = try openOffice(DataFolder(path: base + "/other"))
            try append(other, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00", name: "Mallory"))
            try append(other, registration("PPID-2019-002", "2019-01-10T09:00:00+07:00", name: "Andi Saputra"))
            try SnapshotJob(ledger: other.ledger, bytes: fileSize(folder.logPath), lines: 2, folder: folder).run()
            let believed = try openOffice(folder, readOnly: true)
            #expect(believed.log.snapshotBytes > 0, "the crafted snapshot matches the log's hash and is used")
            #expect(believed.ledger.requests["PPID-2019-001"]?.details.requesterName == "Mallory")

            let replayed = try Office(folder: folder, readOnly: true, snapshots: false)
            let found = try replayed.checkSnapshot(against: replayed.ledger)
            guard case .differs(let moved?) = found else {
                Issue.record("not found: \(found)")
                return
            }
            #expect(moved.hasPrefix(folder.recoveryPath + "/snapshot-"))
            #expect(!FileManager.default.fileExists(atPath: folder.snapshotPath))
            let reopened = try openOffice(folder, readOnly: true)
            #expect(reopened.log.snapshotBytes == 0)
            #expect(reopened.ledger.requests["PPID-2019-001"]?.details.requesterName == "Joko Nasution")
        }
    }

    @Test func aTrueSnapshotMatchesAndStays() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00"))
            let replayed = try Office(folder: folder, readOnly: true, snapshots: false)
            #expect(try replayed.checkSnapshot(against: replayed.ledger) == .unused)
            try SnapshotJob(ledger: office.ledger, bytes: fileSize(folder.logPath), lines: 1, folder: folder).run()
            #expect(try replayed.checkSnapshot(against: replayed.ledger) == .matches)
            #expect(FileManager.default.fileExists(atPath: folder.snapshotPath))
        }
    }
}
