import Foundation
import PPIDModel
import PPIDStore
import PPIDTestSupport
import Testing
import ZIPFoundation
@testable import PPIDDocuments

/// The repository's 2019 register and the report's table for it.
func repoFixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("PPIDStoreTests/Fixtures/\(name)").path
}

/// The 2019 register in a folder whose identity is set (`siak`), so letters and the report can be made.
func office2019(_ base: String) throws -> Office {
    let folder = DataFolder(path: base + "/data")
    try siak.save(in: folder)
    let office = try Office(folder: folder)
    _ = try RegisterImport.run(file: repoFixture("register-2019.csv"), into: office.log, by: "test", now: Timestamp.parse("2025-11-24T09:00:00+07:00")!)
    return office
}

@Suite struct YearDocumentTests {
    @Test func rekapSheetIsTheReportsTableWithNumbers() throws {
        try withScratch { base in
            let office = try office2019(base)
            let sheet = try #require(YearWorkbook.sheets(office.ledger, year: 2019, now: nil).first)
            #expect(sheet.name == "Rekap 2.6.1")
            let expected = String(decoding: try readBytes(repoFixture("recap-2019-expected.csv")), as: UTF8.self)
            var rows: [[String]] = []
            for line in expected.split(whereSeparator: \.isNewline) {
                // The one quoted header cell holds commas.
                var cells: [String] = [], cell = "", quoted = false
                for c in line {
                    if c == "\"" { quoted.toggle() } else if c == ",", !quoted { cells.append(cell); cell = "" } else { cell.append(c) }
                }
                rows.append(cells + [cell])
            }
            #expect(sheet.rows.count == rows.count)
            for (got, want) in zip(sheet.rows, rows) {
                #expect(got.count == want.count)
                for (g, w) in zip(got, want) {
                    if let n = Int(w) { #expect(g == .number(Double(n))) } else { #expect(g == .text(w)) }
                }
            }
        }
    }

    /// Dates become dates and counts numbers only in their columns; a phone number, an NIK or a
    /// text that looks like a formula stays text.
    @Test func cellsAreTypedByColumn() {
        let rows = YearWorkbook.typed([
            ["No. Pendaftaran", "Tanggal Permohonan", "Nomor Kontak", "Batas Waktu", "Biaya", "Nama"],
            ["PPID-2019-001", "2019-01-09 08:02", "081234567", "2019-01-23", "15000", "=HYPERLINK(\"x\")"],
        ])
        #expect(rows[1] == [.text("PPID-2019-001"), .dateTime(day("2019-01-09"), hour: 8, minute: 2), .text("081234567"), .date(day("2019-01-23")), .number(15000), .text("=HYPERLINK(\"x\")")])
    }

    @Test func workbookIsWrittenOwnerOnlyWithEverySheet() throws {
        try withScratch { base in
            let office = try office2019(base)
            let paths = try YearDocuments.write(office.ledger, year: 2019, config: office.config, folder: office.folder, now: nil)
            #expect(paths.map { ($0 as NSString).lastPathComponent } == ["laporan-2019.docx", "buku-kerja-2019.xlsx"])
            for p in paths { #expect(permissions(p) == 0o600) }
            let archive = try Archive(url: URL(fileURLWithPath: paths[1]), accessMode: .read)
            var workbookXML = Data()
            _ = try archive.extract(try #require(archive["xl/workbook.xml"])) { workbookXML.append($0) }
            let names = String(decoding: workbookXML, as: UTF8.self)
            for sheet in ["Rekap 2.6.1", "Register", "Keberatan", "Sampel", "Waktu Layanan"] { #expect(names.contains("name=\"\(sheet)\"")) }
            #expect(!FileManager.default.fileExists(atPath: paths[1] + ".tmp-\(getpid())"))
        }
    }

    @Test func reportHasRealHeadingsInOrderAndTheTable() throws {
        try withScratch { base in
            let office = try office2019(base)
            let report = AnnualReport.document(office.ledger, period: ReportPeriod(year: 2019), context: AnnualReport.Context(officeName: "PPID BPPSI Pekanbaru", today: nil))
            let blocks = ReportDocx.blocks(report)
            let headings = blocks.compactMap { b -> String? in if case .heading(_, let t) = b { t } else { nil } }
            // The seed report's structure, in order: Bab I, Bab II 2.1–2.9, Bab III.
            let expected = [
                "BAB I PENDAHULUAN", "BAB II PELAKSANAAN PELAYANAN INFORMASI PUBLIK", "2.1 Jenis Layanan Informasi Publik",
                "2.5 Anggaran Pelayanan Informasi Publik", "2.6 Rincian Pelayanan Informasi Publik", "2.6.1 Jumlah Permohonan Informasi Publik",
                "2.6.2 Waktu Pemenuhan Permohonan Informasi Publik", "2.7 Rincian Penyelesaian Sengketa Informasi Publik",
                "2.8 Kendala Eksternal dan Internal dalam Pelaksanaan Layanan Informasi Publik", "2.9 Rekomendasi dan Rencana Tindak Lanjut",
                "BAB III PENUTUP",
            ]
            let positions = expected.map { headings.firstIndex(of: $0) }
            #expect(positions.allSatisfy { $0 != nil }, "\(headings)")
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
            let tables = blocks.compactMap { b -> ([String], [[String]], Bool)? in if case .table(let h, let r, let bold) = b { (h, r, bold) } else { nil } }
            let table = try #require(tables.first { $0.0 == RecapExport.header })
            #expect(table.0 == RecapExport.header)
            #expect(table.1.count == 13)
            #expect(table.1.last == ["Jumlah", "47", "8", "16", "3", "73", "0", "0"])
            #expect(table.2)
        }
    }
}
