import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
import ZIPFoundation
@testable import PPIDDocuments

/// Issue 21: the report's .docx is ready to file as it comes out: a cover page first, page
/// numbers in the footer (the cover unnumbered), how it was made in the file's properties and
/// nowhere in its body.
@Suite struct ReportFilingTests {
    func part(_ path: String, _ name: String) throws -> String? {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        guard let entry = archive[name] else { return nil }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func coverPageNumbersAndHowItWasMadeInTheProperties() throws {
        try withScratch { base in
            let office = try office2019(base)
            let path = base + "/laporan-2019.docx"
            let report = try YearDocuments.writeReport(office.ledger, year: 2019, config: office.config, now: Timestamp.parse("2025-11-24T09:00:00+07:00")!, to: path, folder: office.folder)
            let document = try #require(try part(path, "word/document.xml"))
            // The cover comes first and ends with a page break before the report's title.
            let cover = try #require(document.range(of: "LAPORAN LAYANAN INFORMASI PUBLIK"))
            let brk = try #require(document.range(of: "<w:br w:type=\"page\"/>"))
            let title = try #require(document.range(of: "Laporan Pejabat Pengelola Informasi dan Dokumentasi"))
            #expect(cover.lowerBound < brk.lowerBound && brk.lowerBound < title.lowerBound)
            #expect(document.contains("TAHUN 2019"))
            #expect(document.contains("<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"))
            #expect(document.contains("<w:pgNumType w:start=\"0\"/><w:titlePg/>"))
            #expect(try #require(try part(path, "word/footer1.xml")).contains("<w:fldSimple w:instr=\" PAGE \">"))
            #expect(try #require(try part(path, "word/_rels/document.xml.rels")).contains("Target=\"footer1.xml\""))
            let core = try #require(try part(path, "docProps/core.xml"))
            #expect(core.contains("<dc:description>Disusun oleh ppid-tui dari log layanan per 2025-11-24; semua angka dihitung dari register.</dc:description>"))
            #expect(try #require(try part(path, "_rels/.rels")).contains("Target=\"docProps/core.xml\""))
            #expect(report.made.hasPrefix("Disusun oleh ppid-tui"))
            // Nothing in the body to delete before filing.
            for marker in ["ppid-tui", "DIISI", "config.toml"] { #expect(!document.contains(marker), "\(marker)") }
        }
    }

    /// Letters keep their one page and no footer: only the report numbers its pages.
    @Test func lettersHaveNoFooterOrProperties() throws {
        let data = try Docx.make([.text("Surat")])
        let archive = try Archive(data: data, accessMode: .read)
        #expect(archive["word/footer1.xml"] == nil)
        #expect(archive["docProps/core.xml"] == nil)
    }
}
