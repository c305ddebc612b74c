import Foundation
import PPIDTestSupport
import Testing
@testable import PPIDDocuments
import PPIDModel
@testable import PPIDStore

/// CSV cells a spreadsheet would run as a formula are made plain text; numbers stay numbers.
@Suite struct CSVInjectionTests {
    @Test(arguments: [
        "-2+3+cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "- =1+1", "=HYPERLINK(\"http://x\")", "@SUM(A1)",
        "\t=1+1", "\r=1+1", "-", "+", "+62 812-3456-7890", "-1-1", "1+1", "+1.", "-.5",
    ])
    func aCellThatCouldRunIsNeutralised(_ cell: String) {
        let out = CSVWriter.defused(cell)
        if cell.first.map({ "=+-@\t\r".contains($0) }) == true {
            #expect(out == "'" + cell)
        } else {
            #expect(out == cell)
        }
    }

    @Test(arguments: ["-5000", "+12", "12.5", "-0,75", "0", "Budi", "PPID-2026-001", "", "'=already"])
    func plainNumbersAndTextStayAsTheyAre(_ cell: String) {
        #expect(CSVWriter.defused(cell) == cell)
    }

    @Test func theRegisterExportNeutralisesARequestersFormula() throws {
        try withDataFolder { folder in
            let office = try openOffice(folder)
            try append(office, registration("PPID-2019-001", "2019-01-09T08:02:00+07:00", name: "-2+3+cmd|' /C calc'!A0", subject: "- =1+1"))
            let csv = ExportFormat.register.render(office.ledger, year: 2019, officeName: "PPID")
            #expect(csv.contains("'-2+3+cmd|' /C calc'!A0"))
            #expect(csv.contains("'- =1+1"))
            #expect(!csv.contains(",-2+3"))
        }
    }
}
