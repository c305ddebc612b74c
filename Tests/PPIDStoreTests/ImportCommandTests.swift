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
            let officers = Set(try office.ledger.numbers.flatMap { try office.log.history(of: $0).map(\.by) })
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

    /// Issue 20: an export to a one-letter relative `--out` crashed the same way, in the
    /// writer's own temporary-file code (CSV) and the workbook's and PDF's.
    @Test(arguments: [("csv", "r"), ("xlsx", "w")])
    func anExportToAOneLetterRelativeFileIsWritten(_ format: String, _ out: String) throws {
        try withScratch { scratch in
            let data = scratch + "/data"
            _ = try Binary.run("ppid-tui", ["import", try Fixture.path("register-2019.csv"), "--data", data], scratch: scratch)
            let run = try Binary.run(
                "ppid-tui", ["export", "--year", "2019", "--format", format, "--out", out, "--data", data],
                scratch: scratch, directory: scratch
            )
            #expect(!run.signaled, "\(run.stderr.prefix(300))")
            #expect(run.status == 0, "\(run.stderr.prefix(300))")
            #expect(FileManager.default.fileExists(atPath: scratch + "/" + out))
        }
    }

    @Test func theParentOfAPathIsWhatFoundationGivesWithoutItsTrap() {
        let cases = ["d": "", "d/": "", "ab": "", "/": "/", "/d": "/", "//d": "/", "./d": ".", "a/b": "a", "a//b/": "a", "/x/y/z": "/x/y"]
        for (path, parent) in cases { #expect(POSIXFile.parent(of: path) == parent, "\(path)") }
    }

    @Test func ignoreUnknownColumnsImportsAndNamesWhatItLeftOut() throws {
        try withScratch { scratch in
            let file = scratch + "/register.csv"
            try writeBytes(Array("""
                reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note,adress
                PPID-2019-001,2019-01-09T08:02:00+07:00,walk_in,Joko,individual,testing,Tarif uji air,granted,2019-01-09T15:00:00+07:00,,Jl. X
                PPID-2019-002,2019-01-10T08:02:00+07:00,walk_in,Ani,individual,testing,Tarif uji air,,,,Jl. Y

                """.utf8), to: file)
            let data = scratch + "/data"
            let refused = try Binary.run("ppid-tui", ["import", file, "--data", data], scratch: scratch)
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("unknown columns: adress (address?)"), "\(refused.stderr)")
            let run = try Binary.run("ppid-tui", ["import", file, "--data", data, "--ignore-unknown-columns"], scratch: scratch)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("2 requests imported") && run.stdout.contains("Columns left out: adress."), "\(run.stdout)")
        }
    }

    /// Found by the red team: a header name holding ESC sequences was printed raw in
    /// "Columns left out: …" (the refusal already showed it inert), retitling the terminal.
    @Test func aColumnLeftOutIsNamedInert() throws {
        try withScratch { scratch in
            let file = scratch + "/register.csv"
            try writeBytes(Array("""
                reg_no,received_at,channel,requester_name,requester_category,topic,subject,outcome,closed_at,note,x\u{1B}]0;PWNED\u{07}\u{1B}[2J
                PPID-2019-001,2019-01-09T08:02:00+07:00,walk_in,Joko,individual,testing,Tarif uji air,granted,2019-01-09T15:00:00+07:00,,1

                """.utf8), to: file)
            let run = try Binary.run("ppid-tui", ["import", file, "--data", scratch + "/data", "--ignore-unknown-columns"], scratch: scratch)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("Columns left out: x␛]0;PWNED␇␛[2J."), "\(run.stdout)")
            #expect(!run.stdout.contains("\u{1B}") && !run.stdout.contains("\u{07}"), "\(run.stdout)")
        }
    }
}
