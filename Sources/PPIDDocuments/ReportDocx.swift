import Foundation
import PPIDModel
import PPIDStore

/// The annual report as a `.docx` ready to file: the same content as the Markdown export
/// (`AnnualReport.document`), a cover page, Word's title and heading styles, its tables (2.6.1
/// first) as real tables, page numbers in the footer, and how it was made in its properties.
public enum ReportDocx {
    public static func blocks(_ report: ReportDocument) -> [Block] {
        report.blocks.flatMap { b -> [Block] in
            switch b {
            case .cover(let parent, let office, let title, let year):
                // The cover's lines centred down the page, the report starting on the next.
                var out = Array(repeating: Block.blank, count: 8)
                if !parent.isEmpty { out.append(.paragraph([Run(parent.uppercased(), bold: true)], .center)) }
                out += [.paragraph([Run("PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI", bold: true)], .center), .paragraph([Run(office.uppercased(), bold: true)], .center)]
                out += Array(repeating: Block.blank, count: 6)
                out += [.title([Run(title.uppercased())]), .title([Run(year.uppercased())]), .pageBreak]
                return out
            case .heading(let level, let text):
                return level <= 1 ? [.title([Run(text)])] : [.heading(min(3, level - 1), text)]
            case .paragraph(let text) where text.count > 2 && text.hasPrefix("_") && text.hasSuffix("_"):
                // Markdown's italic line (how the report was made) as an italic paragraph.
                return [.paragraph([Run(String(text.dropFirst().dropLast()), italic: true)], .both)]
            case .paragraph(let text):
                return [.paragraph(runs(text), .both)]
            case .list(let items, let ordered):
                // A numbered list keeps its numbers as text; a bullet list its bullets.
                return items.enumerated().map { ordered ? .paragraph(runs("\($0.offset + 1). \($0.element)")) : .bullet(runs($0.element)) }
            case .table(let header, let rows):
                // A totals row (Jumlah) is bold, as in the seed report's table 2.6.1.
                let totals = rows.last?.first.map { plain($0).hasPrefix("Jumlah") } ?? false
                return [.table(header: header.map(plain), rows: rows.map { $0.map(plain) }, boldLastRow: totals)]
            case .signature(let place, let date, let title, let name):
                return [.blank, .together([[Run(date.isEmpty ? place : "\(place), \(date)")], [Run("\(title),")], [], [], [], [Run(name, bold: true)]], .left)]
            }
        }
    }

    /// The year's report for the office, as `export --format report` writes it in Markdown.
    public static func make(_ report: ReportDocument, year: Int, config: OfficeConfig) throws(DocumentError) -> Data {
        try Docx.make(blocks(report), properties: DocxProperties(title: "\(AnnualReport.coverTitle) \(config.report.institution.isEmpty ? config.officeName : config.report.institution) Tahun \(year)", description: report.made), pageNumbers: true)
    }

    static func plain(_ s: String) -> String { s.replacingOccurrences(of: "**", with: "") }

    /// `**bold**` spans as bold runs.
    static func runs(_ s: String) -> [Run] {
        s.components(separatedBy: "**").enumerated().compactMap { i, part in part.isEmpty ? nil : Run(part, bold: i % 2 == 1) }
    }
}

/// The year's documents beside the text exports: the report (.docx) and the workbook (.xlsx).
public enum YearDocuments {
    public static func reportName(_ year: Int) -> String { "laporan-\(year).docx" }
    public static func workbookName(_ year: Int) -> String { "buku-kerja-\(year).xlsx" }

    /// Refused while the office's identity is not set: no report goes out under no name.
    /// Returns the report written, whose `made` and `fallbacks` the caller tells the officer.
    @discardableResult
    public static func writeReport(_ ledger: Ledger, year: Int, config: OfficeConfig, now: Date?, to path: String, folder: DataFolder) throws(DocumentError) -> ReportDocument {
        if let why = config.identity.refusal(folder: folder.path) { throw .doesNotFit(why) }
        let report = AnnualReport.document(ledger, year: year, config: config, now: now)
        try Letters.write(try ReportDocx.make(report, year: year, config: config), to: path, folder: folder)
        return report
    }

    /// Each sheet titled with `office`, its name and the year, set up to print.
    public static func writeWorkbook(_ ledger: Ledger, year: Int, now: Date?, to path: String, folder: DataFolder, office: String = "") throws(DocumentError) {
        try YearWorkbook.write(YearWorkbook.sheets(ledger, year: year, now: now, office: office), to: path, folder: folder, office: office)
    }

    /// Both into the folder's `exports/` (what the month board's `x` adds); their paths.
    public static func write(_ ledger: Ledger, year: Int, config: OfficeConfig, folder: DataFolder, now: Date?) throws(DocumentError) -> [String] {
        let report = folder.exportsPath + "/" + reportName(year)
        let workbook = folder.exportsPath + "/" + workbookName(year)
        if let why = config.identity.refusal(folder: folder.path) { throw .doesNotFit(why) }
        do { try folder.prepareOutputFolder(folder.exportsPath) } catch { throw .store(error) }
        try writeReport(ledger, year: year, config: config, now: now, to: report, folder: folder)
        try writeWorkbook(ledger, year: year, now: now, to: workbook, folder: folder, office: config.officeName)
        return [report, workbook]
    }
}
