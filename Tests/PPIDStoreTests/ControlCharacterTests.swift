import Foundation
import PPIDTestSupport
import Testing
import PPIDDocuments
import PPIDModel
@testable import PPIDStore

/// A requester's name a terminal would obey: retitle the window, ring, clear the screen.
let hostileName = "\u{1B}]0;pwned\u{07}Siti\u{1B}[2J\u{9B}31m"
let hostileShown = "␛]0;pwned␇Siti␛[2J\u{FFFD}31m"

/// Whether `bytes` hold anything a terminal acts on but a line end or a tab: a C0 control
/// (a CR only before an LF), DEL, or a C1 control (UTF-8 C2 80…C2 9F).
func holdsControls(_ bytes: [UInt8]) -> Bool {
    for (i, b) in bytes.enumerated() {
        if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { continue }
        if b < 0x20 && b != 0x0A && b != 0x09 || b == 0x7F { return true }
        if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return true }
    }
    return false
}

@Suite struct ControlCharacterTests {
    /// `cat` of an export retitled and cleared the terminal: every text file of the year now
    /// shows the controls as the screen does.
    @Test func theYearsTextExportsShowControlsNotObeyThem() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00", name: hostileName, subject: "Tarif\u{07}\r\nuji\rair"))
            let paths = try ExportWriter.writeYear(office.ledger, year: 2019, officeName: "PPID\u{1B}[5m", folder: folder)
            #expect(paths.count == ExportWriter.yearSet.count)
            for path in paths {
                let bytes = try readBytes(path)
                #expect(!holdsControls(bytes), "\(path)")
            }
            let register = String(decoding: try readBytes(folder.exportsPath + "/register-2019.csv"), as: UTF8.self)
            #expect(register.contains(hostileShown))
            #expect(register.contains("Tarif␇\r\nuji␍air"))
            let recap = String(decoding: try readBytes(folder.exportsPath + "/rekap-2019.md"), as: UTF8.self)
            #expect(recap.contains("PPID␛[5m"))
        }
    }

    /// A receipt (receipts/*.txt) is written the same way.
    @Test func aReceiptShowsControlsNotObeysThem() throws {
        try withScratch { base in
            let path = base + "/receipts/PPID-2019-001.txt"
            try ExportWriter.write("Nama : \(hostileName)\nPerihal : a\rb\n", to: path, folder: DataFolder(path: base))
            let bytes = try readBytes(path)
            #expect(!holdsControls(bytes))
            #expect(String(decoding: bytes, as: UTF8.self) == "Nama : \(hostileShown)\nPerihal : a␍b\n")
        }
    }

    /// An import keeps the row, stores its text shown as on screen, names the line and the
    /// column in its report; run again, it adds nothing and reports nothing.
    @Test func anImportShowsControlsAndSaysWhereAndStaysIdempotent() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            let file = scratch + "/register.csv"
            let rows = [
                ImportTests.header,
                ImportTests.good,
                ImportTests.row(["requester_name": hostileName, "subject": "\"Tarif\nuji\u{1B}[2J\""]),
            ]
            try writeBytes(Array(rows.map { $0 + "\n" }.joined().utf8), to: file)
            let office = try openOffice(folder)
            let summary = try RegisterImport.run(file: file, into: office.log, by: "Siti", now: testNow)
            #expect(summary.added == 2)
            #expect(summary.controlsShown.map(\.line) == [3, 3])
            #expect(summary.controlsShown.map(\.message.en) == [
                "line 3: requester_name held control characters; stored shown as on screen (ESC as ␛). Check the source file.",
                "line 3: subject held control characters; stored shown as on screen (ESC as ␛). Check the source file.",
            ])
            let request = try #require(office.ledger["PPID-2019-002"])
            #expect(request.details.requesterName == hostileShown)
            #expect(request.details.subject == "Tarif\nuji␛[2J")

            let again = try RegisterImport.run(file: file, into: office.log, by: "Siti", now: testNow)
            #expect(again == RegisterImport.Summary(added: 0, alreadyPresent: 2))
        }
    }

    /// `export` to standard output redirected to a file (`> register.csv`) wrote the bytes raw.
    @Test func anExportToStandardOutputShowsControlsToo() throws {
        try withScratch { scratch in
            let folder = DataFolder(path: scratch + "/data")
            try append(try openOffice(folder), registration("PPID-2019-001", "2019-01-09T08:02:00+07:00", name: hostileName))
            let run = try Binary.run("ppid-tui", ["export", "--year", "2019", "--format", "register", "--data", folder.path], scratch: scratch)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains(hostileShown))
            #expect(!holdsControls(Array(run.stdout.utf8)))
        }
    }
}
