import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
import ZIPFoundation
@testable import PPIDDocuments
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Texts XML 1.0 cannot hold, and a literal `_xHHHH_` a reader would decode.
let hostile = "Siti\u{FFFE}\u{FFFF} _x0007_ \u{1B}]0;judul\u{07} A\u{0}"

/// One part of a zip, as text.
func part(_ name: String, of file: String) throws -> String {
    let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
    var bytes = Data()
    _ = try archive.extract(try #require(archive[name])) { bytes.append($0) }
    return String(decoding: bytes, as: UTF8.self)
}

/// Whether `xml` is well-formed.
func wellFormed(_ xml: String) -> Bool {
    XMLParser(data: Data(xml.utf8)).parse()
}

@Suite struct HostileTextTests {
    @Test func cellTextShowsControlsAndEscapesALiteralUnderscoreX() {
        #expect(YearWorkbook.cellText(hostile) == "Siti\u{FFFD}\u{FFFD} _x005F_x0007_ ␛]0;judul␇ A␀")
        #expect(YearWorkbook.cellText("_x00e9_ and _x12_ and _xZZZZ_") == "_x005F_x00e9_ and _x12_ and _xZZZZ_")
        #expect(YearWorkbook.cellText("Jl. Sudirman\r\nNo. 1\tRT 2") == "Jl. Sudirman\r\nNo. 1\tRT 2")
    }

    /// libxlsxwriter wrote U+FFFE raw: the shared strings were not XML, and every later text
    /// was lost to the reader. Now every row is there and each text reads back as shown.
    @Test func aWorkbookWithHostileTextsIsWellFormed() throws {
        try withScratch { base in
            let path = base + "/buku.xlsx"
            let rows: [[SheetCell]] = [[.text("Nama")], [.text(hostile)]] + (1...5).map { [.text("Baris \($0)")] }
            try YearWorkbook.write([Sheet(name: "Register", rows: rows)], to: path, folder: DataFolder(path: base + "/data"))
            let strings = try part("xl/sharedStrings.xml", of: path)
            #expect(wellFormed(strings), "\(strings)")
            #expect(strings.contains("_x005F_x0007_"))
            #expect(!strings.unicodeScalars.contains { $0 == "\u{FFFE}" || $0 == "\u{FFFF}" || $0 == "\u{1B}" })
            #expect(strings.contains("Baris 5"))
        }
    }

    @Test func aLetterWithHostileTextsIsWellFormed() throws {
        let docx = try Docx.make([.field("Nama", hostile), .text("Jl. Sudirman\r\nNo. 1")])
        let xml = String(decoding: try #require(try Docx.unzip(docx, path: "t").first { $0.0 == "word/document.xml" }).1, as: UTF8.self)
        #expect(wellFormed(xml))
        #expect(xml.contains("Siti\u{FFFD}\u{FFFD} _x0007_ ␛]0;judul␇ A␀"))
        // A CR LF is a line break, as an LF is.
        #expect(xml.contains("Jl. Sudirman</w:t><w:br/><w:t xml:space=\"preserve\">No. 1"))
    }
}
