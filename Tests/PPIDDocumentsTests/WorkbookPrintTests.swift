import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
import ZIPFoundation
@testable import PPIDDocuments

/// Issue 21: every sheet of the year's workbook is ready to print: a title block, A4
/// landscape, the header row repeated and frozen, an autofilter on the registers, page
/// numbers, and a register too wide for one page in column groups rather than squeezed.
@Suite struct WorkbookPrintTests {
    func sheetXML(_ path: String, _ n: Int) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var data = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/sheet\(n).xml"])) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func everySheetHasATitleAndPrintsLandscapeWithItsHeaderOnEveryPage() throws {
        try withScratch { base in
            let office = try office2019(base)
            let sheets = YearWorkbook.sheets(office.ledger, year: 2019, now: nil, office: "Dinas Kominfo Siak")
            #expect(sheets.map(\.title) == [
                ["Dinas Kominfo Siak", "Rekapitulasi Permohonan Informasi Publik (Tabel 2.6.1) Tahun 2019"],
                ["Dinas Kominfo Siak", "Register Permohonan Informasi Publik Tahun 2019"],
                ["Dinas Kominfo Siak", "Register Keberatan dan Sengketa Informasi Tahun 2019"],
                ["Dinas Kominfo Siak", "Register Sampel Pengujian Tahun 2019"],
                ["Dinas Kominfo Siak", "Waktu Pemenuhan Permohonan Informasi Publik Tahun 2019"],
            ])
            let path = base + "/buku.xlsx"
            try YearDocuments.writeWorkbook(office.ledger, year: 2019, now: nil, to: path, folder: office.folder, office: "Dinas Kominfo Siak")
            for n in 1...5 {
                let xml = try sheetXML(path, n)
                #expect(xml.contains("orientation=\"landscape\""), "sheet \(n)")
                #expect(xml.contains("<pane xSplit=\"1\" ySplit=\"4\" topLeftCell=\"B5\""), "sheet \(n): frozen below the header")
                #expect(xml.contains("&amp;C&amp;8Halaman &amp;P dari &amp;N"), "sheet \(n): page numbers")
            }
            let rekap = try sheetXML(path, 1), register = try sheetXML(path, 2)
            // Rekap fits one page wide; the register prints in column groups at a readable scale.
            #expect(rekap.contains("<pageSetUpPr fitToPage=\"1\"/>") && !rekap.contains("<colBreaks"))
            #expect(register.contains("<colBreaks") && !register.contains("fitToPage"))
            #expect(register.contains("<autoFilter ref=\"A4:"))
            let workbook = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            var names = Data()
            _ = try workbook.extract(try #require(workbook["xl/workbook.xml"])) { names.append($0) }
            let book = String(decoding: names, as: UTF8.self)
            #expect(book.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">Register!$A:$A,Register!$4:$4</definedName>"))
        }
    }

    @Test func columnGroupsFillThePageAndNeverShrinkBelowTheSmallestScale() {
        // Ten columns of 40 characters: each group holds what fits beside the first column.
        let (breaks, scale) = YearWorkbook.columnGroups(Array(repeating: 42, count: 10))
        #expect(breaks == [4, 7])
        #expect(scale >= YearWorkbook.smallestScale && scale <= 100)
        #expect(YearWorkbook.columnGroups([12, 18, 21]).breaks.isEmpty)
    }
}
