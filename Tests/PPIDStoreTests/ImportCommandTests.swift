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
}
