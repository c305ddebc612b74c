import Foundation
import Testing
import PPIDTestSupport
import PPIDModel
@testable import PPIDStore

/// `ppid-tui import` as an officer runs it: who is recorded on the imported events.
@Suite struct ImportCommandTests {
    @Test func theOfficerGivenWithOfficerIsRecordedOnEveryImportedEvent() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let run = try Binary.run("ppid-tui", ["import", try Fixture.path("register-2019.csv"), "--data", folder.path, "--officer", "Rahmat Hidayat"], environment: ["USER": "root"], scratch: scratch)
            #expect(run.status == 0, "\(run.stderr)")
            let office = try openOffice(folder, readOnly: true)
            let officers = Set(try office.ledger.numbers.flatMap { try office.ledger.history(of: $0).map(\.by) })
            #expect(officers == ["Rahmat Hidayat"])
        }
    }

    /// Issue 20: a one-letter relative folder crashed (SIGILL) in `deletingLastPathComponent`.
    @Test(arguments: ["d", "d/", "./d"])
    func aOneLetterRelativeDataFolderIsMade(_ data: String) throws {
        try withScratch { scratch in
            let run = try Binary.run("ppid-tui", ["import", try Fixture.path("register-2019.csv"), "--data", data, "--officer", "Rahmat"], scratch: scratch, directory: scratch)
            #expect(!run.signaled, "\(run.stderr.prefix(300))")
            #expect(run.status == 0, "\(run.stderr.prefix(300))")
            #expect(try openOffice(DataFolder(path: scratch + "/d"), readOnly: true).ledger.numbers.count == 74)
        }
    }

    @Test func theParentOfAPathIsWhatFoundationGivesWithoutItsTrap() {
        let cases = ["d": "", "d/": "", "ab": "", "/": "/", "/d": "/", "//d": "/", "./d": ".", "a/b": "a", "a//b/": "a", "/x/y/z": "/x/y"]
        for (path, parent) in cases { #expect(POSIXFile.parent(of: path) == parent, "\(path)") }
    }
}
